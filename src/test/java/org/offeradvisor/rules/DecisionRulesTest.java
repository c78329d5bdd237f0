package org.offeradvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offeradvisor.Reports.advice;
import static org.offeradvisor.Reports.offer;
import static org.offeradvisor.Reports.only;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.report.AdviceItem;
import org.offeradvisor.report.OfferReport;
import org.offeradvisor.report.Report;

/**
 * The decision knowledge of KNOWLEDGE.md §4 (DEC-MATRIX, DEC-MISSING-SCORES, DEC-REGRET, DEC-CLOSE-CALL) with
 * the priorities of §5 and the precise semantics of §7.2, §7.3 and §7.8, as rules/decision.drl applies them.
 * Every matrix is worked out by hand; the arithmetic is written next to it. All-cash OTHER offers keep the
 * risk-adjusted annual TC equal to the base salary, so the total-compensation factor is easy to follow.
 */
class DecisionRulesTest {

    /** The factors of the matrix, in the guide's listed order. */
    private static final List<String> FACTORS = List.of("totalComp", "teamAndManager", "technicalChallenges",
            "careerGrowth", "workLifeBalance", "companyTrajectory", "locationFlexibility");

    private static Report advise(String json) {
        return Advisors.shipped().advise(json);
    }

    /** The one advice item of a kind for the whole case, checked to be DECISION advice of priority 2 (§5). */
    private static AdviceItem decisionAdvice(Report r, String adviceId) {
        AdviceItem a = only(r, adviceId, null);
        assertThat(a.category()).as("category of %s", adviceId).isEqualTo("DECISION");
        assertThat(a.priority()).as("priority of %s", adviceId).isEqualTo(2);
        assertThat(a.title()).as("title of %s", adviceId).isNotBlank();
        assertThat(a.rule()).as("rule of %s", adviceId).isNotBlank();
        assertThat(a.source()).as("source of %s", adviceId).isNotBlank();
        assertThat(a.because()).as("because of %s", adviceId).isNotEmpty();
        return a;
    }

    /** Everything an advice item says, in lower case. */
    private static String wording(AdviceItem a) {
        return (a.title() + "\n" + a.text() + "\n" + String.join("\n", a.because())).toLowerCase(Locale.ROOT);
    }

    /** The DEC-* kinds in the report. */
    private static List<String> decisionKinds(Report r) {
        return r.advice().stream().map(AdviceItem::id).filter(id -> id.startsWith("DEC-")).toList();
    }

    private static void assertPlace(Report r, String offerId, String score, int rank) {
        OfferReport.Decision d = offer(r, offerId).decision();
        assertThat(d).as("decision of %s", offerId).isNotNull();
        assertThat(d.score()).as("score of %s", offerId).isEqualByComparingTo(score);
        assertThat(d.rank()).as("rank of %s", offerId).isEqualTo(rank);
    }

    /** The offer's factor values, in the order of {@link #FACTORS}. */
    private static void assertFactors(Report r, String offerId, String... values) {
        OfferReport.Decision d = offer(r, offerId).decision();
        assertThat(d.factors()).as("factors of %s", offerId).containsOnlyKeys(FACTORS);
        for (int i = 0; i < FACTORS.size(); i++) {
            assertThat(d.factors().get(FACTORS.get(i))).as("%s of %s", FACTORS.get(i), offerId)
                    .isEqualByComparingTo(values[i]);
        }
    }

    /** The report's matrix weights, in the order of {@link #FACTORS}. */
    private static void assertWeights(Report r, int... weights) {
        assertThat(r.decisionMatrix()).as("decisionMatrix").isNotNull();
        assertThat(r.decisionMatrix().factors()).extracting(Report.Factor::key).containsExactlyElementsOf(FACTORS);
        for (int i = 0; i < FACTORS.size(); i++) {
            assertThat(r.decisionMatrix().factors().get(i).weight()).as("weight of %s", FACTORS.get(i))
                    .isEqualByComparingTo(BigDecimal.valueOf(weights[i]));
        }
    }

    private static boolean isCloseCallAssumption(String assumption) {
        return assumption.toLowerCase(Locale.ROOT).contains("close call");
    }

