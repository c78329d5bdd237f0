package org.offeradvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An advisor reuses its rule sessions from case to case (a pool): no case may see anything of the one before,
 * whichever thread ran it, whether it was explained, and even when its rules failed.
 */
class SessionReuseTest {
    private static final Path TWO_OFFERS = Path.of("facts-examples/two-offer-comparison.json");

    @TempDir
    Path tmp;

    @Test
    void threadsAdvisingDifferentCasesAtOnceGetTheReportsOfAnAdvisorOfTheirOwn() throws Exception {
        List<Path> cases = GoldenTest.examples();
        List<Callable<Boolean>> work = new ArrayList<>();
        for (Path c : cases) {
            OfferAdvisor alone = OfferAdvisor.builder(Advisors.RULES).clock(Advisors.CLOCK).build();
            String advised = OfferAdvisor.toJson(alone.advise(c));
            String explained = OfferAdvisor.toJson(alone.explain(c));
            for (int round = 0; round < 3; round++) {
                work.add(() -> OfferAdvisor.toJson(Advisors.shipped().advise(c)).equals(advised));
                work.add(() -> OfferAdvisor.toJson(Advisors.shipped().explain(c)).equals(explained));
            }
        }
        Collections.shuffle(work, new Random(10));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = threads.invokeAll(work);
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aCaseWhoseRulesFailedOrLoopedLeavesNothingBehindForTheNext() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Files.writeString(rules.resolve("trap.drl"), """
                package org.offeradvisor.rules.trap;

                import org.offeradvisor.facts.*;

                rule "Fail on Boom"
                when
                    $o : Offer( company == "Boom" )
                then
                    System.out.println( $o.baseSalary().divide( java.math.BigDecimal.ZERO ) );
                end

                rule "Echo on Loop"
                when
                    Offer( company == "Loop" )
                    $a : Assumption()
                then
                    insert( new Assumption( null, $a.text() + "!" ) );
                end
                """);
        OfferAdvisor advisor = OfferAdvisor.builder(rules).clock(Advisors.CLOCK).maxFirings(500).build();
        String before = OfferAdvisor.toJson(advisor.explain(TWO_OFFERS));
        String boom = Files.readString(TWO_OFFERS).replaceFirst("\"company\": \"[^\"]*\"", "\"company\": \"Boom\"");
        String loop = Files.readString(TWO_OFFERS).replaceFirst("\"company\": \"[^\"]*\"", "\"company\": \"Loop\"");

        assertThatThrownBy(() -> advisor.advise(boom)).isInstanceOf(RulesFailedException.class)
                .hasMessageContaining("Fail on Boom");
        assertThat(OfferAdvisor.toJson(advisor.explain(TWO_OFFERS))).isEqualTo(before);
        assertThatThrownBy(() -> advisor.advise(loop)).isInstanceOf(RulesFailedException.class)
                .hasMessageContaining("Echo on Loop");
        assertThat(OfferAdvisor.toJson(advisor.explain(TWO_OFFERS))).isEqualTo(before);
    }
}
