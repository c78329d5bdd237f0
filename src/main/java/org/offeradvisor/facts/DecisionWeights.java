package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The weights the matrix uses, by factor key in the guide's order, and where they come from. */
public record DecisionWeights(Map<String, BigDecimal> weights, String source) {

    public DecisionWeights {
        weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** The case's own weights, keyed like the policy's factors. */
    public static DecisionWeights of(Weights w) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("totalComp", w.totalComp());
        m.put("teamAndManager", w.teamAndManager());
        m.put("technicalChallenges", w.technicalChallenges());
        m.put("careerGrowth", w.careerGrowth());
        m.put("workLifeBalance", w.workLifeBalance());
        m.put("companyTrajectory", w.companyTrajectory());
        m.put("locationFlexibility", w.locationFlexibility());
        return new DecisionWeights(m, "situation.weights");
    }
}
