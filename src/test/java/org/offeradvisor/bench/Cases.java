package org.offeradvisor.bench;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Cases of a given number of offers for the benchmarks: FAANG, high-growth and other companies in turn. */
public final class Cases {
    private Cases() {
    }

    public static byte[] withOffers(int n) {
        String offers = IntStream.range(0, n).mapToObj(i -> """
                { "id": "o%d", "company": "Company %d", "companyType": "%s", "level": "L5", "baseSalary": %d,
                  "annualBonusPercent": 10, "signingBonus": 20000, "equity": { "type": "RSU", "grantValue": %d },
                  "expiresOn": "2026-12-%02d", "scores": { "teamAndManager": %d } }"""
                .formatted(i, i, new String[] {"FAANG", "HIGH_GROWTH", "OTHER"}[i % 3], 180000 + i * 1000,
                        300000 + i * 5000, 1 + i % 28, 1 + i % 5))
                .collect(Collectors.joining(", "));
        return """
                { "candidate": { "level": "L5", "currentTotalComp": 300000, "unvestedEquityForfeited": 40000,
                                 "specialization": "PLATFORM" },
                  "situation": { "asOf": "2026-12-01", "askedForCurrentSalary": true },
                  "offers": [ %s ] }""".formatted(offers).getBytes(StandardCharsets.UTF_8);
    }
}
