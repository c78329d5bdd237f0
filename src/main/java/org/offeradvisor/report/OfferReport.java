package org.offeradvisor.report;

import java.math.BigDecimal;
import java.util.List;

/** One offer's figures, money rounded half up to whole units (KNOWLEDGE.md §2). */
public record OfferReport(
        String id,
        String company,
        String level,
        BigDecimal annualTotalComp,
        BigDecimal yearOneTotalComp,
        List<Year> yearByYear,
        EquityFigures equity,
        BigDecimal riskAdjustedAnnualTotalComp,
        Market market,
        Counter counter,
        Decision decision) {

    public OfferReport {
        yearByYear = List.copyOf(yearByYear);
    }

    public record Year(int year, BigDecimal base, BigDecimal bonus, BigDecimal equity, BigDecimal signing,
                       BigDecimal total) {
    }

    /** Null values are figures that cannot be computed for this offer. */
    public record EquityFigures(String type, BigDecimal paperValue, BigDecimal riskAdjustedLow,
                                BigDecimal riskAdjustedHigh, BigDecimal riskAdjustedValue,
                                BigDecimal ownershipPercent, BigDecimal breakEvenExit, BigDecimal breakEvenMultiple) {
    }

    /** The band compared with; band, basis, low and high are null for NO_BENCHMARK. */
    public record Market(String band, String basis, BigDecimal low, BigDecimal high, String position) {
    }

    /**
     * The counter package of an offer below its target (KNOWLEDGE.md §8.2): the asks, each rounded to 1,000 (options
     * to a whole share, null when none), what the offer pays a year if every recurring ask is granted, and the
     * component the script leads with (null when nothing is asked).
     */
    public record Counter(BigDecimal targetTotalComp, BigDecimal baseIncrease, BigDecimal equityIncrease,
                          BigDecimal equityShares, BigDecimal signingBonus, BigDecimal makeWholeEquity,
                          BigDecimal resultingAnnualTotalComp, String lead) {
    }

    /** The offer's place in the decision matrix: score, rank, each factor's value, the factors not scored. */
    public record Decision(BigDecimal score, int rank, java.util.Map<String, BigDecimal> factors, List<String> missing) {
    }
}
