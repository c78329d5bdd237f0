package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * The best live offer that pays more than this one (KNOWLEDGE.md §8.1 {@code H}): its annual total comp,
 * whether it is like for like (same company type, and for a startup the same stage), and the figure a
 * competing-offer script for this offer quotes: {@code roundUp(H)} like for like, else capped at this
 * offer's reach cap.
 */
public record CompetingAnchor(String offerId, String anchorOfferId, String anchorCompany, BigDecimal amount,
                              boolean likeForLike, BigDecimal scriptFigure) implements AboutOffer {

    /**
     * The anchor of every offer that has one: for each offer, the live offer (not expired) other than itself that pays
     * the most a year, when it pays more than this offer; on a tie, the first in the case. One pass over the offers
     * sorted by pay, so a case of hundreds of offers costs no more than sorting them.
     */
    public static java.util.List<CompetingAnchor> forEach(java.util.List<?> offers, java.util.List<?> comps,
                                                          java.util.List<?> deadlines, NegotiationPolicy policy) {
        java.util.Map<String, Compensation> pay = new java.util.HashMap<>();
        comps.forEach(c -> pay.put(((Compensation) c).offerId(), (Compensation) c));
        java.util.Set<String> expired = new java.util.HashSet<>();
        deadlines.forEach(d -> {
            if (((Deadline) d).expired()) {
                expired.add(((Deadline) d).offerId());
            }
        });
        java.util.List<Offer> all = offers.stream().map(Offer.class::cast).sorted(java.util.Comparator.comparingInt(Offer::index)).toList();
        java.util.List<Offer> live = all.stream().filter(o -> !expired.contains(o.id()))
                .sorted(java.util.Comparator.comparing((Offer o) -> pay.get(o.id()).annualTotalComp()).reversed()
                        .thenComparingInt(Offer::index))
                .toList();
        java.util.List<CompetingAnchor> anchors = new java.util.ArrayList<>();
        for (Offer offer : all) {
            Compensation comp = pay.get(offer.id());
            live.stream().filter(o -> !o.id().equals(offer.id())).findFirst()
                    .filter(best -> pay.get(best.id()).annualTotalComp().compareTo(comp.annualTotalComp()) > 0)
                    .ifPresent(best -> anchors.add(of(offer, comp, best, pay.get(best.id()), policy)));
        }
        return anchors;
    }

    public static CompetingAnchor of(Offer offer, Compensation comp, Offer anchor, Compensation anchorComp,
                                     NegotiationPolicy policy) {
        boolean like = offer.companyType() == anchor.companyType()
                && (offer.companyType() != CompanyType.STARTUP || offer.stage() == anchor.stage());
        BigDecimal up = Calc.roundUpTo(anchorComp.annualTotalComp(), policy.targetRoundTo());
        BigDecimal figure = like ? up : up.min(CounterTargets.reachCap(comp.annualTotalComp(), policy));
        return new CompetingAnchor(offer.id(), anchor.id(), anchor.company(), anchorComp.annualTotalComp(), like, figure);
    }
}
