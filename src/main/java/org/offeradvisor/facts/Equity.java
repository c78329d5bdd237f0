package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * An offer's equity with the defaults of rules/data/equity-defaults.json applied: an all-cash offer has
 * type NONE; {@code vestingSchedulePercent} always has {@code vestingYears} entries.
 */
public record Equity(
        EquityType type,
        BigDecimal grantValue,
        BigDecimal shares,
        BigDecimal sharePrice,
        int vestingYears,
        List<BigDecimal> vestingSchedulePercent,
        int cliffMonths,
        BigDecimal strikePrice,
        BigDecimal fairMarketValue,
        BigDecimal preferredPrice,
        BigDecimal totalSharesOutstanding,
        LiquidationPreference liquidationPreference) {

    public Equity {
        vestingSchedulePercent = List.copyOf(vestingSchedulePercent);
    }

    public BigDecimal firstYearPercent() {
        return vestingSchedulePercent.get(0);
    }

    public BigDecimal lastYearPercent() {
        return vestingSchedulePercent.get(vestingSchedulePercent.size() - 1);
    }
}
