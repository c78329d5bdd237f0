package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An offer's compensation summary (KNOWLEDGE.md §2), exact and unrounded. An unknown paper value counts
 * as 0 in every total. Built by the rules in compensation.drl.
 */
public record Compensation(
        String offerId,
        BigDecimal baseSalary,
        BigDecimal bonus,
        BigDecimal paperValue,
        int vestingYears,
        BigDecimal annualEquity,
        BigDecimal annualTotalComp,
        List<YearFigures> yearByYear) implements AboutOffer {

    public Compensation {
        yearByYear = List.copyOf(yearByYear);
    }

    public BigDecimal yearOneTotalComp() {
        return yearByYear.get(0).total();
    }

    /**
     * Sums an offer: bonus = base × bonus% / 100; annual TC = base + bonus + P / vestingYears; year y's
     * equity = P × schedule[y] / 100, with year 1's moved into year 2 when {@code shiftFirstYear}.
     */
    public static Compensation of(Offer offer, PaperValue paper, boolean shiftFirstYear) {
        Equity equity = offer.equity();
        BigDecimal base = offer.baseSalary();
        BigDecimal bonus = Calc.percentOf(base, offer.annualBonusPercent());
        BigDecimal p = paper.known() ? paper.value() : BigDecimal.ZERO;
        int years = equity.vestingYears();
        BigDecimal annualEquity = Calc.divide(p, BigDecimal.valueOf(years));

        List<BigDecimal> vested = new ArrayList<>();
        for (BigDecimal percent : equity.vestingSchedulePercent()) {
            vested.add(Calc.percentOf(p, percent));
        }
        if (shiftFirstYear && years > 1) {
            vested.set(1, vested.get(1).add(vested.get(0)));
            vested.set(0, BigDecimal.ZERO);
        }
        List<YearFigures> rows = new ArrayList<>();
        for (int y = 1; y <= years; y++) {
            BigDecimal signing = y == 1 ? offer.signingBonus() : BigDecimal.ZERO;
            BigDecimal eq = vested.get(y - 1);
            rows.add(new YearFigures(y, base, bonus, eq, signing, base.add(bonus).add(eq).add(signing)));
        }
        return new Compensation(offer.id(), base, bonus, paper.value(), years, annualEquity,
                base.add(bonus).add(annualEquity), rows);
    }
}
