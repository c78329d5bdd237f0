package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * How an offer below its target gets there (KNOWLEDGE.md §8.2), unrounded (the report rounds): the equity
 * asked in total ({@code equityIncrease}, {@code annualEquityIncrease} a year, {@code yearOneEquityIncrease}
 * vesting in year 1) and in options ({@code equityShares}, null when none), the base raise, the recurring gap
 * no ask closes, the signing figure, what the offer pays a year if every recurring ask is granted, the lead
 * component (null when nothing is asked), and the steps taken, for the explanation.
 */
public record CounterPackage(
        String offerId,
        BigDecimal target,
        BigDecimal gap,
        BigDecimal equityIncrease,
        BigDecimal annualEquityIncrease,
        BigDecimal yearOneEquityIncrease,
        BigDecimal equityShares,
        BigDecimal baseIncrease,
        BigDecimal recurringGap,
        SigningFigure signing,
        BigDecimal resultingAnnualTotalComp,
        String lead,
        List<String> steps) implements AboutOffer {

    public CounterPackage {
        steps = List.copyOf(steps);
    }

    /** The lead as a phrase key of data/scripts.json: the lead, or "none" when nothing is asked. */
    public String leadKey() {
        return lead == null ? "none" : lead;
    }

    public BigDecimal signingBonus() {
        return signing.amount();
    }

    public BigDecimal makeWholeEquity() {
        return signing.makeWholeEquity();
    }
}
