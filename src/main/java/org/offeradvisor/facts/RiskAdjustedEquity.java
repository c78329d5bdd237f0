package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * An offer's equity after the stage discount (KNOWLEDGE.md §2): the retained range, the value chosen by
 * the candidate's risk tolerance, and the annual total compensation with that value. The values are null
 * when the paper value is unknown; the annual figure then counts the equity as 0.
 */
public record RiskAdjustedEquity(
        String offerId,
        StageDiscount discount,
        RiskTolerance tolerance,
        BigDecimal low,
        BigDecimal high,
        BigDecimal value,
        BigDecimal annualTotalComp) implements AboutOffer {

    /** Applies the discount to a known paper value; {@code value} is the one chosen between low and high. */
    public static RiskAdjustedEquity of(Compensation comp, StageDiscount discount, RiskTolerance tolerance,
                                        BigDecimal value) {
        BigDecimal p = comp.paperValue();
        return new RiskAdjustedEquity(comp.offerId(), discount, tolerance, p.multiply(discount.retainedLow()),
                p.multiply(discount.retainedHigh()), value, annual(comp, value));
    }

    /** No value to adjust: the equity counts as 0. */
    public static RiskAdjustedEquity unknown(Compensation comp, StageDiscount discount, RiskTolerance tolerance) {
        return new RiskAdjustedEquity(comp.offerId(), discount, tolerance, null, null, null,
                annual(comp, BigDecimal.ZERO));
    }

    private static BigDecimal annual(Compensation comp, BigDecimal equity) {
        return comp.baseSalary().add(comp.bonus()).add(Calc.divide(equity, BigDecimal.valueOf(comp.vestingYears())));
    }
}
