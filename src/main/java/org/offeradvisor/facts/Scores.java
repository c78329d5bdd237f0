package org.offeradvisor.facts;

import java.math.BigDecimal;

/** The six subjective factors, 1..5; a null was not scored. */
public record Scores(
        BigDecimal teamAndManager,
        BigDecimal technicalChallenges,
        BigDecimal careerGrowth,
        BigDecimal workLifeBalance,
        BigDecimal companyTrajectory,
        BigDecimal locationFlexibility) {
}
