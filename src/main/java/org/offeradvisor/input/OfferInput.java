package org.offeradvisor.input;

import java.math.BigDecimal;

public record OfferInput(
        String id,
        String company,
        String companyType,
        String stage,
        String level,
        String title,
        String track,
        BigDecimal baseSalary,
        BigDecimal annualBonusPercent,
        BigDecimal signingBonus,
        EquityInput equity,
        String remotePolicy,
        String startDate,
        String expiresOn,
        ScoresInput scores) {
}
