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
     * Sums an offer: bonus = base × bonus% / 100; year y's equity = P × schedule[y] / 100, except that what vests
     * before {@code firstVestingYear} (the year of the cliff) is paid in that year; the table runs to the later of the
     * last vesting year and the first vesting year (a cliff longer than the vesting period vests the whole grant at the
     * cliff); annual TC = base + bonus + P / the table's years.
     */
    public static Compensation of(Offer offer, PaperValue paper, int firstVestingYear) {
        Equity equity = offer.equity();
        BigDecimal base = offer.baseSalary();
        BigDecimal bonus = Calc.percentOf(base, offer.annualBonusPercent());
        BigDecimal p = paper.known() ? paper.value() : BigDecimal.ZERO;
        int years = Math.max(equity.vestingYears(), firstVestingYear);
        BigDecimal annualEquity = Calc.divide(p, BigDecimal.valueOf(years));

        List<BigDecimal> vested = new ArrayList<>();
        BigDecimal beforeCliff = BigDecimal.ZERO;
        for (int y = 1; y <= years; y++) {
            BigDecimal scheduled = y <= equity.vestingYears()
                    ? Calc.percentOf(p, equity.vestingSchedulePercent().get(y - 1)) : BigDecimal.ZERO;
            if (y < firstVestingYear) {
                beforeCliff = beforeCliff.add(scheduled);
                vested.add(BigDecimal.ZERO);
            } else {
                vested.add(y == firstVestingYear ? scheduled.add(beforeCliff) : scheduled);
            }
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
