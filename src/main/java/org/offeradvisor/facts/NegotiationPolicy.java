package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * The numbers of the negotiation knowledge (rules/data/negotiation.json): how the counter target and the
 * counter package are computed, how anchor ranges are rounded, and how close a deadline is pressing.
 */
public record NegotiationPolicy(
        BigDecimal bandPosition,
        BigDecimal raiseWithoutBand,
        BigDecimal targetRoundTo,
        BigDecimal equityShareOfGrant,
        BigDecimal baseShareOfSalary,
        BigDecimal signingMin,
        BigDecimal signingMax,
        BigDecimal askRoundTo,
        BigDecimal anchorRoundTo,
        int deadlineDays) {
}