    /**
     * Alpha (200,000, learning 9) and Beta (160,000, learning 6), both fully scored; {@code situation} is
     * spliced into the case.
     */
    private static Report alphaAndBeta(String situation) {
        return advise("""
                { "candidate": { "level": "L5" }, %s
                  "offers": [ { "id": "alpha", "company": "Alpha", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "teamAndManager": 4, "technicalChallenges": 5, "careerGrowth": 4,
                                            "workLifeBalance": 3, "companyTrajectory": 4, "locationFlexibility": 3 } },
                              { "id": "beta", "company": "Beta", "companyType": "OTHER", "baseSalary": 160000,
                                "scores": { "teamAndManager": 5, "technicalChallenges": 3, "careerGrowth": 3,
                                            "workLifeBalance": 5, "companyTrajectory": 3, "locationFlexibility": 5 } } ] }
                """.formatted(situation));
    }

    /** Weights that put Beta first: TC 10, team 40, technical 10, growth 10, balance 20, trajectory 5, location 5. */
    private static final String TEAM_HEAVY_WEIGHTS = """
            "situation": { "weights": { "totalComp": 10, "teamAndManager": 40, "technicalChallenges": 10,
                                        "careerGrowth": 10, "workLifeBalance": 20, "companyTrajectory": 5,
                                        "locationFlexibility": 5 } },""";

    // ---- DEC-MATRIX ----

    @Test
    void twoFullyScoredOffersAreWeighedWithTheGuidesWeights() {
        Report r = alphaAndBeta("");

        AdviceItem matrix = decisionAdvice(r, "DEC-MATRIX");
        assertWeights(r, 25, 20, 15, 15, 10, 10, 5);
        // TC factor: Alpha 5 × 200,000 / 200,000 = 5.0; Beta 5 × 160,000 / 200,000 = 4.0
        assertFactors(r, "alpha", "5.0", "4", "5", "4", "3", "4", "3");
        assertFactors(r, "beta", "4.0", "5", "3", "3", "5", "3", "5");
        // Alpha (25×5 + 20×4 + 15×5 + 15×4 + 10×3 + 10×4 + 5×3) / 100 = 425 / 100 = 4.25
        assertPlace(r, "alpha", "4.25", 1);
        // Beta (25×4 + 20×5 + 15×3 + 15×3 + 10×5 + 10×3 + 5×5) / 100 = 395 / 100 = 3.95
        assertPlace(r, "beta", "3.95", 2);
        assertThat(offer(r, "alpha").decision().missing()).isEmpty();
        assertThat(offer(r, "beta").decision().missing()).isEmpty();
        assertThat(matrix.because()).anySatisfy(line -> assertThat(line).contains("Alpha", "4.25"));
        assertThat(matrix.because()).anySatisfy(line -> assertThat(line).contains("Beta", "3.95"));
    }

    @Test
    void theCasesOwnWeightsReplaceTheGuides() {
        Report r = alphaAndBeta(TEAM_HEAVY_WEIGHTS);

        decisionAdvice(r, "DEC-MATRIX");
        assertWeights(r, 10, 40, 10, 10, 20, 5, 5);
        // Alpha (10×5 + 40×4 + 10×5 + 10×4 + 20×3 + 5×4 + 5×3) / 100 = 395 / 100 = 3.95
        assertPlace(r, "alpha", "3.95", 2);
        // Beta (10×4 + 40×5 + 10×3 + 10×3 + 20×5 + 5×3 + 5×5) / 100 = 440 / 100 = 4.40
        assertPlace(r, "beta", "4.40", 1);
    }

