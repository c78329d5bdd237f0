package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An offer's row of the decision matrix: each factor's value (the total-compensation one computed, the
 * others scored, a missing one counted at the policy's default), the factors that were missing, the
 * weighted score rounded to two decimals, and technical challenges + career growth (the learning the
 * Regret Minimization Test asks about).
 */
public record MatrixRow(
        String offerId,
        int index,
        BigDecimal riskAdjustedAnnualTotalComp,
        Map<String, BigDecimal> factors,
        List<String> missing,
        BigDecimal score,
        BigDecimal learning) implements AboutOffer {

    public MatrixRow {
        factors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factors));
        missing = List.copyOf(missing);
    }
}
