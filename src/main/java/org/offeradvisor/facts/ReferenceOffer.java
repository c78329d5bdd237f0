package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * The offer an options grant's break-even exit is measured against (KNOWLEDGE.md §8.8): the live offer
 * without options that pays the most a year, the first in the case on a tie.
 */
public record ReferenceOffer(String offerId, String company, BigDecimal annualTotalComp, BigDecimal signingBonus)
        implements AboutOffer {

    /**
     * Among {@code offers} (those whose equity is not options), the live one that pays the most a year, the first in
     * the case on a tie; null when there is none.
     */
    public static ReferenceOffer best(LiveOffers offers) {
        return offers.bestPaidFirst().stream().findFirst()
                .map(o -> new ReferenceOffer(o.id(), o.company(), offers.annualTotalComp(o), o.signingBonus()))
                .orElse(null);
    }
}
