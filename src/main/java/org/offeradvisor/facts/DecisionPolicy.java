package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision matrix of rules/data/decision.json: its factors in the guide's order with their names and
 * default weights, the score a missing factor counts as, how the total-compensation factor is scaled,
 * and what makes a close call.
 */
public record DecisionPolicy(
        List<Factor> factors,
        BigDecimal missingScore,
        BigDecimal totalCompScale,
        BigDecimal totalCompMin,
        BigDecimal totalCompMax,
        BigDecimal closeCallMargin,
        BigDecimal weightStep) {

    public DecisionPolicy {
        factors = List.copyOf(factors);
    }

    public record Factor(String key, String name, BigDecimal weight) {
    }

    /** The guide's weights, by factor key, in the listed order. */
    public Map<String, BigDecimal> defaultWeights() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        factors.forEach(f -> weights.put(f.key(), f.weight()));
        return weights;
    }

    public String nameOf(String key) {
        return factors.stream().filter(f -> f.key().equals(key)).map(Factor::name).findFirst().orElse(key);
    }
}
