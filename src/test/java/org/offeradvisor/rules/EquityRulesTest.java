package org.offeradvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offeradvisor.Reports.advice;
import static org.offeradvisor.Reports.adviceIds;
import static org.offeradvisor.Reports.offer;
import static org.offeradvisor.Reports.only;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.offeradvisor.Advisors;
import org.offeradvisor.report.AdviceItem;
import org.offeradvisor.report.OfferReport;
import org.offeradvisor.report.Report;
import org.offeradvisor.report.Report.QuestionItem;

/**
 * The equity knowledge of KNOWLEDGE.md §2 (risk adjustment, ownership), the EQ-* advice of §4 and §8.8 with the
 * priorities of §5 and §8.12 and the precise semantics of §7, as rules/equity.drl applies them. Every expected
 * number is worked out by hand from the specification; the arithmetic is written next to it.
 */
class EquityRulesTest {

    private static Report advise(String json) {
        return Advisors.shipped().advise(json);
    }

    /** The one advice item of a kind about an offer, checked to be EQUITY advice of the §5 priority. */
    private static AdviceItem equityAdvice(Report r, String adviceId, String offerId, int priority) {
        AdviceItem a = only(r, adviceId, offerId);
        assertThat(a.category()).as("category of %s", adviceId).isEqualTo("EQUITY");
        assertThat(a.priority()).as("priority of %s", adviceId).isEqualTo(priority);
        assertThat(a.title()).as("title of %s", adviceId).isNotBlank();
        assertThat(a.rule()).as("rule of %s", adviceId).isNotBlank();
        assertThat(a.source()).as("source of %s", adviceId).isNotBlank();
        assertThat(a.because()).as("because of %s", adviceId).isNotEmpty();
        return a;
    }

    /** Some because line of the advice quotes every one of {@code parts}. */
    private static void assertBecauseQuotes(AdviceItem a, String... parts) {
        assertThat(a.because()).as("because lines of %s", a.id())
                .anySatisfy(line -> assertThat(line).contains(parts));
    }

