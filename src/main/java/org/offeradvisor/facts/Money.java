package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Supplier;

/**
 * How money and percentages read in titles, scripts and reasons (KNOWLEDGE.md §6, §7.12). Money is in the
 * case's currency: {@code $480K} in US dollars, {@code EUR 480K} in any other (§8.11), as set for the
 * thread by {@link #inCurrency}.
 */
public final class Money {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final ThreadLocal<String> CURRENCY = ThreadLocal.withInitial(() -> "USD");

    private Money() {
    }

    /** Runs {@code work} with money written in {@code currency} (an ISO 4217 code) on this thread. */
    public static <T> T inCurrency(String currency, Supplier<T> work) {
        String before = CURRENCY.get();
        CURRENCY.set(currency == null ? "USD" : currency);
        try {
            return work.get();
        } finally {
            CURRENCY.set(before);
        }
    }

    /** The currency money is written in on this thread. */
    public static String currency() {
        return CURRENCY.get();
    }

    private static String symbol() {
        String code = CURRENCY.get();
        return "USD".equals(code) ? "$" : code + " ";
    }

    /** Exact to the unit, for reasons: {@code $427,500} ({@code EUR 427,500} in euros). */
    public static String usd(BigDecimal amount) {
        BigDecimal whole = amount.setScale(0, RoundingMode.HALF_UP);
        return (whole.signum() < 0 ? "-" : "") + symbol() + grouped(whole.abs());
    }

    /** Short form for titles and scripts: {@code $950}, {@code $480K}, {@code $1.35M}. */
    public static String brief(BigDecimal amount) {
        String sign = amount.signum() < 0 ? "-" : "";
        BigDecimal abs = amount.abs();
        BigDecimal thousands = abs.divide(THOUSAND, 0, RoundingMode.HALF_UP);
        if (abs.compareTo(THOUSAND) < 0) {
            return sign + symbol() + abs.setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        if (thousands.compareTo(THOUSAND) < 0) {
            return sign + symbol() + thousands.toPlainString() + "K";
        }
        BigDecimal millions = abs.divide(MILLION, 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return sign + symbol() + millions.toPlainString() + "M";
    }

    /** A price per share, to the cent: {@code $12.50}. */
    public static String price(BigDecimal amount) {
        return symbol() + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A percentage as given, up to two decimals: {@code 15%}, {@code 0.25%}. */
    public static String pct(BigDecimal percent) {
        return plain(percent.setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    /** A number without trailing zeros: {@code 10000}, {@code 1.5}. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    /**
     * A count or price with grouping, up to two decimals, half up: {@code 10,000}, {@code 2.5}. The same text as
     * {@code DecimalFormat("#,##0.##")} in the root locale (a negative amount that rounds to zero reads
     * {@code -0}), written by hand because the format costs more than the rest of a reason.
     */
    public static String number(BigDecimal value) {
        String digits = value.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
        int point = digits.length() - 3;
        int fraction = digits.length();
        while (fraction > point + 1 && digits.charAt(fraction - 1) == '0') {
            fraction--;
        }
        StringBuilder text = new StringBuilder(digits.length() + point / 3 + 1);
        if (value.signum() < 0) {
            text.append('-');
        }
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        if (fraction > point + 1) {
            text.append(digits, point, fraction);
        }
        return text.toString();
    }

    private static String grouped(BigDecimal whole) {
        return number(whole);
    }
}
