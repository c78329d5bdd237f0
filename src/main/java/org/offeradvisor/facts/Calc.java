package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic for rules (KNOWLEDGE.md §7.1): no binary floating point; divisions carry 34
 * significant digits; rounding happens only where a figure is defined as rounded, always half up.
 */
public final class Calc {
    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Calc() {
    }

    public static BigDecimal times(BigDecimal a, BigDecimal b) {
        return a.multiply(b);
    }

    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, EXACT);
    }

    /** {@code value × percent / 100}. */
    public static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
        return divide(value.multiply(percent), HUNDRED);
    }

    /** How far {@code value} is above {@code base}, in percent of {@code base}: {@code (value − base) / base × 100}. */
    public static BigDecimal percentAbove(BigDecimal value, BigDecimal base) {
        return divide(value.subtract(base).multiply(HUNDRED), base);
    }

    /** {@code max(0, price − strike)}: what one option is worth at that price. */
    public static BigDecimal spread(BigDecimal price, BigDecimal strike) {
        return price.subtract(strike).max(BigDecimal.ZERO);
    }

    public static BigDecimal midpoint(BigDecimal low, BigDecimal high) {
        return divide(low.add(high), BigDecimal.valueOf(2));
    }

    /** Rounds half up to the nearest multiple of {@code step} (462,500 to 5,000 is 465,000). */
    public static BigDecimal roundTo(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
    }

    /** Rounds down to a multiple of {@code step} (the largest multiple not above the value). */
    public static BigDecimal roundDownTo(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    }

    /** Rounds up to a multiple of {@code step} (the smallest multiple not below the value). */
    public static BigDecimal roundUpTo(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }

    /** Whole units, half up: how money is reported. */
    public static BigDecimal whole(BigDecimal value) {
        return value == null ? null : value.setScale(0, RoundingMode.HALF_UP);
    }

    /** Two decimals, half up: how percentages and scores are reported. */
    public static BigDecimal twoDecimals(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
