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
        List<PlanRow> negotiationPlan,
        Decision decision) {

    public OfferReport {
        yearByYear = List.copyOf(yearByYear);
        negotiationPlan = List.copyOf(negotiationPlan);
    }

    public record Year(int year, BigDecimal base, BigDecimal bonus, BigDecimal equity, BigDecimal signing,
                       BigDecimal total) {
    }

    /** Null values are figures that cannot be computed for this offer. */
    public record EquityFigures(String type, BigDecimal paperValue, BigDecimal riskAdjustedLow,
                                BigDecimal riskAdjustedHigh, BigDecimal riskAdjustedValue,
                                BigDecimal ownershipPercent) {
    }

    /** The band compared with; band, basis, low and high are null for NO_BENCHMARK. */
    public record Market(String band, String basis, BigDecimal low, BigDecimal high, String position) {
    }

    /** The counter package of an offer below its target. */
    public record Counter(BigDecimal targetTotalComp, BigDecimal baseIncrease, BigDecimal equityIncrease,
                          BigDecimal equityShares, BigDecimal signingBonus) {
    }

    /** A row of the offer's Step 3 table: how negotiable a component is, and what to ask of it (null: no ask). */
    public record PlanRow(String component, String negotiability, String typicalRange, boolean applicable, String note,
                          BigDecimal ask) {
    }

    /** The offer's place in the decision matrix: score, rank, each factor's value, the factors not scored. */
    public record Decision(BigDecimal score, int rank, java.util.Map<String, BigDecimal> factors, List<String> missing) {
    }
}
