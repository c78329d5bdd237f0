package org.offeradvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.offeradvisor.Advisors;
import org.offeradvisor.report.Report;

/** Any valid case within the 1 MiB limit is advised: the firing cap grows with the number of offers. */
class LargeCaseTest {

    @Test
    void aCaseOfFiveHundredAndTwentyOffersIsAdvised() {
        String offers = IntStream.range(0, 520).mapToObj(i -> """
                { "id": "o%d", "company": "Company %d", "companyType": "%s", "level": "L5", "baseSalary": %d,
                  "annualBonusPercent": 10, "equity": { "type": "RSU", "grantValue": %d }, "expiresOn": "2026-12-%02d" }"""
                .formatted(i, i, new String[] {"FAANG", "HIGH_GROWTH", "OTHER"}[i % 3], 150000 + i * 100, 200000 + i * 500,
                        1 + i % 28))
                .collect(Collectors.joining(", "));
        String json = """
                { "candidate": { "level": "L5", "currentTotalComp": 250000 }, "situation": { "asOf": "2026-12-01" },
                  "offers": [ %s ] }""".formatted(offers);
        assertThat(json.length()).isLessThan(1 << 20);

        Report report = Advisors.shipped().advise(json);

        assertThat(report.offers()).hasSize(520);
        assertThat(report.firedRules()).hasSizeGreaterThan(CaseRun.DEFAULT_MAX_FIRINGS / 2);
        assertThat(report.summary().offers()).hasSize(520).allSatisfy(o -> assertThat(o.verdict()).isNotNull());
        // o519 pays the most (336,965), its target is 400,000 and no other offer pays 0.95 × 400,000: market data only
        assertThat(report.advice()).filteredOn(a -> a.id().equals("NEG-COUNTER") && "o519".equals(a.offerId()))
                .singleElement().satisfies(a -> assertThat(a.script()).contains("Based on my research of market data"));
    }
}
