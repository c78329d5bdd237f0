package org.offeradvisor.input;

import java.math.BigDecimal;
import java.util.List;

public record EquityInput(
        String type,
        BigDecimal grantValue,
        BigDecimal shares,
        BigDecimal sharePrice,
        Integer vestingYears,
        List<BigDecimal> vestingSchedulePercent,
        Integer cliffMonths,
        BigDecimal strikePrice,
        BigDecimal fairMarketValue,
        BigDecimal preferredPrice,
        BigDecimal totalSharesOutstanding,
        LiquidationPreferenceInput liquidationPreference) {
}
