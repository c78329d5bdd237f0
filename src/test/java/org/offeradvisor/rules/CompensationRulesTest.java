package org.offeradvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offeradvisor.Reports.offer;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offeradvisor.Advisors;
import org.offeradvisor.report.OfferReport;
import org.offeradvisor.report.Report;
import org.offeradvisor.report.Report.FiredRule;

/**
 * The compensation figures of KNOWLEDGE.md §2 (and §7.1, §7.4, §7.7), as computed by
 * rules/compensation.drl. Every expected number is worked out by hand from the specification; the
 * arithmetic is written next to it.
 */
class CompensationRulesTest {

    private static Report advise(String json) {
        return Advisors.shipped().advise(json);
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    /** Asserts one row of the year-by-year table, to the unit. */
    private static void assertRow(OfferReport.Year row, int year, long base, long bonus, long equity, long signing,
                                  long total) {
        assertThat(row.year()).as("year").isEqualTo(year);
        assertThat(row.base()).as("year %d base", year).isEqualByComparingTo(BigDecimal.valueOf(base));
        assertThat(row.bonus()).as("year %d bonus", year).isEqualByComparingTo(BigDecimal.valueOf(bonus));
        assertThat(row.equity()).as("year %d equity", year).isEqualByComparingTo(BigDecimal.valueOf(equity));
        assertThat(row.signing()).as("year %d signing", year).isEqualByComparingTo(BigDecimal.valueOf(signing));
        assertThat(row.total()).as("year %d total", year).isEqualByComparingTo(BigDecimal.valueOf(total));
    }

    private static boolean mentionsCliff(String assumption) {
        return assumption.toLowerCase().contains("cliff");
    }

    // ---- bonus ----

    @Test
    void bonusIsTheBaseSalaryTimesTheBonusPercentOverAHundred() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER",
                                "baseSalary": 180000, "annualBonusPercent": 12.5 } ] }
                """);

        OfferReport o = offer(r, "acme");
        // bonus = 180,000 × 12.5 / 100 = 22,500; annual TC = 180,000 + 22,500 + 0 = 202,500
        assertThat(o.annualTotalComp()).isEqualByComparingTo("202500");
        assertThat(o.yearByYear()).hasSize(4);
        for (int y = 1; y <= 4; y++) {
            assertRow(o.yearByYear().get(y - 1), y, 180000, 22500, 0, 0, 202500);
        }
    }

    // ---- RSU ----

    @Test
    void rsuPaperValueIsTheGrantValue() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000 } } ] }
                """);

        OfferReport o = offer(r, "acme");
        assertThat(o.equity().type()).isEqualTo("RSU");
        assertThat(o.equity().paperValue()).isEqualByComparingTo("400000");
        // default 4 years, even: 400,000 / 4 = 100,000 a year; annual TC = 200,000 + 100,000
        assertThat(o.annualTotalComp()).isEqualByComparingTo("300000");
        assertThat(o.yearByYear()).hasSize(4);
        for (int y = 1; y <= 4; y++) {
            assertRow(o.yearByYear().get(y - 1), y, 200000, 0, 100000, 0, 300000);
        }
    }

    @Test
    void rsuGrantValueTakesPrecedenceOverSharesTimesSharePrice() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000, "shares": 1000, "sharePrice": 50 } } ] }
                """);

        // grantValue is used (400,000), not 1,000 × 50 = 50,000
        assertThat(offer(r, "acme").equity().paperValue()).isEqualByComparingTo("400000");
        assertThat(offer(r, "acme").annualTotalComp()).isEqualByComparingTo("300000");
    }

    @Test
    void rsuPaperValueWithoutGrantValueIsSharesTimesSharePrice() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 150000,
                                "equity": { "type": "RSU", "shares": 2500, "sharePrice": 120.40 } } ] }
                """);

        OfferReport o = offer(r, "acme");
        // P = 2,500 × 120.40 = 301,000; a year = 301,000 / 4 = 75,250
        assertThat(o.equity().paperValue()).isEqualByComparingTo("301000");
        assertThat(o.annualTotalComp()).isEqualByComparingTo("225250");
        assertRow(o.yearByYear().get(0), 1, 150000, 0, 75250, 0, 225250);
        assertRow(o.yearByYear().get(3), 4, 150000, 0, 75250, 0, 225250);
    }

    // ---- OPTIONS ----

    @Test
    void optionsAreValuedAtTheFairMarketValueSpreadEvenWhenAPreferredPriceIsGiven() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 160000,
                                "equity": { "type": "OPTIONS", "shares": 40000, "strikePrice": 1.25,
                                            "fairMarketValue": 6.50, "preferredPrice": 20.00 } } ] }
                """);

        OfferReport o = offer(r, "seed");
        // P = max(0, 6.50 − 1.25) × 40,000 = 5.25 × 40,000 = 210,000 (not (20 − 1.25) × 40,000 = 750,000)
        assertThat(o.equity().type()).isEqualTo("OPTIONS");
        assertThat(o.equity().paperValue()).isEqualByComparingTo("210000");
        // annual TC = 160,000 + 210,000 / 4 = 160,000 + 52,500
        assertThat(o.annualTotalComp()).isEqualByComparingTo("212500");
        assertRow(o.yearByYear().get(0), 1, 160000, 0, 52500, 0, 212500);
    }

    @Test
    void optionsWithoutAFairMarketValueAreValuedAtThePreferredPrice() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 160000,
                                "equity": { "type": "OPTIONS", "shares": 40000, "strikePrice": 1.25,
                                            "preferredPrice": 4.00 } } ] }
                """);

        OfferReport o = offer(r, "seed");
        // P = max(0, 4.00 − 1.25) × 40,000 = 2.75 × 40,000 = 110,000; a year = 27,500
        assertThat(o.equity().paperValue()).isEqualByComparingTo("110000");
        assertThat(o.annualTotalComp()).isEqualByComparingTo("187500");
        assertRow(o.yearByYear().get(0), 1, 160000, 0, 27500, 0, 187500);
    }

    @Test
    void underwaterOptionsAreWorthZeroNotNegative() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 160000,
                                "equity": { "type": "OPTIONS", "shares": 40000, "strikePrice": 1.25,
                                            "fairMarketValue": 1.00 } } ] }
                """);

        OfferReport o = offer(r, "seed");
        // P = max(0, 1.00 − 1.25) × 40,000 = 0: a known value of zero, not an unknown one
        assertThat(o.equity().paperValue()).isNotNull().isEqualByComparingTo("0");
        assertThat(o.annualTotalComp()).isEqualByComparingTo("160000");
        assertThat(o.yearByYear()).hasSize(4);
        for (int y = 1; y <= 4; y++) {
            assertRow(o.yearByYear().get(y - 1), y, 160000, 0, 0, 0, 160000);
        }
    }

    @Test
    void optionsWithNeitherPriceHaveUnknownValueCountedAsZeroWithOneRowPerVestingYear() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 160000, "annualBonusPercent": 10,
                                "equity": { "type": "OPTIONS", "shares": 40000, "strikePrice": 1.25,
                                            "vestingYears": 3 } } ] }
                """);

        OfferReport o = offer(r, "seed");
        // §7.4: paperValue null, counted as 0: annual TC = 160,000 + 16,000 + 0
        assertThat(o.equity().paperValue()).isNull();
        assertThat(o.annualTotalComp()).isEqualByComparingTo("176000");
        assertThat(o.yearOneTotalComp()).isEqualByComparingTo("176000");
        assertThat(o.yearByYear()).hasSize(3);
        for (int y = 1; y <= 3; y++) {
            assertRow(o.yearByYear().get(y - 1), y, 160000, 16000, 0, 0, 176000);
        }
    }

    // ---- no equity ----

    @Test
    void anOfferWithoutEquityHasPaperValueZeroAndFourRows() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "cash", "company": "Cashco", "companyType": "OTHER", "baseSalary": 210000,
                                "signingBonus": 15000 },
                              { "id": "none", "company": "Noneco", "companyType": "OTHER", "baseSalary": 210000,
                                "equity": { "type": "NONE" } } ] }
                """);

        for (String id : List.of("cash", "none")) {
            OfferReport o = offer(r, id);
            assertThat(o.equity().type()).as(id).isEqualTo("NONE");
            assertThat(o.equity().paperValue()).as(id).isNotNull().isEqualByComparingTo("0");
            assertThat(o.annualTotalComp()).as(id).isEqualByComparingTo("210000");
            assertThat(o.yearByYear()).as(id).hasSize(4);
        }
        OfferReport cash = offer(r, "cash");
        assertRow(cash.yearByYear().get(0), 1, 210000, 0, 0, 15000, 225000);
        for (int y = 2; y <= 4; y++) {
            assertRow(cash.yearByYear().get(y - 1), y, 210000, 0, 0, 0, 210000);
        }
    }

    @Test
    void anAllCashOfferHasFourRowsEvenWhenItsNoneEquityNamesAVestingPeriod() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "none", "company": "Noneco", "companyType": "OTHER", "baseSalary": 210000,
                                "equity": { "type": "NONE", "vestingYears": 3 } } ] }
                """);

        OfferReport o = offer(r, "none");
        // §2: "4 rows when there is no equity"; type NONE is an all-cash offer (FACTS.md)
        assertThat(o.equity().paperValue()).isEqualByComparingTo("0");
        assertThat(o.annualTotalComp()).isEqualByComparingTo("210000");
        assertThat(o.yearByYear()).hasSize(4);
    }

    // ---- annual total and year by year ----

    @Test
    void annualTotalCompIsBasePlusBonusPlusEquityPerYearAndExcludesTheSigningBonus() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "annualBonusPercent": 10, "signingBonus": 50000,
                                "equity": { "type": "RSU", "grantValue": 300000, "vestingYears": 3 } } ] }
                """);

        OfferReport o = offer(r, "acme");
        // 200,000 + 20,000 + 300,000 / 3 = 320,000; the 50,000 signing bonus is not in it
        assertThat(o.annualTotalComp()).isEqualByComparingTo("320000");
        // year 1 carries the signing bonus: 200,000 + 20,000 + 100,000 + 50,000 = 370,000
        assertThat(o.yearOneTotalComp()).isEqualByComparingTo("370000");
        assertThat(o.yearByYear()).hasSize(3);
        assertRow(o.yearByYear().get(0), 1, 200000, 20000, 100000, 50000, 370000);
        assertRow(o.yearByYear().get(1), 2, 200000, 20000, 100000, 0, 320000);
        assertRow(o.yearByYear().get(2), 3, 200000, 20000, 100000, 0, 320000);
    }

    @Test
    void frontLoadedScheduleOf33_33_22_12VestsEachYearsShareToTheUnit() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "amzn", "company": "Amazon", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 123456,
                                            "vestingSchedulePercent": [33, 33, 22, 12] } } ] }
                """);

        OfferReport o = offer(r, "amzn");
        // 123,456 × 33% = 40,740.48 -> 40,740; × 22% = 27,160.32 -> 27,160; × 12% = 14,814.72 -> 14,815
        assertRow(o.yearByYear().get(0), 1, 200000, 0, 40740, 0, 240740);
        assertRow(o.yearByYear().get(1), 2, 200000, 0, 40740, 0, 240740);
        assertRow(o.yearByYear().get(2), 3, 200000, 0, 27160, 0, 227160);
        assertRow(o.yearByYear().get(3), 4, 200000, 0, 14815, 0, 214815);
        // the annual figure averages the grant: 200,000 + 123,456 / 4 = 230,864
        assertThat(o.annualTotalComp()).isEqualByComparingTo("230864");
        assertThat(o.yearOneTotalComp()).isEqualByComparingTo("240740");
    }

    @Test
    void backLoadedScheduleOf5_15_40_40VestsEachYearsShareToTheUnit() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "back", "company": "Backco", "companyType": "OTHER", "baseSalary": 200000,
                                "signingBonus": 20000,
                                "equity": { "type": "RSU", "grantValue": 123456,
                                            "vestingSchedulePercent": [5, 15, 40, 40] } } ] }
                """);

        OfferReport o = offer(r, "back");
        // 123,456 × 5% = 6,172.8 -> 6,173; × 15% = 18,518.4 -> 18,518; × 40% = 49,382.4 -> 49,382
        // year 1 total = 200,000 + 6,172.8 + 20,000 = 226,172.8 -> 226,173
        assertRow(o.yearByYear().get(0), 1, 200000, 0, 6173, 20000, 226173);
        assertRow(o.yearByYear().get(1), 2, 200000, 0, 18518, 0, 218518);
        assertRow(o.yearByYear().get(2), 3, 200000, 0, 49382, 0, 249382);
        assertRow(o.yearByYear().get(3), 4, 200000, 0, 49382, 0, 249382);
        assertThat(o.annualTotalComp()).isEqualByComparingTo("230864");
        assertThat(o.yearOneTotalComp()).isEqualByComparingTo("226173");
    }

    // ---- cliff ----

    @Test
    void aCliffOfEighteenMonthsMovesYearOneEquityIntoYearTwoAndSaysSoInTheAssumptions() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "signingBonus": 30000,
                                "equity": { "type": "RSU", "grantValue": 400000, "cliffMonths": 18 } } ] }
                """);

        OfferReport o = offer(r, "acme");
        // 25% a year = 100,000; year 1's 100,000 moves to year 2 (200,000)
        assertRow(o.yearByYear().get(0), 1, 200000, 0, 0, 30000, 230000);
        assertRow(o.yearByYear().get(1), 2, 200000, 0, 200000, 0, 400000);
        assertRow(o.yearByYear().get(2), 3, 200000, 0, 100000, 0, 300000);
        assertRow(o.yearByYear().get(3), 4, 200000, 0, 100000, 0, 300000);
        assertThat(o.yearOneTotalComp()).isEqualByComparingTo("230000");
        // the annual figure is not affected by the cliff: 200,000 + 400,000 / 4
        assertThat(o.annualTotalComp()).isEqualByComparingTo("300000");
        assertThat(r.assumptions()).anyMatch(CompensationRulesTest::mentionsCliff);
    }

    @Test
    void aCliffOfTwelveMonthsMovesNothingAndAddsNoAssumption() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "signingBonus": 30000,
                                "equity": { "type": "RSU", "grantValue": 400000, "cliffMonths": 12 } } ] }
                """);

        OfferReport o = offer(r, "acme");
        assertRow(o.yearByYear().get(0), 1, 200000, 0, 100000, 30000, 330000);
        assertRow(o.yearByYear().get(1), 2, 200000, 0, 100000, 0, 300000);
        assertThat(o.yearOneTotalComp()).isEqualByComparingTo("330000");
        assertThat(r.assumptions()).noneMatch(CompensationRulesTest::mentionsCliff);
    }

    @Test
    void withOneVestingYearALongCliffMovesNothing() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000, "vestingYears": 1,
                                            "cliffMonths": 24 } } ] }
                """);

        OfferReport o = offer(r, "acme");
        // §7.7: the single year keeps the whole grant
        assertThat(o.yearByYear()).hasSize(1);
        assertRow(o.yearByYear().get(0), 1, 200000, 0, 400000, 0, 600000);
        assertThat(o.annualTotalComp()).isEqualByComparingTo("600000");
        // a move between vesting years is not assumed; the report says how the cliff and the figures agree
        assertThat(r.assumptions()).singleElement().asString()
                .startsWith("Acme's 24-month cliff is longer than its 1-year vesting period: nothing vests before month 24");
    }

    // ---- rounding ----

    @Test
    void moneyRoundsHalvesUp() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "half", "company": "Halfco", "companyType": "OTHER", "baseSalary": 100005,
                                "annualBonusPercent": 10 },
                              { "id": "rsu", "company": "Rsuco", "companyType": "OTHER", "baseSalary": 100000,
                                "equity": { "type": "RSU", "shares": 1001, "sharePrice": 12.50, "vestingYears": 1 } } ] }
                """);

        OfferReport half = offer(r, "half");
        // bonus = 100,005 × 10 / 100 = 10,000.5 -> 10,001 (half even would give 10,000)
        // annual TC = 110,005.5 -> 110,006
        assertThat(half.annualTotalComp()).isEqualByComparingTo("110006");
        assertRow(half.yearByYear().get(0), 1, 100005, 10001, 0, 0, 110006);

        OfferReport rsu = offer(r, "rsu");
        // P = 1,001 × 12.50 = 12,512.5 -> 12,513; annual TC = 112,512.5 -> 112,513 (half even: 112,512)
        assertThat(rsu.equity().paperValue()).isEqualByComparingTo("12513");
        assertThat(rsu.annualTotalComp()).isEqualByComparingTo("112513");
        assertRow(rsu.yearByYear().get(0), 1, 100000, 0, 12513, 0, 112513);
    }

    @Test
    void aYearsTotalIsTheRoundedSumOfItsUnroundedParts() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 100005,
                                "annualBonusPercent": 10,
                                "equity": { "type": "RSU", "shares": 1001, "sharePrice": 12.50, "vestingYears": 1 } } ] }
                """);

        OfferReport o = offer(r, "acme");
        // §7.1: 100,005 + 10,000.5 + 12,512.5 = 122,518 exactly; the rounded parts would sum to 122,519
        assertRow(o.yearByYear().get(0), 1, 100005, 10001, 12513, 0, 122518);
        assertThat(o.annualTotalComp()).isEqualByComparingTo("122518");
        assertThat(o.yearOneTotalComp()).isEqualByComparingTo("122518");
    }

    @Test
    void evenVestingOverThreeYearsRoundsTheNonTerminatingThirdsCorrectly() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "up", "company": "Upco", "companyType": "OTHER", "baseSalary": 150000,
                                "equity": { "type": "RSU", "grantValue": 200000, "vestingYears": 3 } },
                              { "id": "down", "company": "Downco", "companyType": "OTHER", "baseSalary": 150000,
                                "equity": { "type": "RSU", "grantValue": 100000, "vestingYears": 3 } } ] }
                """);

        OfferReport up = offer(r, "up");
        // 200,000 / 3 = 66,666.666... -> 66,667; annual TC = 216,666.666... -> 216,667
        assertThat(up.annualTotalComp()).isEqualByComparingTo("216667");
        assertThat(up.yearByYear()).hasSize(3);
        for (int y = 1; y <= 3; y++) {
            assertRow(up.yearByYear().get(y - 1), y, 150000, 0, 66667, 0, 216667);
        }

        OfferReport down = offer(r, "down");
        // 100,000 / 3 = 33,333.333... -> 33,333; annual TC = 183,333.333... -> 183,333
        assertThat(down.annualTotalComp()).isEqualByComparingTo("183333");
        for (int y = 1; y <= 3; y++) {
            assertRow(down.yearByYear().get(y - 1), y, 150000, 0, 33333, 0, 183333);
        }
    }

    // ---- explanation ----

    @Test
    void firedRulesNameTheCompensationRulesTheirFileAndTheOffer() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000 } },
                              { "id": "late", "company": "Lateco", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000, "cliffMonths": 18 } } ] }
                """);

        assertThat(r.firedRules()).contains(
                new FiredRule("Paper value of an RSU grant", "compensation.drl", "acme"),
                new FiredRule("Offer figures", "compensation.drl", "acme"),
                new FiredRule("Paper value of an RSU grant", "compensation.drl", "late"),
                new FiredRule("Offer figures when a cliff over a year delays the first vest", "compensation.drl", "late"));
        assertThat(r.firedRules()).doesNotContain(
                new FiredRule("Offer figures", "compensation.drl", "late"),
                new FiredRule("Offer figures when a cliff over a year delays the first vest", "compensation.drl", "acme"));
        assertThat(r.firedRules()).filteredOn(f -> "compensation.drl".equals(f.file()))
                .extracting(FiredRule::offerId).containsOnly("acme", "late");
    }

    @Test
    void firedRulesNameTheOptionsValuationRuleUsed() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "fmv", "company": "Fmvco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 1000, "strikePrice": 1, "fairMarketValue": 2 } },
                              { "id": "pref", "company": "Prefco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 1000, "strikePrice": 1, "preferredPrice": 3 } },
                              { "id": "none", "company": "Noneco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 1000, "strikePrice": 1 } },
                              { "id": "cash", "company": "Cashco", "companyType": "OTHER", "baseSalary": 150000 } ] }
                """);

        assertThat(r.firedRules()).contains(
                new FiredRule("Paper value of options at the 409A", "compensation.drl", "fmv"),
                new FiredRule("Paper value of options at the preferred price", "compensation.drl", "pref"),
                new FiredRule("Options without a price", "compensation.drl", "none"),
                new FiredRule("No equity", "compensation.drl", "cash"));
        // (2 − 1) × 1,000 = 1,000; (3 − 1) × 1,000 = 2,000; unknown; 0
        assertThat(offer(r, "fmv").equity().paperValue()).isEqualByComparingTo(money("1000"));
        assertThat(offer(r, "pref").equity().paperValue()).isEqualByComparingTo(money("2000"));
        assertThat(offer(r, "none").equity().paperValue()).isNull();
        assertThat(offer(r, "cash").equity().paperValue()).isEqualByComparingTo(money("0"));
    }
}
