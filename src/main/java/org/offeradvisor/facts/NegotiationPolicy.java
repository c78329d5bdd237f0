package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * The numbers of the negotiation knowledge (rules/data/negotiation.json): how the counter target and the
 * counter package are computed (KNOWLEDGE.md §8.1-§8.2), when a competing offer may be cited (§8.3), when an
 * offer is too high to be believed (§8.6), how anchor ranges are rounded, how close a deadline is pressing,
 * and how many actions the summary lists.
 */
public record NegotiationPolicy(
        BigDecimal bandPosition,
        BigDecimal raiseWithoutBand,
        BigDecimal targetRoundTo,
        BigDecimal maxRaisePercent,
        BigDecimal minRaiseOverCurrentPercent,
        BigDecimal equityShareOfGrant,
        BigDecimal baseShareOfSalary,
        BigDecimal signingMin,
        BigDecimal signingMax,
        BigDecimal askRoundTo,
        BigDecimal comparableShare,
        BigDecimal outlierFactor,
        BigDecimal anchorRoundTo,
        int deadlineDays,
        int maxSummaryActions) {
}
