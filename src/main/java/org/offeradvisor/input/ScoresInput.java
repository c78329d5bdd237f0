package org.offeradvisor.input;

import java.math.BigDecimal;

/** The six subjective decision factors, 1..5; null means not scored. */
public record ScoresInput(
        BigDecimal teamAndManager,
        BigDecimal technicalChallenges,
        BigDecimal careerGrowth,
        BigDecimal workLifeBalance,
        BigDecimal companyTrajectory,
        BigDecimal locationFlexibility) {
}
