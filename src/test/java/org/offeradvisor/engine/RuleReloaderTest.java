package org.offeradvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.Advisors;
import org.offeradvisor.InvalidRulesException;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.report.Report;

/**
 * A rule author's edit loop for real, on a copy of the shipped rules: a later load recompiles only the DRL file that
 * changed, a number edited in a data file compiles nothing, a change that does not compile leaves the last rules
 * serving, files and packages may come and go, and the reports are those of a whole compile. The tests share one loop
 * (its first load compiles every file) and each leaves the rules as it found them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleReloaderTest {
    private static final Path CASE = Path.of("facts-examples/two-offer-comparison.json");

    private Path rules;
    private RuleReloader reloader;

    @BeforeAll
    void copyOfTheRules(@TempDir Path tmp) {
        rules = Advisors.copyOfRules(tmp);
        reloader = new RuleReloader(rules, tmp.resolve("empty-cache")); // nothing cached: every file compiles in the loop
        advisor();
    }

    private OfferAdvisor advisor() {
        return OfferAdvisor.builder(rules).clock(Advisors.CLOCK).reloadingWith(reloader).build();
    }

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("facts-examples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void anEditRecompilesOnlyItsFileAndTheReportsStayThoseOfAWholeCompile() throws IOException {
        long before = RuleBaseLoader.compilations();
        String payCut = ".title( $o.company() + \" is a pay cut of \"";
        String reworded = ".title( $o.company() + \" pays less than now, by \"";

        Advisors.edit(rules.resolve("market.drl"), payCut, reworded);
        try {
            Report edited = advisor().advise(Path.of("facts-examples/current-pay-beats-offers.json"));

            assertThat(RuleBaseLoader.compilations()).as("one file compiled").isEqualTo(before + 1);
            assertThat(edited.advice()).anySatisfy(a -> assertThat(a.title()).contains("pays less than now, by"));
        } finally {
            Advisors.edit(rules.resolve("market.drl"), reworded, payCut);
        }
        OfferAdvisor reverted = advisor();
        assertThat(RuleBaseLoader.compilations()).isEqualTo(before + 2);
        for (Path example : examples()) {
            assertThat(OfferAdvisor.toJson(reverted.explain(example))).as(example.toString())
                    .isEqualTo(OfferAdvisor.toJson(Advisors.shipped().explain(example)));
        }
    }

    @Test
    void aNumberEditedInTheDataCompilesNothing() {
        long before = RuleBaseLoader.compilations();

        Advisors.edit(rules.resolve("data/benchmarks.json"), "\"tc\": [300000, 450000]", "\"tc\": [350000, 450000]");
        try {
            Report report = advisor().advise(CASE);

            assertThat(RuleBaseLoader.compilations()).isEqualTo(before);
            assertThat(OfferAdvisor.toText(report)).contains("total compensation $350,000-$450,000");
        } finally {
            Advisors.edit(rules.resolve("data/benchmarks.json"), "\"tc\": [350000, 450000]", "\"tc\": [300000, 450000]");
        }
    }

    @Test
    void aChangeThatDoesNotCompileIsReportedWithItsLineAndTheLastRulesKeepServing() {
        OfferAdvisor good = advisor();
        String expected = OfferAdvisor.toJson(good.advise(CASE));

        Advisors.edit(rules.resolve("market.drl"), "rule \"Offer is a pay cut\"", "rule \"Offer is a pay cut\" oops");
        try {
            assertThatThrownBy(this::advisor).isInstanceOfSatisfying(InvalidRulesException.class,
                e -> assertThat(e.problems()).allSatisfy(p -> assertThat(p.where()).startsWith("market.drl:")));
            assertThat(OfferAdvisor.toJson(good.advise(CASE))).isEqualTo(expected);
        } finally {
            Advisors.edit(rules.resolve("market.drl"), "rule \"Offer is a pay cut\" oops", "rule \"Offer is a pay cut\"");
        }
        assertThat(OfferAdvisor.toJson(advisor().advise(CASE))).isEqualTo(expected);
    }

    @Test
    void filesMayBeAddedToAPackageOfTheirOwnOrOfAnotherFileAndRemoved() throws IOException {
        Path extra = rules.resolve("extra.drl");
        Files.writeString(extra, """
                package org.offeradvisor.rules.market;
                import org.offeradvisor.facts.*;
                rule "Every offer is seen"
                when
                    Offer()
                then
                end
                """);
        try {
            assertThat(advisor().advise(CASE).firedRules()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("Every offer is seen"))
                    .anySatisfy(f -> assertThat(f.file()).isEqualTo("market.drl"));

            Advisors.edit(extra, "package org.offeradvisor.rules.market;", "package org.offeradvisor.rules.extra;");
            assertThat(advisor().advise(CASE).firedRules())
                    .anySatisfy(f -> assertThat(f.rule()).isEqualTo("Every offer is seen"))
                    .anySatisfy(f -> assertThat(f.file()).isEqualTo("market.drl"));
        } finally {
            Files.delete(extra);
        }
        OfferAdvisor removed = advisor();
        assertThat(OfferAdvisor.toJson(removed.advise(CASE))).isEqualTo(OfferAdvisor.toJson(Advisors.shipped().advise(CASE)));
    }
}