    @Test
    void threeOffersMakeOneMatrix() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "one", "company": "One", "companyType": "OTHER", "baseSalary": 200000 },
                              { "id": "two", "company": "Two", "companyType": "OTHER", "baseSalary": 180000 },
                              { "id": "three", "company": "Three", "companyType": "OTHER", "baseSalary": 160000 } ] }
                """);

        assertThat(advice(r, "DEC-MATRIX")).hasSize(1);
        assertThat(r.offers()).allSatisfy(o -> assertThat(o.decision()).as("decision of %s", o.id()).isNotNull());
        assertThat(r.offers()).extracting(o -> o.decision().rank()).containsExactly(1, 2, 3);
    }

    @Test
    void aSingleOfferHasNoMatrixEvenWithWeightsAndScores() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "weights": { "totalComp": 10, "teamAndManager": 40, "technicalChallenges": 10,
                                              "careerGrowth": 10, "workLifeBalance": 20, "companyTrajectory": 5,
                                              "locationFlexibility": 5 } },
                  "offers": [ { "id": "solo", "company": "Solo", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "teamAndManager": 4 } } ] }
                """);

        assertThat(offer(r, "solo").decision()).isNull();
        assertThat(OfferAdvisor.toJson(r)).containsPattern("\"decision\"\\s*:\\s*null");
        assertThat(decisionKinds(r)).isEmpty();
    }

    @Test
    void aCaseWithoutOffersHasNoMatrix() {
        Report r = advise("""
                { "candidate": { "level": "L5" }, "offers": [] }
                """);

        assertThat(r.offers()).isEmpty();
        assertThat(decisionKinds(r)).isEmpty();
    }

    // ---- the total-compensation factor ----

    @Test
    void theTotalCompFactorComparesRiskAdjustedTotalComp() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "late", "company": "Lateco", "companyType": "STARTUP", "stage": "LATE_PRE_IPO",
                                "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000 } },
                              { "id": "public", "company": "Publico", "companyType": "OTHER", "baseSalary": 300000 } ] }
                """);

        // both pay 300,000 a year on paper; risk-adjusted, Lateco is 200,000 + 400,000 × 0.85 / 4 = 285,000
        assertThat(offer(r, "late").annualTotalComp()).isEqualByComparingTo("300000");
        assertThat(offer(r, "late").riskAdjustedAnnualTotalComp()).isEqualByComparingTo("285000");
        // 5 × 285,000 / 300,000 = 4.75 -> 4.8; (25×4.8 + 75×3) / 100 = 345 / 100 = 3.45
        assertFactors(r, "late", "4.8", "3", "3", "3", "3", "3", "3");
        assertPlace(r, "late", "3.45", 2);
        assertFactors(r, "public", "5.0", "3", "3", "3", "3", "3", "3");
        assertPlace(r, "public", "3.50", 1);
    }

    @Test
    void equityOfUnknownValueCountsZeroInTheTotalCompFactor() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 10000, "strikePrice": 1 } },
                              { "id": "cash", "company": "Cashco", "companyType": "OTHER", "baseSalary": 200000 } ] }
                """);

        // §7.4: no FMV and no preferred price, so the options count 0: 5 × 150,000 / 200,000 = 3.75 -> 3.8
        assertFactors(r, "seed", "3.8", "3", "3", "3", "3", "3", "3");
        // (25×3.8 + 75×3) / 100 = 320 / 100 = 3.20
        assertPlace(r, "seed", "3.20", 2);
        assertPlace(r, "cash", "3.50", 1);
    }

    @Test
    void theTotalCompFactorIsRoundedToOneDecimalBeforeItIsWeighted() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "top", "company": "Topco", "companyType": "OTHER", "baseSalary": 300000 },
                              { "id": "next", "company": "Nextco", "companyType": "OTHER", "baseSalary": 250000 } ] }
                """);

        // 5 × 250,000 / 300,000 = 4.1666… -> 4.2
        assertFactors(r, "next", "4.2", "3", "3", "3", "3", "3", "3");
        // (25×4.2 + 75×3) / 100 = 330 / 100 = 3.30; weighting the unrounded 4.1666… would give 3.29
        assertPlace(r, "next", "3.30", 2);
        assertPlace(r, "top", "3.50", 1);
    }

    @Test
    void halvesRoundUpInTheFactorAndInTheScore() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "top", "company": "Topco", "companyType": "OTHER", "baseSalary": 200000 },
                              { "id": "mid", "company": "Midco", "companyType": "OTHER", "baseSalary": 170000 } ] }
                """);

        // 5 × 170,000 / 200,000 = 4.25 -> 4.3 (half up)
        assertFactors(r, "mid", "4.3", "3", "3", "3", "3", "3", "3");
        // (25×4.3 + 75×3) / 100 = 332.5 / 100 = 3.325 -> 3.33 (half up); the unrounded 4.25 would give 3.31
        assertPlace(r, "mid", "3.33", 2);
    }

    @Test
    void aVeryLowOfferIsClampedToOne() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "big", "company": "Bigco", "companyType": "OTHER", "baseSalary": 500000 },
                              { "id": "small", "company": "Smallco", "companyType": "OTHER", "baseSalary": 60000 },
                              { "id": "floor", "company": "Floorco", "companyType": "OTHER", "baseSalary": 100000 } ] }
                """);

        // 5 × 60,000 / 500,000 = 0.6 -> clamped to 1.0; 5 × 100,000 / 500,000 = 1.0 exactly
        assertFactors(r, "small", "1.0", "3", "3", "3", "3", "3", "3");
        assertFactors(r, "floor", "1.0", "3", "3", "3", "3", "3", "3");
        // (25×1 + 75×3) / 100 = 2.50 for both (unclamped, Smallco would score 2.40); Bigco (125 + 225) / 100 = 3.50
        assertPlace(r, "big", "3.50", 1);
        // the tie goes to the higher risk-adjusted TC: Floorco before Smallco, although Smallco comes first
        assertPlace(r, "floor", "2.50", 2);
        assertPlace(r, "small", "2.50", 3);
    }

    // ---- missing factors ----

    /** Alpha scores only its team, Beta nothing, Gamma every factor. */
    private static Report partlyScored() {
        return advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "alpha", "company": "Alpha", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "teamAndManager": 5 } },
                              { "id": "beta", "company": "Beta", "companyType": "OTHER", "baseSalary": 100000 },
                              { "id": "gamma", "company": "Gamma", "companyType": "OTHER", "baseSalary": 100000,
                                "scores": { "teamAndManager": 2, "technicalChallenges": 2, "careerGrowth": 2,
                                            "workLifeBalance": 2, "companyTrajectory": 2, "locationFlexibility": 2 } } ] }
                """);
    }

    @Test
    void aMissingFactorCountsThreeAndIsReportedAsMissing() {
        Report r = partlyScored();

        assertFactors(r, "alpha", "5.0", "5", "3", "3", "3", "3", "3");
        assertThat(offer(r, "alpha").decision().missing()).containsExactlyInAnyOrder(
                "technicalChallenges", "careerGrowth", "workLifeBalance", "companyTrajectory", "locationFlexibility");
        // 5 × 100,000 / 200,000 = 2.5
        assertFactors(r, "beta", "2.5", "3", "3", "3", "3", "3", "3");
        assertThat(offer(r, "beta").decision().missing()).containsExactlyInAnyOrder(
                "teamAndManager", "technicalChallenges", "careerGrowth", "workLifeBalance", "companyTrajectory",
                "locationFlexibility");
        assertFactors(r, "gamma", "2.5", "2", "2", "2", "2", "2", "2");
        assertThat(offer(r, "gamma").decision().missing()).isEmpty();
        // Alpha (25×5 + 20×5 + 55×3) / 100 = 390 / 100 = 3.90
        assertPlace(r, "alpha", "3.90", 1);
        // Beta (25×2.5 + 75×3) / 100 = 287.5 / 100 = 2.875 -> 2.88
        assertPlace(r, "beta", "2.88", 2);
        // Gamma (25×2.5 + 75×2) / 100 = 212.5 / 100 = 2.125 -> 2.13
        assertPlace(r, "gamma", "2.13", 3);
    }

    @Test
    void missingScoresAreNamedOnceByOfferAndFactor() {
        Report r = partlyScored();

        AdviceItem missing = decisionAdvice(r, "DEC-MISSING-SCORES");
        assertThat(missing.title() + " " + missing.text()).contains("3");
        assertThat(missing.because()).anySatisfy(line -> {
            String l = line.toLowerCase(Locale.ROOT);
            assertThat(l).contains("alpha", "technical challenges", "career growth", "work-life balance",
                    "company trajectory", "location");
            assertThat(l).doesNotContain("team");
        });
        assertThat(missing.because()).anySatisfy(line -> assertThat(line.toLowerCase(Locale.ROOT)).contains("beta",
                "team", "technical challenges", "career growth", "work-life balance", "company trajectory", "location"));
        assertThat(wording(missing)).doesNotContain("gamma");
    }

    @Test
    void noMissingScoresAdviceWhenEveryOfferScoresEveryFactor() {
        Report r = alphaAndBeta("");

        assertThat(advice(r, "DEC-MISSING-SCORES")).isEmpty();
    }

    // ---- ranking ----

    @Test
    void anExactTieGoesToTheHigherRiskAdjustedTotalComp() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "lean", "company": "Leanco", "companyType": "OTHER", "baseSalary": 160000,
                                "scores": { "teamAndManager": 4, "locationFlexibility": 4 } },
                              { "id": "rich", "company": "Richco", "companyType": "OTHER", "baseSalary": 200000 } ] }
                """);

        // Leanco (25×4.0 + 20×4 + 15×3 + 15×3 + 10×3 + 10×3 + 5×4) / 100 = 350 / 100 = 3.50
        // Richco (25×5.0 + 75×3) / 100 = 350 / 100 = 3.50: Richco pays more, so it ranks first though listed second
        assertPlace(r, "rich", "3.50", 1);
        assertPlace(r, "lean", "3.50", 2);
    }

    @Test
    void anExactTieWithEqualTotalCompGoesToInputOrder() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "zeta", "company": "Zeta", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "teamAndManager": 4 } },
                              { "id": "alpha", "company": "Alpha", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "teamAndManager": 4 } } ] }
                """);

        // both (25×5 + 20×4 + 55×3) / 100 = 3.70 on 200,000: the first listed ranks first
        assertPlace(r, "zeta", "3.70", 1);
        assertPlace(r, "alpha", "3.70", 2);
    }

    @Test
    void ranksUseTheRoundedScore() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "weights": { "totalComp": 18, "teamAndManager": 22, "technicalChallenges": 15,
                                              "careerGrowth": 15, "workLifeBalance": 10, "companyTrajectory": 10,
                                              "locationFlexibility": 10 } },
                  "offers": [ { "id": "lean", "company": "Leanco", "companyType": "OTHER", "baseSalary": 150000,
                                "scores": { "teamAndManager": 4 } },
                              { "id": "rich", "company": "Richco", "companyType": "OTHER", "baseSalary": 200000 } ] }
                """);

        // Leanco: 5 × 150,000 / 200,000 = 3.75 -> 3.8; (18×3.8 + 22×4 + 60×3) / 100 = 336.4 / 100 = 3.364 -> 3.36
        // Richco: (18×5 + 22×3 + 60×3) / 100 = 336 / 100 = 3.36
        // equal rounded scores, so Richco's higher TC wins although Leanco's unrounded score is higher
        assertFactors(r, "lean", "3.8", "4", "3", "3", "3", "3", "3");
        assertPlace(r, "rich", "3.36", 1);
        assertPlace(r, "lean", "3.36", 2);
    }

    // ---- DEC-REGRET ----

    @Test
    void regretIsRaisedWhenTheOfferWithTheMostLearningIsNotFirst() {
        Report r = alphaAndBeta(TEAM_HEAVY_WEIGHTS);

        // learning (technical + growth): Alpha 5 + 4 = 9, Beta 3 + 3 = 6; Beta is rank 1 with these weights
        AdviceItem regret = decisionAdvice(r, "DEC-REGRET");
        assertThat(wording(regret)).contains("alpha", "beta");
    }

    @Test
    void noRegretWhenTheFirstOfferHasTheMostLearning() {
        Report r = alphaAndBeta("");

        // Alpha is rank 1 and has the most learning (9 against 6)
        assertThat(advice(r, "DEC-REGRET")).isEmpty();
    }

    @Test
    void aLearningTieGoesToTheBetterRankSoNoRegret() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "bright", "company": "Brightco", "companyType": "OTHER", "baseSalary": 160000,
                                "scores": { "technicalChallenges": 4, "careerGrowth": 4 } },
                              { "id": "ample", "company": "Ampleco", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "technicalChallenges": 4, "careerGrowth": 4 } } ] }
                """);

        // both learn 4 + 4 = 8; Ampleco (25×5 + 20×3 + 15×4 + 15×4 + 25×3) / 100 = 3.80 is rank 1,
        // Brightco (25×4 + 60 + 60 + 60 + 75) / 100 = 3.55 rank 2 though listed first
        assertPlace(r, "ample", "3.80", 1);
        assertPlace(r, "bright", "3.55", 2);
        assertThat(advice(r, "DEC-REGRET")).isEmpty();
    }

    @Test
    void amongEqualLearnersTheBetterRankedOneIsNamed() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "zephyr", "company": "Zephyr", "companyType": "OTHER", "baseSalary": 160000,
                                "scores": { "teamAndManager": 1, "technicalChallenges": 4, "careerGrowth": 5 } },
                              { "id": "xylo", "company": "Xylo", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "teamAndManager": 5 } },
                              { "id": "yonder", "company": "Yonder", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "teamAndManager": 1, "technicalChallenges": 5, "careerGrowth": 4 } } ] }
                """);

        // Xylo (125 + 20×5 + 15×3 + 15×3 + 25×3) / 100 = 3.90, learning 3 + 3 = 6
        // Yonder (125 + 20×1 + 15×5 + 15×4 + 25×3) / 100 = 3.55, learning 9
        // Zephyr (25×4.0 + 20×1 + 15×4 + 15×5 + 25×3) / 100 = 3.30, learning 9
        assertPlace(r, "xylo", "3.90", 1);
        assertPlace(r, "yonder", "3.55", 2);
        assertPlace(r, "zephyr", "3.30", 3);
        String regret = wording(decisionAdvice(r, "DEC-REGRET"));
        assertThat(regret).contains("yonder", "xylo").doesNotContain("zephyr");
    }

    @Test
    void unscoredLearningCountsThree() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "pike", "company": "Pike", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "teamAndManager": 5, "technicalChallenges": 2, "careerGrowth": 2,
                                            "workLifeBalance": 5, "companyTrajectory": 5, "locationFlexibility": 5 } },
                              { "id": "quill", "company": "Quill", "companyType": "OTHER", "baseSalary": 200000 } ] }
                """);

        // Pike (125 + 100 + 30 + 30 + 50 + 50 + 25) / 100 = 4.10, learning 2 + 2 = 4
        // Quill (125 + 225) / 100 = 3.50, learning 3 + 3 = 6 (unscored counts 3)
        assertPlace(r, "pike", "4.10", 1);
        assertPlace(r, "quill", "3.50", 2);
        assertThat(wording(decisionAdvice(r, "DEC-REGRET"))).contains("quill", "pike");
    }

    // ---- DEC-CLOSE-CALL ----

    @Test
    void aGapOfExactlyPointTwentyIsACloseCallThatNoWeightMoveFlips() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "weights": { "totalComp": 25, "teamAndManager": 20, "technicalChallenges": 15,
                                              "careerGrowth": 15, "workLifeBalance": 10, "companyTrajectory": 10,
                                              "locationFlexibility": 5 } },
                  "offers": [ { "id": "arden", "company": "Arden", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "teamAndManager": 4 } },
                              { "id": "bexley", "company": "Bexley", "companyType": "OTHER", "baseSalary": 200000 } ] }
                """);

        // Arden (125 + 20×4 + 55×3) / 100 = 3.70; Bexley (125 + 225) / 100 = 3.50; 3.70 − 3.50 = 0.20
        assertPlace(r, "arden", "3.70", 1);
        assertPlace(r, "bexley", "3.50", 2);
        AdviceItem close = decisionAdvice(r, "DEC-CLOSE-CALL");
        assertThat(close.source()).isEqualTo("assumption");
        // they differ only in the team (4 against 3): moving 5 points leaves the gap at 0.15, 0.20 or 0.25
        assertThat(close.title() + " " + close.text())
                .containsPattern("(?i)\\b(no|none|not)\\b[^.]*\\b(flip|flips|reverse|reverses|change|changes)\\b");
        assertThat(r.assumptions()).filteredOn(DecisionRulesTest::isCloseCallAssumption).hasSize(1);
    }

    @Test
    void aGapOfPointTwentyOneIsNotACloseCall() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "weights": { "totalComp": 25, "teamAndManager": 21, "technicalChallenges": 14,
                                              "careerGrowth": 15, "workLifeBalance": 10, "companyTrajectory": 10,
                                              "locationFlexibility": 5 } },
                  "offers": [ { "id": "arden", "company": "Arden", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "teamAndManager": 4 } },
                              { "id": "bexley", "company": "Bexley", "companyType": "OTHER", "baseSalary": 200000 } ] }
                """);

        // Arden (125 + 21×4 + 14×3 + 15×3 + 30 + 30 + 15) / 100 = 3.71; Bexley (125 + 21×3 + 42 + 45 + 75) / 100 = 3.50
        assertPlace(r, "arden", "3.71", 1);
        assertPlace(r, "bexley", "3.50", 2);
        assertThat(advice(r, "DEC-CLOSE-CALL")).isEmpty();
        assertThat(r.assumptions()).noneMatch(DecisionRulesTest::isCloseCallAssumption);
    }

    @Test
    void aCloseCallNamesTheFirstWeightMoveThatFlipsTheTopTwo() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "arden", "company": "Arden", "companyType": "OTHER", "baseSalary": 160000,
                                "scores": { "technicalChallenges": 5, "careerGrowth": 4 } },
                              { "id": "bexley", "company": "Bexley", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "workLifeBalance": 4 } } ] }
                """);

        // Arden (25×4.0 + 20×3 + 15×5 + 15×4 + 10×3 + 10×3 + 5×3) / 100 = 370 / 100 = 3.70
        // Bexley (25×5.0 + 20×3 + 15×3 + 15×3 + 10×4 + 10×3 + 5×3) / 100 = 360 / 100 = 3.60; gap 0.10
        assertPlace(r, "arden", "3.70", 1);
        assertPlace(r, "bexley", "3.60", 2);
        // Arden − Bexley by factor: TC −1, team 0, technical +2, growth +1, balance −1, trajectory 0, location 0.
        // Moving 5 points from F to T changes the gap (in points) from 10 by 5 × (diff T − diff F):
        //   from TC (−1): to team 15, technical 25, growth 20, balance 10, trajectory 15, location 15: no flip
        //   from team (0): to TC 5, technical 20, growth 15, balance 5, trajectory 10, location 10: no flip
        //   from technical (+2) to TC: 10 + 5 × (−1 − 2) = −5: Bexley 3.70 against Arden 3.65, the first flip
        AdviceItem close = decisionAdvice(r, "DEC-CLOSE-CALL");
        assertThat(close.text()).containsPattern("(?i)from (the )?technical challenges\\b.*\\bto (the )?total comp");
        assertThat(r.assumptions()).filteredOn(DecisionRulesTest::isCloseCallAssumption).hasSize(1);
    }

    @Test
    void aCloseCallComparesTheRoundedScores() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "weights": { "totalComp": 21, "teamAndManager": 13, "technicalChallenges": 15,
                                              "careerGrowth": 15, "workLifeBalance": 10, "companyTrajectory": 10,
                                              "locationFlexibility": 16 } },
                  "offers": [ { "id": "arden", "company": "Arden", "companyType": "OTHER", "baseSalary": 165000,
                                "scores": { "teamAndManager": 4 } },
                              { "id": "bexley", "company": "Bexley", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "teamAndManager": 1 } } ] }
                """);

        // Arden: 5 × 165,000 / 200,000 = 4.125 -> 4.1; (21×4.1 + 13×4 + 66×3) / 100 = 336.1 / 100 = 3.361 -> 3.36
        // Bexley: (21×5 + 13×1 + 66×3) / 100 = 316 / 100 = 3.16
        // rounded, 3.36 − 3.16 = 0.20 is a close call (unrounded the gap is 0.201)
        assertPlace(r, "arden", "3.36", 1);
        assertPlace(r, "bexley", "3.16", 2);
        decisionAdvice(r, "DEC-CLOSE-CALL");
    }

    @Test
    void aClearWinnerIsNoCloseCall() {
        Report r = alphaAndBeta("");

        // 4.25 − 3.95 = 0.30
        assertThat(advice(r, "DEC-CLOSE-CALL")).isEmpty();
        assertThat(r.assumptions()).noneMatch(DecisionRulesTest::isCloseCallAssumption);
    }

    // ---- the preferred offer (§7.2) ----

    @Test
    void withoutAPreferredOfferTheMatrixFirstChoiceUsesTheCompetingOffer() {
        Report r = alphaAndBeta(TEAM_HEAVY_WEIGHTS);

        // Beta is rank 1 (4.40) though listed second, and Alpha pays more (200,000 against 160,000)
        assertPlace(r, "beta", "4.40", 1);
        AdviceItem competing = only(r, "NEG-COMPETING-OFFER", "beta");
        // §7.9: Beta's best scores tie at 5 (team, balance, location): the team, listed first, is the reason
        assertThat(competing.script()).contains("$200K", "another company", "because of the team");
        assertThat(advice(r, "NEG-COMPETING-OFFER")).hasSize(1);
    }

    @Test
    void aNamedPreferredOfferTakesPrecedenceOverTheMatrix() {
        Report r = alphaAndBeta("""
                "situation": { "preferredOfferId": "alpha",
                               "weights": { "totalComp": 10, "teamAndManager": 40, "technicalChallenges": 10,
                                            "careerGrowth": 10, "workLifeBalance": 20, "companyTrajectory": 5,
                                            "locationFlexibility": 5 } },""");

        // Alpha pays the most, so no offer competes with it
        assertPlace(r, "beta", "4.40", 1);
        assertThat(advice(r, "NEG-COMPETING-OFFER")).isEmpty();
    }

    // ---- the text report ----

    @Test
    void theTextReportShowsTheMatrixWithWeightsValuesScoresAndRanks() {
        Report r = alphaAndBeta("");

        String text = OfferAdvisor.toText(r);
        assertThat(text).containsIgnoringCase("decision matrix");
        List<String> lines = text.lines().toList();
        int header = indexOf(lines, 0, l -> l.contains("Alpha") && l.contains("Beta")
                && l.toLowerCase(Locale.ROOT).contains("weight"));
        assertThat(header).as("a table header with the weight column and both offers").isNotNegative();
        boolean alphaFirst = lines.get(header).indexOf("Alpha") < lines.get(header).indexOf("Beta");

        String[][] expected = {
                {"25", "5.0", "4.0"}, {"20", "4", "5"}, {"15", "5", "3"}, {"15", "4", "3"},
                {"10", "3", "5"}, {"10", "4", "3"}, {"5", "3", "5"}};
        for (int i = 0; i < FACTORS.size(); i++) {
            String name = r.decisionMatrix().factors().get(i).name();
            int at = indexOf(lines, header, l -> l.trim().startsWith(name));
            assertThat(at).as("a row for %s", name).isNotNegative();
            List<String> cells = numbers(lines.get(at).trim().substring(name.length()));
            String alpha = expected[i][1];
            String beta = expected[i][2];
            assertThat(cells).as("row of %s", name).hasSize(3);
            assertNumbers(cells, expected[i][0], alphaFirst ? alpha : beta, alphaFirst ? beta : alpha);
        }
        int scores = indexOf(lines, header, l -> l.toLowerCase(Locale.ROOT).contains("score"));
        assertThat(scores).as("a row of weighted scores").isNotNegative();
        assertNumbers(numbers(lines.get(scores)), alphaFirst ? "4.25" : "3.95", alphaFirst ? "3.95" : "4.25");
        int ranks = indexOf(lines, header, l -> l.toLowerCase(Locale.ROOT).contains("rank"));
        assertThat(ranks).as("a row of ranks").isNotNegative();
        assertNumbers(numbers(lines.get(ranks)), alphaFirst ? "1" : "2", alphaFirst ? "2" : "1");
    }

    private static int indexOf(List<String> lines, int from, java.util.function.Predicate<String> test) {
        for (int i = from; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The numbers in a line of the table, in order (markers such as # or * dropped). */
    private static List<String> numbers(String line) {
        List<String> found = new ArrayList<>();
        Arrays.stream(line.split("\\s+")).map(t -> t.replaceAll("[^0-9.]", ""))
                .filter(t -> t.matches("\\d+(\\.\\d+)?")).forEach(found::add);
        return found;
    }

    private static void assertNumbers(List<String> cells, String... expected) {
        assertThat(cells).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(new BigDecimal(cells.get(i))).as("cell %d of %s", i, cells).isEqualByComparingTo(expected[i]);
        }
    }
}
