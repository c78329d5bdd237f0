package org.offeradvisor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.offeradvisor.facts.Money;

/**
 * An offer's counter package as a sum a reader can check: the offer's annual total compensation, then each
 * recurring ask as what it adds a year (the equity ask spread over the vesting years), then, when the asks'
 * rounding to 1,000 leaves a difference, a rounding row; together they make {@code resultingAnnualTotalComp}.
 * The one-time asks (signing bonus, make-whole equity) follow, outside the sum. Built from the report's figures
 * only, for every form of the report that shows the package.
 */
record CounterSum(List<Row> annual, BigDecimal total, List<Row> once) {

    /** A row: what it is, the ask as the recruiter hears it (null for the offer itself and rounding), a year's amount. */
    record Row(String what, String ask, BigDecimal perYear) {
    }

    CounterSum {
        annual = List.copyOf(annual);
        once = List.copyOf(once);
    }

    /** The package of an offer that has a counter. */
    static CounterSum of(OfferReport offer) {
        OfferReport.Counter k = offer.counter();
        List<Row> annual = new ArrayList<>();
        annual.add(new Row("offer as it stands", null, offer.annualTotalComp()));
        boolean equity = k.equityIncrease().signum() > 0;
        if (equity || k.equityShares() != null) {
            String options = k.equityShares() == null ? "" : Money.number(k.equityShares()) + " options";
            BigDecimal years = BigDecimal.valueOf(Math.max(1, offer.yearByYear().size()));
            annual.add(new Row("equity", "+" + (equity ? Money.usd(k.equityIncrease()) : "")
                    + (options.isEmpty() ? "" : equity ? " (" + options + ")" : options) + " over the grant",
                    k.equityIncrease().divide(years, 0, RoundingMode.HALF_UP)));
        }
        if (k.baseIncrease().signum() > 0) {
            annual.add(new Row("base salary", "+" + Money.usd(k.baseIncrease()) + " a year", k.baseIncrease()));
        }
        BigDecimal rounding = k.resultingAnnualTotalComp()
                .subtract(annual.stream().map(Row::perYear).reduce(BigDecimal.ZERO, BigDecimal::add));
        if (rounding.signum() != 0) {
            annual.add(new Row("rounding of the asks", null, rounding));
        }
        List<Row> once = new ArrayList<>();
        if (k.signingBonus().signum() > 0) {
            once.add(new Row("signing bonus", "+" + Money.usd(k.signingBonus()) + " once", null));
        }
        if (k.makeWholeEquity().signum() > 0) {
            once.add(new Row("make-whole equity", "+" + Money.usd(k.makeWholeEquity()) + " once", null));
        }
        return new CounterSum(annual, k.resultingAnnualTotalComp(), once);
    }

    /** The asks, recurring then one-time, in the order a recruiter hears them. */
    List<Row> asks() {
        List<Row> asks = new ArrayList<>(annual.stream().filter(r -> r.ask() != null).toList());
        asks.addAll(once);
        return asks;
    }
}
