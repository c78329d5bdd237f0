package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * A market benchmark row (rules/data/benchmarks.json). A row is keyed by company name (companyKey, lower
 * case) and level, by company type and level, or by startup stage; which row applies to an offer is
 * decided in market.drl. A range that the guide does not give is null. {@code currency} is the benchmarks'
 * currency: a band compares only offers of a case in that currency.
 */
public record Band(
        String name,
        String currency,
        String companyKey,
        CompanyType companyType,
        Stage stage,
        Integer levelRank,
        BigDecimal baseLow,
        BigDecimal baseHigh,
        BigDecimal tcLow,
        BigDecimal tcHigh,
        BigDecimal equityLow,
        BigDecimal equityHigh,
        BigDecimal ownershipPercentLow,
        BigDecimal ownershipPercentHigh,
        String note) {
}
