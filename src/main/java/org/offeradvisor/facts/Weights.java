package org.offeradvisor.facts;

import java.math.BigDecimal;

public record Weights(
        BigDecimal totalComp,
        BigDecimal teamAndManager,
        BigDecimal technicalChallenges,
        BigDecimal careerGrowth,
        BigDecimal workLifeBalance,
        BigDecimal companyTrajectory,
        BigDecimal locationFlexibility) {
}
