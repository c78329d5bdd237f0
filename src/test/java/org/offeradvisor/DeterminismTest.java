package org.offeradvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class DeterminismTest {
    private static final Path CASE = Path.of("facts-examples/two-offer-comparison.json");

    @Test
    void theSameCaseAndRulesGiveByteIdenticalReports() {
        String first = OfferAdvisor.toJson(Advisors.shipped().advise(CASE));
        String second = OfferAdvisor.toJson(Advisors.shipped().advise(CASE));
        String rebuilt = OfferAdvisor.toJson(OfferAdvisor.builder(Advisors.RULES).clock(Advisors.CLOCK).build().advise(CASE));

        assertThat(second).isEqualTo(first);
        assertThat(rebuilt).isEqualTo(first);
        assertThat(OfferAdvisor.toText(Advisors.shipped().advise(CASE)))
                .isEqualTo(OfferAdvisor.toText(Advisors.shipped().advise(CASE)));
        assertThat(OfferAdvisor.toMarkdown(Advisors.shipped().advise(CASE)))
                .isEqualTo(OfferAdvisor.toMarkdown(Advisors.shipped().advise(CASE)));
    }

    @Test
    void oneAdvisorServesManyThreadsWithTheSameAnswers() throws Exception {
        String expected = OfferAdvisor.toJson(Advisors.shipped().advise(CASE));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> reports = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                reports.add(pool.submit(() -> OfferAdvisor.toJson(Advisors.shipped().advise(CASE))));
            }
            for (Future<String> report : reports) {
                assertThat(report.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCaseWithoutAsOfIsDatedByTheAdvisorsClock() {
        String json = """
                { "candidate": { "level": "L4" } }
                """;
        assertThat(Advisors.shipped().advise(json).asOf()).isEqualTo("2026-11-29");
    }
}
