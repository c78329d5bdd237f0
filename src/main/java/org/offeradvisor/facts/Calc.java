package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic for rules (KNOWLEDGE.md §7.1): no binary floating point; divisions carry 34
 * significant digits; rounding happens only where a figure is defined as rounded, always half up.
 */
public final class Calc {
    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Digits tried beyond the preferred scale before an exact quotient is left to {@link BigDecimal#divide}. */
    private static final int EXACT_DIGITS = 12;

    private Calc() {
    }

    public static BigDecimal times(BigDecimal a, BigDecimal b) {
        return a.multiply(b);
    }

    /**
     * {@code a / b} to 34 significant digits, exactly {@code a.divide(b, MathContext.DECIMAL128)}, value and scale.
     * Most of the rules' quotients terminate within a few digits (halves, percentages, years): those are found
     * with long arithmetic, which is several times cheaper than the 34-digit division the others need.
     */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        BigDecimal exact = terminating(a, b);
        return exact != null ? exact : a.divide(b, EXACT);
    }

    /**
     * The quotient when it terminates within {@link #EXACT_DIGITS} digits past the preferred scale
     * ({@code a.scale() − b.scale()}) and both unscaled values fit a long, else null. It is then what
     * {@code BigDecimal.divide(b, DECIMAL128)} returns for an exact quotient: the representation whose scale is
     * closest to the preferred one, i.e. the preferred scale plus the fewest digits that make it exact.
     */
    private static BigDecimal terminating(BigDecimal a, BigDecimal b) {
        BigInteger dividend = a.unscaledValue();
        BigInteger divisor = b.unscaledValue();
        if (dividend.bitLength() > 62 || divisor.bitLength() > 62 || divisor.signum() == 0) {
            return null;
        }
        long x = dividend.longValue();
        long y = divisor.longValue();
        long scale = (long) a.scale() - b.scale();
        for (int digits = 0; digits <= EXACT_DIGITS; digits++) {
            if (x % y == 0) {
                long resultScale = scale + digits;
                return resultScale == (int) resultScale ? BigDecimal.valueOf(x / y, (int) resultScale) : null;
            }
            if (Math.abs(x) > Long.MAX_VALUE / 10) {
                return null;
            }
            x *= 10;
        }
        return null;
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
