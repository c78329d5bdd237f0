package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * How an options grant's break-even exit was computed (KNOWLEDGE.md §8.8), for its advice: the reference it
 * is measured against, the cash shortfall over the vesting years, the liquidation preferences counted
 * (unknown, or non-participating, change the wording), the exercise cost, the share of ownership retained
 * after later rounds, and the last round's valuation (null when unknown).
 */
public record BreakEvenBasis(String offerId, String reference, BigDecimal shortfall, BigDecimal preferences,
                             boolean preferencesUnknown, boolean nonParticipating, BigDecimal exerciseCost,
                             BigDecimal retained, BigDecimal valuation) implements AboutOffer {
}