    private static void assertRiskFigures(OfferReport o, long low, long high, long value, long annual) {
        assertThat(o.equity().riskAdjustedLow()).as("riskAdjustedLow of %s", o.id())
                .isEqualByComparingTo(BigDecimal.valueOf(low));
        assertThat(o.equity().riskAdjustedHigh()).as("riskAdjustedHigh of %s", o.id())
                .isEqualByComparingTo(BigDecimal.valueOf(high));
        assertThat(o.equity().riskAdjustedValue()).as("riskAdjustedValue of %s", o.id())
                .isEqualByComparingTo(BigDecimal.valueOf(value));
        assertThat(o.riskAdjustedAnnualTotalComp()).as("riskAdjustedAnnualTotalComp of %s", o.id())
                .isEqualByComparingTo(BigDecimal.valueOf(annual));
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

    private static boolean isGrowthStageAssumption(String assumption) {
        return assumption.contains("Growth-stage") || assumption.contains("70-80");
    }

    private static boolean isOverhangAssumption(String assumption) {
        return assumption.toLowerCase().contains("liquidation preference");
    }

    private static boolean isLongCliffAssumption(String assumption) {
        return assumption.toLowerCase().contains("cliff");
    }

    // ---- EQ-RSU ----

    @Test
    void anRsuOfferIsExplainedWithItsValueVestingTaxAndStockPriceRisk() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000 } } ] }
                """);

        AdviceItem rsu = equityAdvice(r, "EQ-RSU", "acme", 3);
        assertThat(rsu.title()).contains("$400K", "4 years");
        assertThat(rsu.text()).contains("$400,000", "taxed as income", "stock price");
        assertBecauseQuotes(rsu, "$400,000");
        // the default schedule is even over 4 years with a 12-month cliff
        assertBecauseQuotes(rsu, "25/25/25/25", "4 years", "12");
    }

    @Test
    void optionsAndAllCashOffersAreNotExplainedAsRsus() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "opt", "company": "Optco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 1000, "strikePrice": 1, "fairMarketValue": 2 } },
                              { "id": "cash", "company": "Cashco", "companyType": "OTHER", "baseSalary": 150000 } ] }
                """);

        assertThat(advice(r, "EQ-RSU")).isEmpty();
    }

    // ---- EQ-OPTIONS ----

    @Test
    void anOptionsOfferIsExplainedWithItsSpreadValueCliffAndRiskOfZero() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 160000,
                                "equity": { "type": "OPTIONS", "shares": 40000, "strikePrice": 1.25,
                                            "fairMarketValue": 6.50 } } ] }
                """);

        AdviceItem options = equityAdvice(r, "EQ-OPTIONS", "seed", 3);
        assertThat(options.title()).contains("40,000", "$1.25");
        // value = (6.50 − 1.25) × 40,000 = 210,000
        assertThat(options.text()).contains("$210,000", "12-month cliff", "zero if the company doesn't exit");
        assertBecauseQuotes(options, "$6.50", "$1.25", "40,000");
        assertBecauseQuotes(options, "cliff 12");
        assertThat(adviceIds(r, "seed")).doesNotContain("EQ-RSU");
    }

    @Test
    void optionsValuedAtThePreferredPriceSaySoInTheirReasons() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 160000,
                                "equity": { "type": "OPTIONS", "shares": 40000, "strikePrice": 1.25,
                                            "preferredPrice": 4.00 } } ] }
                """);

        AdviceItem options = equityAdvice(r, "EQ-OPTIONS", "seed", 3);
        // §2: value at the preferred price, (4.00 − 1.25) × 40,000 = 110,000, and say so in because
        assertThat(options.text()).contains("$110,000");
        assertBecauseQuotes(options, "preferred price", "$4.00", "$1.25", "40,000");
        assertThat(offer(r, "seed").equity().paperValue()).isEqualByComparingTo("110000");
    }

    @Test
    void anRsuOfferIsNotExplainedAsOptions() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000 } } ] }
                """);

        assertThat(advice(r, "EQ-OPTIONS")).isEmpty();
    }

    // ---- EQ-UNDERWATER ----

    @Test
    void optionsWhoseFairMarketValueEqualsTheStrikeAreUnderwater() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 160000,
                                "equity": { "type": "OPTIONS", "shares": 40000, "strikePrice": 1.25,
                                            "fairMarketValue": 1.25 } } ] }
                """);

        AdviceItem underwater = equityAdvice(r, "EQ-UNDERWATER", "seed", 2);
        assertThat(underwater.title()).contains("Seedling", "nothing");
        assertBecauseQuotes(underwater, "$1.25");
        // max(0, 1.25 − 1.25) × 40,000 = 0
        assertBecauseQuotes(underwater, "40,000", "$0");
        assertThat(offer(r, "seed").equity().paperValue()).isEqualByComparingTo("0");
    }

    @Test
    void optionsWhoseFairMarketValueIsACentAboveTheStrikeAreNotUnderwater() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 160000,
                                "equity": { "type": "OPTIONS", "shares": 40000, "strikePrice": 1.25,
                                            "fairMarketValue": 1.26 } } ] }
                """);

        assertThat(adviceIds(r, "seed")).doesNotContain("EQ-UNDERWATER");
        // (1.26 − 1.25) × 40,000 = 400
        assertThat(offer(r, "seed").equity().paperValue()).isEqualByComparingTo("400");
    }

    @Test
    void optionsWithoutAFairMarketValueAreNotCalledUnderwater() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 160000,
                                "equity": { "type": "OPTIONS", "shares": 40000, "strikePrice": 1.25,
                                            "preferredPrice": 1.00 } } ] }
                """);

        assertThat(adviceIds(r, "seed")).doesNotContain("EQ-UNDERWATER");
    }

    // ---- EQ-STAGE-DISCOUNT ----

    @Test
    void lateStageEquityIsDiscountedToEightyToNinetyPercentAndTheMidpointIsChosenByDefault() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "late", "company": "Lateco", "companyType": "STARTUP", "stage": "LATE_PRE_IPO",
                                "baseSalary": 200000, "annualBonusPercent": 10,
                                "equity": { "type": "RSU", "grantValue": 250000 } } ] }
                """);

        AdviceItem discount = equityAdvice(r, "EQ-STAGE-DISCOUNT", "late", 2);
        // 250,000 × 0.80 = 200,000; × 0.90 = 225,000; midpoint 212,500 (-> $213K, halves up)
        assertThat(discount.title()).contains("$213K", "$250K");
        assertThat(discount.source()).isNotEqualTo("assumption");
        assertBecauseQuotes(discount, "80-90%");
        assertBecauseQuotes(discount, "$250,000", "$200,000", "$225,000");
        assertBecauseQuotes(discount, "MEDIUM", "$212,500");
        // risk-adjusted annual = 200,000 + 20,000 + 212,500 / 4 = 273,125
        assertBecauseQuotes(discount, "$273,125");
        assertRiskFigures(offer(r, "late"), 200000, 225000, 212500, 273125);
    }

    @Test
    void growthStageDiscountIsAnAssumptionAndLowToleranceTakesTheLowEnd() {
        Report r = advise("""
                { "candidate": { "level": "L5", "riskTolerance": "LOW" },
                  "offers": [ { "id": "growth", "company": "Growco", "companyType": "STARTUP", "stage": "GROWTH_B_C",
                                "baseSalary": 180000,
                                "equity": { "type": "RSU", "grantValue": 200000 } } ] }
                """);

        AdviceItem discount = equityAdvice(r, "EQ-STAGE-DISCOUNT", "growth", 2);
        // 200,000 × 0.70 = 140,000; × 0.80 = 160,000; LOW -> 140,000
        assertThat(discount.title()).contains("$140K", "$200K");
        assertThat(discount.source()).isEqualTo("assumption");
        assertBecauseQuotes(discount, "70-80%");
        assertBecauseQuotes(discount, "$140,000", "$160,000");
        assertBecauseQuotes(discount, "LOW", "$140,000");
        // 180,000 + 140,000 / 4 = 215,000
        assertBecauseQuotes(discount, "$215,000");
        assertRiskFigures(offer(r, "growth"), 140000, 160000, 140000, 215000);
        assertThat(r.assumptions()).filteredOn(EquityRulesTest::isGrowthStageAssumption).hasSize(1);
    }

    @Test
    void publicCompanyEquityGetsNoStageDiscount() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000 } } ] }
                """);

        assertThat(advice(r, "EQ-STAGE-DISCOUNT")).isEmpty();
        // PUBLIC keeps 100%: 400,000 at both ends; 200,000 + 400,000 / 4 = 300,000
        assertRiskFigures(offer(r, "goog"), 400000, 400000, 400000, 300000);
    }

    @Test
    void startupEquityOfZeroOrUnknownValueGetsNoStageDiscount() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "zero", "company": "Zeroco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 10000, "strikePrice": 2, "fairMarketValue": 1 } },
                              { "id": "unknown", "company": "Unknownco", "companyType": "STARTUP", "stage": "GROWTH_B_C",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 10000, "strikePrice": 2 } },
                              { "id": "cash", "company": "Cashco", "companyType": "STARTUP", "stage": "LATE_PRE_IPO",
                                "baseSalary": 150000 } ] }
                """);

        assertThat(advice(r, "EQ-STAGE-DISCOUNT")).isEmpty();
    }

    // ---- EQ-PITCHED-VALUE ----

    @Test
    void aPreferredPriceAboveTheFairMarketValueShowsThePitchedValueAgainstThe409aValue() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "pitch", "company": "Pitchco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 20000, "strikePrice": 0.50,
                                            "fairMarketValue": 2.00, "preferredPrice": 6.00 } } ] }
                """);

        AdviceItem pitched = equityAdvice(r, "EQ-PITCHED-VALUE", "pitch", 2);
        // pitched (6.00 − 0.50) × 20,000 = 110,000; at the 409A (2.00 − 0.50) × 20,000 = 30,000; 80,000 less
        assertThat(pitched.title()).contains("$30K", "$110K");
        assertThat(pitched.text()).contains("$110,000", "$30,000", "$80,000");
        assertBecauseQuotes(pitched, "$6.00", "$0.50", "20,000", "$110,000");
        assertBecauseQuotes(pitched, "$2.00", "$0.50", "20,000", "$30,000");
        // the report values the grant at the 409A
        assertThat(offer(r, "pitch").equity().paperValue()).isEqualByComparingTo("30000");
    }

    @Test
    void aPreferredPriceEqualToTheFairMarketValueIsNotAPitchedValue() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "pitch", "company": "Pitchco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 20000, "strikePrice": 0.50,
                                            "fairMarketValue": 2.00, "preferredPrice": 2.00 } } ] }
                """);

        assertThat(advice(r, "EQ-PITCHED-VALUE")).isEmpty();
    }

    @Test
    void aPreferredPriceWithoutAFairMarketValueIsNotAPitchedValue() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "pitch", "company": "Pitchco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 20000, "strikePrice": 0.50,
                                            "preferredPrice": 6.00 } } ] }
                """);

        // §7.7: EQ-PITCHED-VALUE needs both prices
        assertThat(advice(r, "EQ-PITCHED-VALUE")).isEmpty();
        assertThat(adviceIds(r, "pitch")).contains("EQ-ASK-409A");
    }

    // ---- EQ-ASK-*, EQ-EXERCISE-COST and questions ----

    private static final String EXERCISE_WINDOW = "How long is the post-termination exercise window?";

    @Test
    void optionsMissingTheStartupFactsAskForEachAndAddOneQuestionPerMissingFact() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "ask", "company": "Askco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 10000, "strikePrice": 1 } } ] }
                """);

        assertThat(equityAdvice(r, "EQ-ASK-409A", "ask", 2).title()).contains("Askco", "409A");
        assertThat(equityAdvice(r, "EQ-ASK-SHARES-OUTSTANDING", "ask", 2).title()).contains("Askco", "outstanding");
        assertThat(equityAdvice(r, "EQ-ASK-LIQUIDATION-PREFS", "ask", 2).title()).contains("Askco", "liquidation");
        // §8.8: every OPTIONS offer also gets its exercise cost, 10,000 options × strike 1.00 = 10,000, and its question
        AdviceItem exercise = equityAdvice(r, "EQ-EXERCISE-COST", "ask", 3);
        assertThat(exercise.title()).contains("Askco", "$10K");
        assertBecauseQuotes(exercise, "$10,000");

        assertThat(r.questions()).hasSize(4);
        assertThat(r.questions()).allSatisfy(q -> {
            assertThat(q.offerId()).isEqualTo("ask");
            assertThat(q.question()).isNotBlank();
            assertThat(q.why()).isNotBlank();
        });
        assertThat(r.questions()).extracting(QuestionItem::question)
                .anySatisfy(q -> assertThat(q).contains("409A"))
                .anySatisfy(q -> assertThat(q).contains("outstanding"))
                .anySatisfy(q -> assertThat(q).containsIgnoringCase("liquidation preferences"))
                .contains(EXERCISE_WINDOW);
    }

    @Test
    void optionsMissingOnlyTheSharesOutstandingAskOnlyForThem() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "ask", "company": "Askco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 10000, "strikePrice": 1, "fairMarketValue": 3,
                                            "liquidationPreference": { "multiple": 1, "participating": false } } } ] }
                """);

        equityAdvice(r, "EQ-ASK-SHARES-OUTSTANDING", "ask", 2);
        assertThat(adviceIds(r, "ask")).doesNotContain("EQ-ASK-409A", "EQ-ASK-LIQUIDATION-PREFS");
        // the shares outstanding and, as for every OPTIONS offer (§8.8), the exercise window
        assertThat(r.questions()).hasSize(2).allSatisfy(q -> {
            assertThat(q.offerId()).isEqualTo("ask");
            assertThat(q.why()).isNotBlank();
        });
        assertThat(r.questions()).extracting(QuestionItem::question)
                .anySatisfy(q -> assertThat(q).contains("outstanding"))
                .contains(EXERCISE_WINDOW);
    }

    @Test
    void optionsWithEveryStartupFactAskOnlyForTheExerciseWindow() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "full", "company": "Fullco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 10000, "strikePrice": 1, "fairMarketValue": 3,
                                            "totalSharesOutstanding": 10000000,
                                            "liquidationPreference": { "multiple": 1, "participating": false } } } ] }
                """);

        assertThat(adviceIds(r, "full"))
                .doesNotContain("EQ-ASK-409A", "EQ-ASK-SHARES-OUTSTANDING", "EQ-ASK-LIQUIDATION-PREFS")
                .contains("EQ-EXERCISE-COST");
        // §8.8: exercising 10,000 options at strike 1 costs $10,000, and its question is the only one left
        assertThat(r.questions()).singleElement().satisfies(q -> {
            assertThat(q.offerId()).isEqualTo("full");
            assertThat(q.question()).isEqualTo(EXERCISE_WINDOW);
            assertThat(q.why()).contains("$10,000");
        });
    }

    @Test
    void rsusAtAStartupAskNothingEvenWithoutTheStartupFacts() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "rsu", "company": "Rsuco", "companyType": "STARTUP", "stage": "LATE_PRE_IPO",
                                "baseSalary": 180000,
                                "equity": { "type": "RSU", "grantValue": 200000 } } ] }
                """);

        assertThat(adviceIds(r, "rsu"))
                .doesNotContain("EQ-ASK-409A", "EQ-ASK-SHARES-OUTSTANDING", "EQ-ASK-LIQUIDATION-PREFS");
        assertThat(r.questions()).isEmpty();
    }

    @Test
    void everyOptionsOfferGetsItsOwnQuestions() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "a", "company": "Aco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 10000, "strikePrice": 1 } },
                              { "id": "b", "company": "Bco", "companyType": "STARTUP", "stage": "GROWTH_B_C",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 10000, "strikePrice": 1, "preferredPrice": 4,
                                            "totalSharesOutstanding": 5000000,
                                            "liquidationPreference": { "multiple": 1, "participating": false } } } ] }
                """);

        // a misses three facts, b only its 409A; each also asks for its exercise window (§8.8)
        assertThat(r.questions()).extracting(QuestionItem::offerId)
                .containsExactlyInAnyOrder("a", "a", "a", "a", "b", "b");
        assertThat(r.questions()).filteredOn(q -> q.offerId().equals("b")).extracting(QuestionItem::question)
                .hasSize(2).anySatisfy(q -> assertThat(q).contains("409A")).contains(EXERCISE_WINDOW);
        assertThat(r.questions()).allSatisfy(q -> assertThat(q.why()).isNotBlank());
    }

    // ---- EQ-VALUE-UNKNOWN ----

    @Test
    void optionsWithNeitherPriceHaveAnUnknownValueCountedAsZero() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 160000, "annualBonusPercent": 10,
                                "equity": { "type": "OPTIONS", "shares": 40000, "strikePrice": 1.25,
                                            "totalSharesOutstanding": 20000000 } } ] }
                """);

        AdviceItem unknown = equityAdvice(r, "EQ-VALUE-UNKNOWN", "seed", 3);
        assertThat(unknown.title()).contains("Seedling", "unknown");
        assertBecauseQuotes(unknown, "$0");

        OfferReport o = offer(r, "seed");
        // §7.4: paper value and risk fields null; the equity counts as 0: 160,000 + 16,000
        assertThat(o.equity().paperValue()).isNull();
        assertThat(o.equity().riskAdjustedLow()).isNull();
        assertThat(o.equity().riskAdjustedHigh()).isNull();
        assertThat(o.equity().riskAdjustedValue()).isNull();
        assertThat(o.riskAdjustedAnnualTotalComp()).isEqualByComparingTo("176000");
        assertThat(o.annualTotalComp()).isEqualByComparingTo("176000");
        // the ownership is still known: 40,000 / 20,000,000 × 100 = 0.20
        assertThat(o.equity().ownershipPercent()).isEqualByComparingTo("0.20");
    }

    @Test
    void anRsuGrantWithNeitherGrantValueNorSharePriceHasAnUnknownValue() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "shares": 1000 } } ] }
                """);

        equityAdvice(r, "EQ-VALUE-UNKNOWN", "acme", 3);
        assertThat(offer(r, "acme").equity().paperValue()).isNull();
        assertThat(offer(r, "acme").riskAdjustedAnnualTotalComp()).isEqualByComparingTo("200000");
    }

    @Test
    void optionsValuedAtThePreferredPriceOrUnderwaterHaveAKnownValue() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "pref", "company": "Prefco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 1000, "strikePrice": 1, "preferredPrice": 3 } },
                              { "id": "under", "company": "Underco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 1000, "strikePrice": 3, "fairMarketValue": 1 } } ] }
                """);

        assertThat(advice(r, "EQ-VALUE-UNKNOWN")).isEmpty();
    }

    // ---- EQ-OWNERSHIP ----

    @Test
    void aKnownShareCountAndSharesOutstandingGiveTheOwnershipPercent() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "late", "company": "Lateco", "companyType": "STARTUP", "stage": "LATE_PRE_IPO",
                                "baseSalary": 200000,
                                "equity": { "type": "OPTIONS", "shares": 30000, "strikePrice": 2, "fairMarketValue": 5,
                                            "totalSharesOutstanding": 12000000 } } ] }
                """);

        AdviceItem ownership = equityAdvice(r, "EQ-OWNERSHIP", "late", 3);
        // 30,000 / 12,000,000 × 100 = 0.25
        assertThat(ownership.title()).contains("Lateco", "0.25%");
        assertBecauseQuotes(ownership, "30,000", "12,000,000");
        assertThat(offer(r, "late").equity().ownershipPercent()).isEqualByComparingTo("0.25");
    }

    @Test
    void theOwnershipPercentIsRoundedToTwoDecimalsHalfUp() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "late", "company": "Lateco", "companyType": "STARTUP", "stage": "LATE_PRE_IPO",
                                "baseSalary": 200000,
                                "equity": { "type": "OPTIONS", "shares": 125, "strikePrice": 2, "fairMarketValue": 5,
                                            "totalSharesOutstanding": 100000 } } ] }
                """);

        // 125 / 100,000 × 100 = 0.125 -> 0.13 (half even would give 0.12)
        assertThat(offer(r, "late").equity().ownershipPercent()).isEqualByComparingTo("0.13");
        assertThat(only(r, "EQ-OWNERSHIP", "late").title()).contains("0.13%");
    }

    @Test
    void withoutTheSharesOutstandingThereIsNoOwnership() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "late", "company": "Lateco", "companyType": "STARTUP", "stage": "LATE_PRE_IPO",
                                "baseSalary": 200000,
                                "equity": { "type": "OPTIONS", "shares": 30000, "strikePrice": 2, "fairMarketValue": 5 } },
                              { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000,
                                "equity": { "type": "RSU", "shares": 1000, "sharePrice": 150 } } ] }
                """);

        assertThat(advice(r, "EQ-OWNERSHIP")).isEmpty();
        assertThat(offer(r, "late").equity().ownershipPercent()).isNull();
        assertThat(offer(r, "goog").equity().ownershipPercent()).isNull();
    }

    /** A seed-stage grant of {@code shares} options out of 10,000,000 shares outstanding. */
    private static AdviceItem seedOwnershipOf(String shares) {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": %s, "strikePrice": 1, "fairMarketValue": 2,
                                            "totalSharesOutstanding": 10000000 } } ] }
                """.formatted(shares));
        return equityAdvice(r, "EQ-OWNERSHIP", "seed", 3);
    }

    @Test
    void aSeedGrantOfPointZeroFivePercentIsBelowTheBand() {
        // 5,000 / 10,000,000 × 100 = 0.05 < 0.1
        AdviceItem ownership = seedOwnershipOf("5000");
        assertThat(ownership.title()).contains("0.05%", "below").doesNotContain("within", "above");
        assertBecauseQuotes(ownership, "5,000", "10,000,000");
        assertBecauseQuotes(ownership, "0.1-0.5%");
    }

    @Test
    void aSeedGrantOfExactlyPointOnePercentIsWithinTheBand() {
        // 10,000 / 10,000,000 × 100 = 0.1, the low end
        assertThat(seedOwnershipOf("10000").title()).contains("0.1", "within").doesNotContain("below", "above");
    }

    @Test
    void aSeedGrantOfExactlyPointFivePercentIsWithinTheBand() {
        // 50,000 / 10,000,000 × 100 = 0.5, the high end
        assertThat(seedOwnershipOf("50000").title()).contains("0.5", "within").doesNotContain("below", "above");
    }

    @Test
    void aSeedGrantOfPointSixPercentIsAboveTheBand() {
        // 60,000 / 10,000,000 × 100 = 0.6 > 0.5
        assertThat(seedOwnershipOf("60000").title()).contains("0.6", "above").doesNotContain("below", "within");
    }

    // ---- EQ-LIQUIDATION-OVERHANG ----

    @Test
    void aPreferenceMultipleAboveOneIsAnOverhangThatChangesNoFigure() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "pref", "company": "Prefco", "companyType": "STARTUP", "stage": "LATE_PRE_IPO",
                                "baseSalary": 200000,
                                "equity": { "type": "OPTIONS", "shares": 10000, "strikePrice": 2, "fairMarketValue": 12,
                                            "totalSharesOutstanding": 10000000,
                                            "liquidationPreference": { "multiple": 1.5, "participating": false,
                                                                       "totalPreferenceAmount": 120000000 } } } ] }
                """);

        AdviceItem overhang = equityAdvice(r, "EQ-LIQUIDATION-OVERHANG", "pref", 3);
        assertThat(overhang.title()).contains("Prefco", "$120M");
        assertBecauseQuotes(overhang, "1.5x", "non-participating", "$120,000,000");
        // P = (12 − 2) × 10,000 = 100,000; the low end of 80-90% is 80,000
        assertThat(overhang.text()).contains("low end", "$80,000");
        assertThat(r.assumptions()).filteredOn(EquityRulesTest::isOverhangAssumption).hasSize(1);
        // §7.7 advisory: MEDIUM still takes the midpoint 85,000; 200,000 + 85,000 / 4 = 221,250
        assertRiskFigures(offer(r, "pref"), 80000, 90000, 85000, 221250);
    }

    @Test
    void aParticipatingPreferenceIsAnOverhangEvenAtOneTimes() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "pref", "company": "Prefco", "companyType": "STARTUP", "stage": "GROWTH_B_C",
                                "baseSalary": 200000,
                                "equity": { "type": "OPTIONS", "shares": 10000, "strikePrice": 2, "fairMarketValue": 12,
                                            "totalSharesOutstanding": 10000000,
                                            "liquidationPreference": { "multiple": 1, "participating": true,
                                                                       "totalPreferenceAmount": 50000000 } } } ] }
                """);

        AdviceItem overhang = equityAdvice(r, "EQ-LIQUIDATION-OVERHANG", "pref", 3);
        assertThat(overhang.title()).contains("$50M");
        assertBecauseQuotes(overhang, "participating", "$50,000,000");
        // GROWTH_B_C low end: 100,000 × 0.70 = 70,000
        assertThat(overhang.text()).contains("$70,000");
        assertThat(r.assumptions()).anyMatch(EquityRulesTest::isOverhangAssumption);
    }

    @Test
    void aNonParticipatingOneTimesPreferenceIsNoOverhang() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "pref", "company": "Prefco", "companyType": "STARTUP", "stage": "LATE_PRE_IPO",
                                "baseSalary": 200000,
                                "equity": { "type": "OPTIONS", "shares": 10000, "strikePrice": 2, "fairMarketValue": 12,
                                            "totalSharesOutstanding": 10000000,
                                            "liquidationPreference": { "multiple": 1, "participating": false,
                                                                       "totalPreferenceAmount": 120000000 } } } ] }
                """);

        assertThat(advice(r, "EQ-LIQUIDATION-OVERHANG")).isEmpty();
        assertThat(r.assumptions()).noneMatch(EquityRulesTest::isOverhangAssumption);
    }

    // ---- EQ-FRONT-LOADED, EQ-BACK-LOADED ----

    @Test
    void aScheduleWhoseFirstYearExceedsItsLastIsFrontLoaded() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "amzn", "company": "Amazon", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000,
                                            "vestingSchedulePercent": [33, 33, 22, 12] } } ] }
                """);

        AdviceItem front = equityAdvice(r, "EQ-FRONT-LOADED", "amzn", 3);
        assertThat(front.title()).contains("Amazon", "front-loaded");
        // year 1: 400,000 × 33% = 132,000; year 4: 400,000 × 12% = 48,000
        assertThat(front.text()).contains("33%", "$132,000", "12%", "$48,000", "refresher");
        assertBecauseQuotes(front, "33/33/22/12", "33%", "12%");
        assertThat(adviceIds(r, "amzn")).doesNotContain("EQ-BACK-LOADED");
    }

    @Test
    void aScheduleWhoseFirstYearIsBelowItsLastIsBackLoadedAndNamesTheSigningBonus() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "back", "company": "Backco", "companyType": "OTHER", "baseSalary": 200000,
                                "signingBonus": 100000,
                                "equity": { "type": "RSU", "grantValue": 400000,
                                            "vestingSchedulePercent": [5, 15, 40, 40] } } ] }
                """);

        AdviceItem back = equityAdvice(r, "EQ-BACK-LOADED", "back", 3);
        // year-1 equity = 400,000 × 5% = 20,000; year 4 = 400,000 × 40% = 160,000
        assertThat(back.title()).contains("Backco", "$20K");
        assertThat(back.text()).contains("$20,000", "$160,000", "signing bonus", "$100,000");
        assertBecauseQuotes(back, "5/15/40/40", "5%", "40%");
        // year one = 200,000 + 20,000 + 100,000 = 320,000; annual = 200,000 + 400,000 / 4 = 300,000
        assertBecauseQuotes(back, "$320,000", "$300,000");
        assertThat(adviceIds(r, "back")).doesNotContain("EQ-FRONT-LOADED");
    }

    @Test
    void anEvenScheduleIsNeitherFrontNorBackLoaded() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "even", "company": "Evenco", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000,
                                            "vestingSchedulePercent": [25, 25, 25, 25] } },
                              { "id": "ends", "company": "Endsco", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000,
                                            "vestingSchedulePercent": [40, 10, 10, 40] } } ] }
                """);

        // §7.7: only the first and last percentages are compared
        assertThat(advice(r, "EQ-FRONT-LOADED")).isEmpty();
        assertThat(advice(r, "EQ-BACK-LOADED")).isEmpty();
    }

    @Test
    void yearByYearTotalsOfEvenFrontAndBackLoadedSchedulesWithALargeSigningBonusAreExactToTheUnit() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "even", "company": "Evenco", "companyType": "OTHER", "baseSalary": 180000,
                                "annualBonusPercent": 10, "signingBonus": 75000,
                                "equity": { "type": "RSU", "grantValue": 301010,
                                            "vestingSchedulePercent": [25, 25, 25, 25] } },
                              { "id": "front", "company": "Frontco", "companyType": "OTHER", "baseSalary": 180000,
                                "annualBonusPercent": 10, "signingBonus": 75000,
                                "equity": { "type": "RSU", "grantValue": 301010,
                                            "vestingSchedulePercent": [33, 33, 22, 12] } },
                              { "id": "back", "company": "Backco", "companyType": "OTHER", "baseSalary": 180000,
                                "annualBonusPercent": 10, "signingBonus": 75000,
                                "equity": { "type": "RSU", "grantValue": 301010,
                                            "vestingSchedulePercent": [5, 15, 40, 40] } } ] }
                """);
        // base 180,000 + bonus 18,000 = 198,000 every year; annual TC = 198,000 + 301,010 / 4 = 273,252.5 -> 273,253

        OfferReport even = offer(r, "even");
        // 301,010 × 25% = 75,252.5 -> 75,253; year 1: 198,000 + 75,252.5 + 75,000 = 348,252.5 -> 348,253
        assertRow(even.yearByYear().get(0), 1, 180000, 18000, 75253, 75000, 348253);
        assertRow(even.yearByYear().get(1), 2, 180000, 18000, 75253, 0, 273253);
        assertRow(even.yearByYear().get(2), 3, 180000, 18000, 75253, 0, 273253);
        assertRow(even.yearByYear().get(3), 4, 180000, 18000, 75253, 0, 273253);
        assertThat(even.yearOneTotalComp()).isEqualByComparingTo("348253");
        assertThat(even.annualTotalComp()).isEqualByComparingTo("273253");

        OfferReport front = offer(r, "front");
        // × 33% = 99,333.3; × 22% = 66,222.2; × 12% = 36,121.2
        assertRow(front.yearByYear().get(0), 1, 180000, 18000, 99333, 75000, 372333);
        assertRow(front.yearByYear().get(1), 2, 180000, 18000, 99333, 0, 297333);
        assertRow(front.yearByYear().get(2), 3, 180000, 18000, 66222, 0, 264222);
        assertRow(front.yearByYear().get(3), 4, 180000, 18000, 36121, 0, 234121);
        assertThat(front.yearOneTotalComp()).isEqualByComparingTo("372333");
        assertThat(front.annualTotalComp()).isEqualByComparingTo("273253");

        OfferReport back = offer(r, "back");
        // × 5% = 15,050.5 -> 15,051; × 15% = 45,151.5 -> 45,152; × 40% = 120,404
        // year 1: 198,000 + 15,050.5 + 75,000 = 288,050.5 -> 288,051; year 2: 243,151.5 -> 243,152
        assertRow(back.yearByYear().get(0), 1, 180000, 18000, 15051, 75000, 288051);
        assertRow(back.yearByYear().get(1), 2, 180000, 18000, 45152, 0, 243152);
        assertRow(back.yearByYear().get(2), 3, 180000, 18000, 120404, 0, 318404);
        assertRow(back.yearByYear().get(3), 4, 180000, 18000, 120404, 0, 318404);
        assertThat(back.yearOneTotalComp()).isEqualByComparingTo("288051");
        assertThat(back.annualTotalComp()).isEqualByComparingTo("273253");

        AdviceItem backLoaded = only(r, "EQ-BACK-LOADED", "back");
        assertThat(backLoaded.title()).contains("$15K");
        assertThat(backLoaded.text()).contains("$15,051", "$75,000");
        assertBecauseQuotes(backLoaded, "$288,051", "$273,253");
        assertThat(only(r, "EQ-FRONT-LOADED", "front").text()).contains("$99,333", "$36,121");
        assertThat(adviceIds(r, "even")).doesNotContain("EQ-FRONT-LOADED", "EQ-BACK-LOADED");
    }

    // ---- EQ-CLIFF ----

    @Test
    void aTwelveMonthCliffIsNamed() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000, "cliffMonths": 12 } } ] }
                """);

        AdviceItem cliff = equityAdvice(r, "EQ-CLIFF", "acme", 3);
        assertThat(cliff.title()).contains("Acme", "month 12");
        assertBecauseQuotes(cliff, "12");
        assertThat(r.assumptions()).noneMatch(EquityRulesTest::isLongCliffAssumption);
    }

    @Test
    void anElevenMonthCliffIsNotNamed() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000, "cliffMonths": 11 } } ] }
                """);

        assertThat(advice(r, "EQ-CLIFF")).isEmpty();
    }

    @Test
    void anAllCashOfferHasNoCliff() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "cash", "company": "Cashco", "companyType": "OTHER", "baseSalary": 200000 } ] }
                """);

        assertThat(advice(r, "EQ-CLIFF")).isEmpty();
    }

    @Test
    void aCliffOverTwelveMonthsIsNamedAndAddsTheLongCliffAssumption() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000, "cliffMonths": 13 } } ] }
                """);

        assertThat(equityAdvice(r, "EQ-CLIFF", "acme", 3).title()).contains("month 13");
        assertThat(r.assumptions()).filteredOn(EquityRulesTest::isLongCliffAssumption).hasSize(1);
        // year 1's 100,000 moves to year 2 (§2 assumption)
        assertRow(offer(r, "acme").yearByYear().get(0), 1, 200000, 0, 0, 0, 200000);
        assertRow(offer(r, "acme").yearByYear().get(1), 2, 200000, 0, 200000, 0, 400000);
    }

    // ---- EQ-ALL-CASH ----

    @Test
    void anAllCashFaangOfferNeedsNoDiscount() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 300000, "annualBonusPercent": 15 } ] }
                """);

        AdviceItem cash = equityAdvice(r, "EQ-ALL-CASH", "goog", 3);
        assertThat(cash.title()).contains("Google");
        // 300,000 + 45,000 = 345,000
        assertThat(cash.text()).contains("$345,000");
        assertBecauseQuotes(cash, "FAANG");
    }

    @Test
    void anAllCashHighGrowthOfferNeedsNoDiscount() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "strp", "company": "Stripe", "companyType": "HIGH_GROWTH", "level": "L5",
                                "baseSalary": 250000, "equity": { "type": "NONE" } } ] }
                """);

        AdviceItem cash = equityAdvice(r, "EQ-ALL-CASH", "strp", 3);
        assertThat(cash.title()).contains("Stripe");
        assertThat(cash.text()).contains("$250,000");
        assertBecauseQuotes(cash, "HIGH_GROWTH");
    }

    @Test
    void allCashOffersFromOtherCompaniesAndStartupsGetNoAllCashAdvice() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "other", "company": "Otherco", "companyType": "OTHER", "baseSalary": 250000 },
                              { "id": "startup", "company": "Startco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000 } ] }
                """);

        assertThat(advice(r, "EQ-ALL-CASH")).isEmpty();
    }

    @Test
    void aFaangOfferWithEquityIsNotAllCash() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000 } } ] }
                """);

        assertThat(advice(r, "EQ-ALL-CASH")).isEmpty();
    }

    @Test
    void netflixInAnyCaseGetsTheAllCashAdviceEvenWithEquity() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "nflx", "company": "nETFLIX", "companyType": "OTHER", "level": "L5",
                                "baseSalary": 450000,
                                "equity": { "type": "RSU", "grantValue": 100000 } } ] }
                """);

        AdviceItem cash = equityAdvice(r, "EQ-ALL-CASH", "nflx", 3);
        assertThat(cash.title()).containsIgnoringCase("Netflix");
        // the Netflix senior band: $400K-$500K+
        assertThat(cash.text()).contains("$400K-$500K+");
        assertBecauseQuotes(cash, "$400,000", "$500,000");
    }

    @Test
    void anAllCashNetflixOfferGetsTheAllCashAdviceOnce() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "nflx", "company": "Netflix", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 450000 } ] }
                """);

        AdviceItem cash = equityAdvice(r, "EQ-ALL-CASH", "nflx", 3);
        assertThat(cash.text()).contains("$400K-$500K+", "$450,000");
    }

    // ---- risk-adjusted figures by stage and risk tolerance (§2) ----

    /**
     * The same 250,000 RSU grant on a 150,000 base with a 10% bonus at each stage; paper annual TC
     * 150,000 + 15,000 + 250,000 / 4 = 227,500 everywhere.
     */
    private static Report theSameGrantAtEveryStage(String candidate) {
        return advise("""
                { "candidate": %s,
                  "offers": [ { "id": "public", "company": "Pubco", "companyType": "OTHER",
                                "baseSalary": 150000, "annualBonusPercent": 10,
                                "equity": { "type": "RSU", "grantValue": 250000 } },
                              { "id": "late", "company": "Lateco", "companyType": "STARTUP", "stage": "LATE_PRE_IPO",
                                "baseSalary": 150000, "annualBonusPercent": 10,
                                "equity": { "type": "RSU", "grantValue": 250000 } },
                              { "id": "growth", "company": "Growco", "companyType": "STARTUP", "stage": "GROWTH_B_C",
                                "baseSalary": 150000, "annualBonusPercent": 10,
                                "equity": { "type": "RSU", "grantValue": 250000 } },
                              { "id": "seed", "company": "Seedco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000, "annualBonusPercent": 10,
                                "equity": { "type": "RSU", "grantValue": 250000 } } ] }
                """.formatted(candidate));
    }

    @Test
    void lowRiskToleranceValuesEachStageAtTheLowEnd() {
        Report r = theSameGrantAtEveryStage("""
                { "level": "L5", "riskTolerance": "LOW" }""");

        // PUBLIC 1.00: 250,000; 165,000 + 62,500 = 227,500
        assertRiskFigures(offer(r, "public"), 250000, 250000, 250000, 227500);
        // LATE 0.80-0.90: 200,000-225,000; 165,000 + 200,000 / 4 = 215,000
        assertRiskFigures(offer(r, "late"), 200000, 225000, 200000, 215000);
        // GROWTH 0.70-0.80: 175,000-200,000; 165,000 + 43,750 = 208,750
        assertRiskFigures(offer(r, "growth"), 175000, 200000, 175000, 208750);
        // SEED 0.50-0.70: 125,000-175,000; 165,000 + 31,250 = 196,250
        assertRiskFigures(offer(r, "seed"), 125000, 175000, 125000, 196250);
        assertThat(r.offers()).allSatisfy(o -> assertThat(o.annualTotalComp()).isEqualByComparingTo("227500"));
    }

    @Test
    void mediumRiskToleranceValuesEachStageAtTheMidpoint() {
        Report r = theSameGrantAtEveryStage("""
                { "level": "L5", "riskTolerance": "MEDIUM" }""");

        assertRiskFigures(offer(r, "public"), 250000, 250000, 250000, 227500);
        // LATE midpoint 212,500; 165,000 + 53,125 = 218,125
        assertRiskFigures(offer(r, "late"), 200000, 225000, 212500, 218125);
        // GROWTH midpoint 187,500; 165,000 + 46,875 = 211,875
        assertRiskFigures(offer(r, "growth"), 175000, 200000, 187500, 211875);
        // SEED midpoint 150,000; 165,000 + 37,500 = 202,500
        assertRiskFigures(offer(r, "seed"), 125000, 175000, 150000, 202500);
    }

    @Test
    void highRiskToleranceValuesEachStageAtTheHighEnd() {
        Report r = theSameGrantAtEveryStage("""
                { "level": "L5", "riskTolerance": "HIGH" }""");

        assertRiskFigures(offer(r, "public"), 250000, 250000, 250000, 227500);
        // LATE 225,000; 165,000 + 56,250 = 221,250
        assertRiskFigures(offer(r, "late"), 200000, 225000, 225000, 221250);
        // GROWTH 200,000; 165,000 + 50,000 = 215,000
        assertRiskFigures(offer(r, "growth"), 175000, 200000, 200000, 215000);
        // SEED 175,000; 165,000 + 43,750 = 208,750
        assertRiskFigures(offer(r, "seed"), 125000, 175000, 175000, 208750);
    }

    @Test
    void withoutARiskToleranceTheMidpointIsUsed() {
        Report r = theSameGrantAtEveryStage("""
                { "level": "L5" }""");

        assertRiskFigures(offer(r, "public"), 250000, 250000, 250000, 227500);
        assertRiskFigures(offer(r, "late"), 200000, 225000, 212500, 218125);
        assertRiskFigures(offer(r, "growth"), 175000, 200000, 187500, 211875);
        assertRiskFigures(offer(r, "seed"), 125000, 175000, 150000, 202500);
        assertThat(only(r, "EQ-STAGE-DISCOUNT", "seed").because())
                .anySatisfy(line -> assertThat(line).contains("MEDIUM", "midpoint", "$150,000"));
    }

    @Test
    void riskAdjustedFiguresAreRoundedHalfUpOnlyForOutput() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "RSU", "grantValue": 123457 } } ] }
                """);

        // low 123,457 × 0.5 = 61,728.5 -> 61,729; high × 0.7 = 86,419.9 -> 86,420;
        // midpoint (61,728.5 + 86,419.9) / 2 = 74,074.2 -> 74,074; 150,000 + 74,074.2 / 4 = 168,518.55 -> 168,519
        assertRiskFigures(offer(r, "seed"), 61729, 86420, 74074, 168519);
    }

    @Test
    void riskAdjustedAnnualTotalCompSpreadsTheValueOverTheVestingYears() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "growth", "company": "Growco", "companyType": "STARTUP", "stage": "GROWTH_B_C",
                                "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 300000, "vestingYears": 3,
                                            "vestingSchedulePercent": [40, 30, 30] } } ] }
                """);

        // 210,000-240,000, midpoint 225,000; 200,000 + 225,000 / 3 = 275,000
        assertRiskFigures(offer(r, "growth"), 210000, 240000, 225000, 275000);
    }

    @Test
    void anAllCashOfferHasZeroRiskAdjustedEquity() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "cash", "company": "Cashco", "companyType": "OTHER", "baseSalary": 200000,
                                "annualBonusPercent": 10 } ] }
                """);

        // P = 0 is known: 0 at both ends; 200,000 + 20,000
        assertRiskFigures(offer(r, "cash"), 0, 0, 0, 220000);
    }

    // ---- assumptions ----

    @Test
    void theGrowthStageAssumptionAppearsOnceWhenAGrowthStageOfferHasPositivePaperValue() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "g1", "company": "Growco", "companyType": "STARTUP", "stage": "GROWTH_B_C",
                                "baseSalary": 180000,
                                "equity": { "type": "RSU", "grantValue": 200000 } },
                              { "id": "g2", "company": "Growmore", "companyType": "STARTUP", "stage": "GROWTH_B_C",
                                "baseSalary": 180000,
                                "equity": { "type": "RSU", "grantValue": 100000 } } ] }
                """);

        assertThat(r.assumptions()).filteredOn(EquityRulesTest::isGrowthStageAssumption).hasSize(1);
    }

    @Test
    void theGrowthStageAssumptionIsAbsentWithoutAGrowthStageOfferOfPositivePaperValue() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "cash", "company": "Cashco", "companyType": "STARTUP", "stage": "GROWTH_B_C",
                                "baseSalary": 180000 },
                              { "id": "under", "company": "Underco", "companyType": "STARTUP", "stage": "GROWTH_B_C",
                                "baseSalary": 180000,
                                "equity": { "type": "OPTIONS", "shares": 1000, "strikePrice": 3, "fairMarketValue": 1,
                                            "totalSharesOutstanding": 1000000,
                                            "liquidationPreference": { "multiple": 1, "participating": false } } },
                              { "id": "unknown", "company": "Unknownco", "companyType": "STARTUP", "stage": "GROWTH_B_C",
                                "baseSalary": 180000,
                                "equity": { "type": "OPTIONS", "shares": 1000, "strikePrice": 3 } },
                              { "id": "late", "company": "Lateco", "companyType": "STARTUP", "stage": "LATE_PRE_IPO",
                                "baseSalary": 180000,
                                "equity": { "type": "RSU", "grantValue": 200000 } } ] }
                """);

        assertThat(r.assumptions()).noneMatch(EquityRulesTest::isGrowthStageAssumption);
    }
}
