package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * The candidate as the rules see it: level resolved, defaults applied, market name resolved
 * (KNOWLEDGE.md §7.14). Money fields without a value are null.
 */
public record Candidate(
        String name,
        Level level,
        BigDecimal yearsOfExperience,
        Specialization specialization,
        String market,
        Location location,
        BigDecimal targetTotalComp,
        BigDecimal currentTotalComp,
        BigDecimal unvestedEquityForfeited,
        RiskTolerance riskTolerance,
        Preferences preferences,
        StaffSignals staffSignals) {
}
