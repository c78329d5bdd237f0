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

    public static CompetingAnchor of(Offer offer, Compensation comp, Offer anchor, Compensation anchorComp,
                                     NegotiationPolicy policy) {
        boolean like = offer.companyType() == anchor.companyType()
                && (offer.companyType() != CompanyType.STARTUP || offer.stage() == anchor.stage());
        BigDecimal up = Calc.roundUpTo(anchorComp.annualTotalComp(), policy.targetRoundTo());
        BigDecimal figure = like ? up : up.min(CounterTargets.reachCap(comp.annualTotalComp(), policy));
        return new CompetingAnchor(offer.id(), anchor.id(), anchor.company(), anchorComp.annualTotalComp(), like, figure);
    }
}
