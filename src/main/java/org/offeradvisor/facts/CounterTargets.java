package org.offeradvisor.facts;

import static org.offeradvisor.facts.Money.plain;
import static org.offeradvisor.facts.Money.usd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets an offer's counter target in the steps of KNOWLEDGE.md §8.1; negotiation.drl says which steps apply.
 * Every figure is exact; the target is a multiple of the policy's rounding step.
 */
public final class CounterTargets {
    private final String offerId;
    private final CounterAim aim;
    private final BigDecimal offered;
    private final BigDecimal cap;
    private final BigDecimal step;
    private final List<String> steps = new ArrayList<>();
    private BigDecimal target;

    private CounterTargets(CounterAim aim, BigDecimal offered, NegotiationPolicy policy) {
        this.offerId = aim.offerId();
        this.aim = aim;
        this.offered = offered;
        this.step = policy.targetRoundTo();
        this.cap = reachCap(offered, policy);
    }

    /** {@code roundDown(A × (1 + maxRaisePercent / 100))}: about what one negotiation can add. */
    public static BigDecimal reachCap(BigDecimal offered, NegotiationPolicy policy) {
        return Calc.roundDownTo(raised(offered, policy.maxRaisePercent()), policy.targetRoundTo());
    }

    /** Step 1: the aim rounded half up, within the reach cap. */
    public static CounterTargets start(CounterAim aim, Compensation comp, NegotiationPolicy policy) {
        CounterTargets t = new CounterTargets(aim, comp.annualTotalComp(), policy);
        BigDecimal rounded = Calc.roundTo(aim.aim(), t.step);
        t.target = rounded.min(t.cap);
        t.steps.add(aim.basis());
        t.steps.add("reach cap: " + usd(comp.annualTotalComp()) + " × (1 + " + plain(policy.maxRaisePercent()) + "%) = "
                + usd(raised(comp.annualTotalComp(), policy.maxRaisePercent())) + ", rounded down to " + usd(t.cap));
        t.steps.add("target = min(" + usd(rounded) + ", " + usd(t.cap) + ") = " + usd(t.target));
        return t;
    }

    /** Step 2: a better live offer lifts the target, past the reach cap only when it is like for like. */
    public CounterTargets liftToCompetingOffer(CompetingAnchor h) {
        BigDecimal up = Calc.roundUpTo(h.amount(), step);
        BigDecimal lift = h.likeForLike() ? up : up.min(cap);
        if (lift.compareTo(target) > 0) {
            target = lift;
            steps.add(h.anchorCompany() + " pays " + usd(h.amount()) + (h.likeForLike()
                    ? ", like for like: target lifted to " + usd(lift)
                    : ", not like for like: target lifted to " + usd(lift) + " (within the reach cap)"));
        }
        return this;
    }

    /** Step 3: never below current pay plus the minimum raise, when one negotiation can reach it. */
    public CounterTargets floorAtCurrentPay(BigDecimal current, NegotiationPolicy policy) {
        if (current == null || current.compareTo(offered) <= 0) {
            return this;
        }
        BigDecimal floor = Calc.roundUpTo(raised(current, policy.minRaiseOverCurrentPercent()), step).min(cap);
        if (floor.compareTo(target) > 0) {
            target = floor;
            steps.add("your current pay is above the offer: target at least your current pay + "
                    + plain(policy.minRaiseOverCurrentPercent()) + "%, rounded up, within the reach cap: " + usd(floor));
        }
        return this;
    }

    /**
     * Between steps 3 and 4: a target that would read as today's pay in a script ({@code $165K} for current pay of
     * 165,000 or 164,600) moves one rounding step up, so that the script never discloses it.
     */
    public CounterTargets notAtCurrentPay(BigDecimal current) {
        if (current != null && Money.brief(target).equals(Money.brief(current))) {
            target = target.add(step);
            steps.add("one step above, " + usd(target) + ", so that the script does not disclose your current pay");
        }
        return this;
    }

    /** Step 4: the preferred offer's target is the figure its competing-offer script quotes. */
    public CounterTargets matchCompetingScript(CompetingAnchor h) {
        target = h.scriptFigure();
        steps.add("the competing-offer script quotes " + usd(h.scriptFigure()) + " (" + h.anchorCompany()
                + (h.likeForLike() ? ", like for like" : ", within the reach cap") + "): that is the target");
        return this;
    }

    public CounterTarget build() {
        return new CounterTarget(offerId, target, aim, cap, steps);
    }

    private static BigDecimal raised(BigDecimal amount, BigDecimal percent) {
        return amount.add(Calc.percentOf(amount, percent));
    }
}
