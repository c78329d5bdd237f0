package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * Where an offer sits in its band (KNOWLEDGE.md §3). {@code basis} names the figure compared
 * ("total compensation" or "base salary"); band, basis and bounds are null for NO_BENCHMARK, and
 * {@code reason} then says why there is no band and {@code remedy} what the user can add.
 */
public record MarketPosition(
        String offerId,
        Band band,
        String basis,
        BigDecimal compared,
        BigDecimal low,
        BigDecimal high,
        Position position,
        String reason,
        String remedy) implements AboutOffer {

    public static MarketPosition within(String offerId, Band band, String basis, BigDecimal compared,
                                        BigDecimal low, BigDecimal high) {
        return new MarketPosition(offerId, band, basis, compared, low, high, classify(compared, low, high), null, null);
    }

    public static MarketPosition none(String offerId, String reason, String remedy) {
        return new MarketPosition(offerId, null, null, null, null, null, Position.NO_BENCHMARK, reason, remedy);
    }

    public BigDecimal midpoint() {
        return low == null ? null : Calc.midpoint(low, high);
    }

    static Position classify(BigDecimal value, BigDecimal low, BigDecimal high) {
        if (value.compareTo(low) < 0) {
            return Position.BELOW_BAND;
        }
        if (value.compareTo(high) > 0) {
            return Position.ABOVE_BAND;
        }
        return value.compareTo(Calc.midpoint(low, high)) < 0 ? Position.LOWER_HALF : Position.UPPER_HALF;
    }
}
