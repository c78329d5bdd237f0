package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * The offer an options grant's break-even exit is measured against (KNOWLEDGE.md §8.8): the live offer
 * without options that pays the most a year, the first in the case on a tie.
 */
public record ReferenceOffer(String offerId, String company, BigDecimal annualTotalComp, BigDecimal signingBonus)
        implements AboutOffer {

    /**
     * Among {@code offers} (already those whose equity is not options), the live one that pays the most a year, the
     * first in the case on a tie; null when there is none.
     */
    public static ReferenceOffer best(java.util.List<?> offers, java.util.List<?> comps, java.util.List<?> deadlines) {
        java.util.Map<String, Compensation> pay = new java.util.HashMap<>();
        comps.forEach(c -> pay.put(((Compensation) c).offerId(), (Compensation) c));
        java.util.Set<String> expired = new java.util.HashSet<>();
        deadlines.forEach(d -> {
            if (((Deadline) d).expired()) {
                expired.add(((Deadline) d).offerId());
            }
        });
        return offers.stream().map(Offer.class::cast).filter(o -> !expired.contains(o.id()))
                .sorted(java.util.Comparator.comparing((Offer o) -> pay.get(o.id()).annualTotalComp()).reversed()
                        .thenComparingInt(Offer::index))
                .findFirst()
                .map(o -> new ReferenceOffer(o.id(), o.company(), pay.get(o.id()).annualTotalComp(), o.signingBonus()))
                .orElse(null);
    }
}
