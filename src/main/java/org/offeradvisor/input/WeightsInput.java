package org.offeradvisor.input;

import java.math.BigDecimal;

public record WeightsInput(
        BigDecimal totalComp,
        BigDecimal teamAndManager,
        BigDecimal technicalChallenges,
        BigDecimal careerGrowth,
        BigDecimal workLifeBalance,
        BigDecimal companyTrajectory,
        BigDecimal locationFlexibility) {
}
