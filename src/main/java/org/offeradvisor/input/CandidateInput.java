package org.offeradvisor.input;

import java.math.BigDecimal;

public record CandidateInput(
        String name,
        String level,
        BigDecimal yearsOfExperience,
        String specialization,
        String market,
        LocationInput location,
        BigDecimal targetTotalComp,
        BigDecimal currentTotalComp,
        BigDecimal unvestedEquityForfeited,
        String riskTolerance,
        PreferencesInput preferences,
        StaffSignalsInput staffSignals) {
}
