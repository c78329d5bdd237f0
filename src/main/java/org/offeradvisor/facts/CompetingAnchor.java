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
    public static java.util.List<CompetingAnchor> forEach(LiveOffers offers, NegotiationPolicy policy) {
        java.util.List<CompetingAnchor> anchors = new java.util.ArrayList<>();
        for (Offer offer : offers.all()) {
            offers.bestPaidFirst().stream().filter(o -> !o.id().equals(offer.id())).findFirst()
                    .filter(best -> offers.annualTotalComp(best).compareTo(offers.annualTotalComp(offer)) > 0)
                    .ifPresent(best -> anchors.add(of(offer, offers.compensation(offer), best, offers.compensation(best),
                            policy)));
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
