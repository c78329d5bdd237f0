package org.offeradvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link Calc#divide} and {@link Money#number} take shortcuts for speed; reports must not change, so each is
 * compared with the JDK operation it stands for, value and scale, on edge cases and many random numbers.
 */
class ArithmeticEquivalenceTest {
    private final Random random = new Random(2026);

    @Test
    void divideIsBigDecimalDivideToThirtyFourDigits() {
        List<BigDecimal> values = samples();
        for (BigDecimal a : values) {
            for (BigDecimal b : values) {
                if (b.signum() != 0) {
                    BigDecimal expected = a.divide(b, MathContext.DECIMAL128);
                    BigDecimal actual = Calc.divide(a, b);
                    assertThat(actual).as("%s / %s", a, b).isEqualTo(expected);
                    assertThat(actual.scale()).as("scale of %s / %s", a, b).isEqualTo(expected.scale());
                }
            }
        }
    }

    @Test
    void numberIsTheGroupedDecimalFormat() {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        for (BigDecimal value : samples()) {
            assertThat(Money.number(value)).as("number(%s)", value.toPlainString()).isEqualTo(format.format(value));
        }
    }

    private List<BigDecimal> samples() {
        List<BigDecimal> values = new ArrayList<>();
        for (String s : new String[] {"0", "0.00", "1", "-1", "2", "3", "7", "100", "1000", "0.1", "0.005", "-0.004",
                "-0.005", "0.995", "999.995", "1E+3", "12E+5", "-250000", "427500.5", "33.333", "4", "12", "0.0001",
                "123456789012345678", "-4611686018427387904", "4611686018427387903", "9223372036854775807",
                "98765432109876543210.123", "1E-20", "3.14159265358979323846"}) {
            values.add(new BigDecimal(s));
        }
        for (int i = 0; i < 250; i++) {
            long unscaled = switch (i % 4) {
                case 0 -> random.nextInt(1000);
                case 1 -> random.nextInt(2_000_000) - 1_000_000;
                case 2 -> random.nextLong();
                default -> (random.nextInt(100) + 1) * (long) Math.pow(10, random.nextInt(8));
            };
            values.add(new BigDecimal(BigInteger.valueOf(unscaled), random.nextInt(9) - 3));
        }
        return values;
    }
}
