package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An offer as the rules see it: defaults applied (stage PUBLIC outside startups, track IC, bonus and
 * signing 0), level resolved ({@code level} and {@code levelRank} null when the offer names none), {@code companyKey} the company name in
 * lower case for case-insensitive matching, {@code index} its position in the case.
 */
public record Offer(
        String id,
        int index,
        String company,
        String companyKey,
        CompanyType companyType,
        Stage stage,
        Level level,
        Integer levelRank,
        String title,
        Track track,
        BigDecimal baseSalary,
        BigDecimal annualBonusPercent,
        BigDecimal signingBonus,
        Equity equity,
        RemotePolicy remotePolicy,
        LocalDate startDate,
        LocalDate expiresOn,
        Scores scores) {
}
