package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * How to close the gap between an offer and its counter target: the equity, base and signing asks,
 * unrounded (the report rounds them), the share count of an options ask (null when it has none), the
 * component the script names, and the steps taken, for the explanation.
 */
public record CounterPackage(
        String offerId,
        BigDecimal target,
        BigDecimal gap,
        BigDecimal equityIncrease,
        BigDecimal equityShares,
        BigDecimal baseIncrease,
        BigDecimal signingBonus,
        String component,
        List<String> steps) implements AboutOffer {

    public CounterPackage {
        steps = List.copyOf(steps);
    }
}
