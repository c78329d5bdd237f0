package org.offeradvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offeradvisor.Reports.advice;
import static org.offeradvisor.Reports.adviceIds;
import static org.offeradvisor.Reports.offer;
import static org.offeradvisor.Reports.only;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.report.AdviceItem;
import org.offeradvisor.report.OfferReport;
import org.offeradvisor.report.Report;

/**
 * The negotiation knowledge of KNOWLEDGE.md: the NEG-* advice of §4 with the priorities of §5, the scripts
 * of §6 and the precise semantics of §7, as rules/negotiation.drl applies them. Every expected number is
 * worked out by hand from the specification; the arithmetic is written next to it.
 */
class NegotiationRulesTest {

    // ---- the scripts of §6, filled in by the tests ----

    private static final String STEP_1 = "I'd prefer to focus on the value I can bring to this role. I'm looking for "
            + "a total compensation package that's competitive for a %s backend engineer in %s.";
    private static final String STEP_2 = "I'm flexible on compensation and more focused on the right team and "
            + "technical challenges. I'd love to hear what range you have budgeted for this role.";
    private static final String STEP_4_MARKET_DATA = "Thank you for the offer — I'm genuinely excited about the role "
            + "and the team. Based on my research of market data, I was expecting a total compensation closer to %s. "
            + "Would you be able to adjust the %s to bridge that gap?";
    private static final String STEP_4_COMPETING = "Thank you for the offer — I'm genuinely excited about the role "
            + "and the team. Based on my research and competing offers, I was expecting a total compensation closer "
            + "to %s. Would you be able to adjust the %s to bridge that gap?";
    private static final String STEP_5 = "I have a competing offer at %s TC from %s. I'd prefer to join your team "
            + "because of %s. Is there room to match or get closer?";

    private static final Path EXAMPLES = Path.of("facts-examples");

    private static Report advise(String json) {
        return Advisors.shipped().advise(json);
    }

    /** The one advice item of a kind about an offer, checked to be NEGOTIATION advice of the §5 priority. */
    private static AdviceItem negotiationAdvice(Report r, String adviceId, String offerId, int priority) {
        AdviceItem a = only(r, adviceId, offerId);
        assertThat(a.category()).as("category of %s", adviceId).isEqualTo("NEGOTIATION");
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

    /** The counter package of an offer, each amount checked to the thousand (equity shares separately). */
    private static OfferReport.Counter assertCounter(Report r, String offerId, long target, long equityIncrease,
                                                     long baseIncrease, long signingBonus) {
        OfferReport.Counter c = offer(r, offerId).counter();
        assertThat(c).as("counter of %s", offerId).isNotNull();
        assertThat(c.targetTotalComp()).as("counter target of %s", offerId)
                .isEqualByComparingTo(BigDecimal.valueOf(target));
        assertThat(c.equityIncrease()).as("equityIncrease of %s", offerId)
                .isEqualByComparingTo(BigDecimal.valueOf(equityIncrease));
        assertThat(c.baseIncrease()).as("baseIncrease of %s", offerId)
                .isEqualByComparingTo(BigDecimal.valueOf(baseIncrease));
        assertThat(c.signingBonus()).as("signingBonus of %s", offerId)
                .isEqualByComparingTo(BigDecimal.valueOf(signingBonus));
        return c;
    }

    /** NEG-COUNTER about the offer, with its script citing market data only and naming {@code component}. */
    private static AdviceItem assertMarketDataCounter(Report r, String offerId, String target, String component) {
        AdviceItem counter = negotiationAdvice(r, "NEG-COUNTER", offerId, 1);
        assertThat(counter.title()).contains(target);
        assertThat(counter.script()).isEqualTo(STEP_4_MARKET_DATA.formatted(target, component));
        assertThat(counter.script()).doesNotContainIgnoringCase("competing");
        return counter;
    }

    // =====================================================================================================
    // NEG-COUNTER: the counter target T, from each of its three sources (§4)
    // =====================================================================================================

    @Test
    void theCounterTargetIsTheCandidatesOwnTargetWhenGivenEvenWhereABandExists() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 320000 },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000, "equity": { "type": "RSU", "grantValue": 400000 } } ] }
                """);

        // annual TC 200,000 + 400,000 / 4 = 300,000 < T 320,000 (the FAANG L5 band would give 465,000)
        // G = 20,000; equity min(0.35 × 400,000 = 140,000, 20,000 × 4 = 80,000) = 80,000, 20,000 a year
        // base min(20,000, 0 left) = 0; signing: nothing left, nothing forfeited -> 0
        assertCounter(r, "goog", 320000, 80000, 0, 0);
        AdviceItem counter = assertMarketDataCounter(r, "goog", "$320K", "equity");
        assertBecauseQuotes(counter, "$320,000");
        assertBecauseQuotes(counter, "$300,000", "$320,000");
    }

    @Test
    void theCounterTargetInATcBandIsThreeQuartersUpTheBandRoundedHalfUpToFiveThousand() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000, "equity": { "type": "RSU", "grantValue": 400000 } } ] }
                """);

        // FAANG L5 350,000-500,000: 350,000 + 0.75 × 150,000 = 462,500, × (1 + 0 / 100), a half: up to 465,000
        AdviceItem counter = assertMarketDataCounter(r, "goog", "$465K", "signing bonus");
        assertBecauseQuotes(counter, "$462,500", "$465,000");
        // annual TC 300,000; G = 165,000
        // equity min(0.35 × 400,000 = 140,000, 165,000 × 4) = 140,000, 35,000 a year; 130,000 left
        // base min(0.10 × 200,000 = 20,000, 130,000) = 20,000 (base band top 250,000 leaves room 50,000); 110,000 left
        // signing 110,000 + 0 forfeited, clamped to 100,000 -> the largest first-year part: the signing bonus
        OfferReport.Counter c = assertCounter(r, "goog", 465000, 140000, 20000, 100000);
        assertThat(c.equityShares()).as("RSUs have no option count").isNull();
    }

    @Test
    void theBandTargetOfALateStageStartupAlsoRoundsItsHalfUp() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "late", "company": "Lateco", "companyType": "STARTUP", "stage": "LATE_PRE_IPO",
                                "baseSalary": 200000 } ] }
                """);

        // LATE_PRE_IPO 270,000-400,000: 270,000 + 0.75 × 130,000 = 367,500 -> 370,000
        assertThat(offer(r, "late").counter().targetTotalComp()).isEqualByComparingTo("370000");
        assertThat(only(r, "NEG-COUNTER", "late").title()).contains("$370K");
    }

    @Test
    void theSpecializationPremiumRaisesTheBandTargetBeforeItIsRounded() {
        Report r = advise("""
                { "candidate": { "level": "L5", "specialization": "DISTRIBUTED_SYSTEMS" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000, "equity": { "type": "RSU", "grantValue": 400000 } } ] }
                """);

        // 462,500 × (1 + 15 / 100) = 531,875 -> nearest 5,000: 530,000 (rounded, not raised)
        assertThat(offer(r, "goog").counter().targetTotalComp()).isEqualByComparingTo("530000");
        AdviceItem counter = negotiationAdvice(r, "NEG-COUNTER", "goog", 1);
        assertThat(counter.title()).contains("$530K");
        assertBecauseQuotes(counter, "$531,875", "$530,000");
    }

    @Test
    void withoutABandTheTargetOfAnOtherCompanyIsTenPercentAboveTheOfferRoundedHalfUp() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "level": "L5",
                                "baseSalary": 225000 } ] }
                """);

        // no band: 225,000 × 1.10 = 247,500, a half: up to 250,000; G = 25,000
        // no equity; base min(22,500, 25,000) = 22,500 (no base band); 2,500 left
        // signing 2,500 clamped up to 10,000; base (22,500) names the script
        assertCounter(r, "acme", 250000, 0, 23000, 10000); // 22,500 reported to the thousand, half up
        AdviceItem counter = assertMarketDataCounter(r, "acme", "$250K", "base salary");
        assertBecauseQuotes(counter, "$247,500", "$250,000");
    }

    @Test
    void withoutATcBandTheTargetOfASeedStartupIsTenPercentAboveTheOffer() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 40000, "strikePrice": 1.25,
                                            "fairMarketValue": 6.50 } } ] }
                """);

        // P = (6.50 − 1.25) × 40,000 = 210,000; annual TC 150,000 + 52,500 = 202,500
        // SEED_A has no TC band: 202,500 × 1.10 = 222,750 -> 225,000; G = 22,500
        // equity min(0.35 × 210,000 = 73,500, 22,500 × 4 = 90,000) = 73,500, 18,375 a year; 4,125 left
        // in options at the FMV spread 5.25: 73,500 / 5.25 = 14,000
        // base min(15,000, 4,125) = 4,125 (SEED_A base band top 160,000 leaves 10,000); nothing left -> signing 0
        OfferReport.Counter c = assertCounter(r, "seed", 225000, 74000, 4000, 0);
        assertThat(c.equityShares()).isEqualByComparingTo("14000");
        AdviceItem counter = assertMarketDataCounter(r, "seed", "$225K", "equity");
        assertBecauseQuotes(counter, "$222,750", "$225,000");
    }

    @Test
    void withoutALevelAFaangOfferHasNoBandAndTheTargetIsTenPercentAboveTheOffer() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "baseSalary": 180000 } ] }
                """);

        // 180,000 × 1.10 = 198,000 -> 200,000; G = 20,000
        // all cash: no equity; base min(18,000, 20,000) = 18,000 (no band, no cap); 2,000 left -> signing 10,000
        assertCounter(r, "goog", 200000, 0, 18000, 10000);
        assertMarketDataCounter(r, "goog", "$200K", "base salary");
    }

    // =====================================================================================================
    // NEG-COUNTER: the counter package, equity first, then base, then signing (§4, §7.6)
    // =====================================================================================================

    @Test
    void theEquityAskIsCappedAtTheGapTimesTheVestingYears() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 320000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 300000, "vestingYears": 3,
                                            "vestingSchedulePercent": [40, 30, 30] } } ] }
                """);

        // annual TC 200,000 + 300,000 / 3 = 300,000; G = 20,000
        // equity min(0.35 × 300,000 = 105,000, 20,000 × 3 years = 60,000) = 60,000: the whole gap
        assertCounter(r, "acme", 320000, 60000, 0, 0);
        assertMarketDataCounter(r, "acme", "$320K", "equity");
    }

    @Test
    void anOptionsAskIsCountedInSharesAtTheFairMarketValueSpreadNotThePreferredPrice() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 20000, "strikePrice": 0.50,
                                            "fairMarketValue": 2.00, "preferredPrice": 6.00 } } ] }
                """);

        // P at the 409A = (2.00 − 0.50) × 20,000 = 30,000; annual TC 150,000 + 7,500 = 157,500
        // T = 157,500 × 1.10 = 173,250 -> 175,000; G = 17,500
        // equity min(10,500, 70,000) = 10,500, 2,625 a year; shares 10,500 / 1.50 = 7,000 (not / 5.50)
        // base min(15,000, 14,875) capped at the SEED_A base top 160,000: 10,000; 4,875 left -> signing 10,000
        OfferReport.Counter c = assertCounter(r, "seed", 175000, 11000, 10000, 10000);
        assertThat(c.equityShares()).isEqualByComparingTo("7000");
        assertMarketDataCounter(r, "seed", "$175K", "base salary");
    }

    @Test
    void anOptionsAskIsCountedInSharesAtThePreferredPriceWhenTheFairMarketValueIsMissing() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 40000, "strikePrice": 1.25,
                                            "preferredPrice": 4.00 } } ] }
                """);

        // P = (4.00 − 1.25) × 40,000 = 110,000; annual TC 150,000 + 27,500 = 177,500
        // T = 177,500 × 1.10 = 195,250 -> 195,000; G = 17,500
        // equity min(38,500, 70,000) = 38,500, 9,625 a year; 7,875 left; shares 38,500 / 2.75 = 14,000
        // base min(15,000, 7,875) = 7,875; nothing left -> signing 0; equity (9,625) names the script
        OfferReport.Counter c = assertCounter(r, "seed", 195000, 39000, 8000, 0);
        assertThat(c.equityShares()).isEqualByComparingTo("14000");
        assertMarketDataCounter(r, "seed", "$195K", "equity");
    }

    @Test
    void anOptionsAskHasNoShareCountWhenTheSpreadIsNotPositive() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 40000, "strikePrice": 1.25,
                                            "fairMarketValue": 1.25 } } ] }
                """);

        // P = max(0, 1.25 − 1.25) × 40,000 = 0; annual TC 150,000; T = 165,000; G = 15,000
        // equity 0.35 × 0 = 0, no shares; base min(15,000, 15,000) capped at the SEED_A base top 160,000: 10,000
        // 5,000 left -> signing clamped up to 10,000; base and signing tie at 10,000: base names the script
        OfferReport.Counter c = assertCounter(r, "seed", 165000, 0, 10000, 10000);
        assertThat(c.equityShares()).isNull();
        assertMarketDataCounter(r, "seed", "$165K", "base salary");
    }

    @Test
    void equityOfUnknownValueGetsNoEquityAsk() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 200000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 150000,
                                "equity": { "type": "OPTIONS", "shares": 10000, "strikePrice": 1 } } ] }
                """);

        // no FMV, no preferred price: P unknown, counted as 0; annual TC 150,000; G = 50,000
        // no equity ask; base min(15,000, 50,000) = 15,000; signing 35,000 names the script
        OfferReport.Counter c = assertCounter(r, "acme", 200000, 0, 15000, 35000);
        assertThat(c.equityShares()).isNull();
        assertMarketDataCounter(r, "acme", "$200K", "signing bonus");
    }

    @Test
    void anAllCashOfferGetsNoEquityAsk() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 300000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000 } ] }
                """);

        // G = 100,000; no equity; base 20,000; signing 80,000 names the script
        OfferReport.Counter c = assertCounter(r, "acme", 300000, 0, 20000, 80000);
        assertThat(c.equityShares()).isNull();
        assertMarketDataCounter(r, "acme", "$300K", "signing bonus");
    }

    @Test
    void theBaseAskOfAFaangOfferNearTheTopOfItsBaseBandIsCappedAtTheTop() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 245000, "equity": { "type": "RSU", "grantValue": 200000 } } ] }
                """);

        // annual TC 245,000 + 50,000 = 295,000; T 465,000; G = 170,000
        // equity min(70,000, 680,000) = 70,000, 17,500 a year; 152,500 left
        // base min(24,500, 152,500) = 24,500, capped at the FAANG L5 base top 250,000: 5,000; 147,500 left
        // signing clamped to 100,000
        assertCounter(r, "goog", 465000, 70000, 5000, 100000);
        assertBecauseQuotes(only(r, "NEG-COUNTER", "goog"), "$250,000");
    }

    @Test
    void theBaseAskOfAHighGrowthOfferIsNotCappedAsItsBandHasNoBase() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "hg", "company": "Rocket", "companyType": "HIGH_GROWTH", "level": "L5",
                                "baseSalary": 380000 } ] }
                """);

        // HIGH_GROWTH L5 300,000-450,000: 300,000 + 112,500 = 412,500 -> 415,000; G = 35,000
        // all cash; base min(38,000, 35,000) = 35,000, uncapped (a base of 415,000); nothing left -> signing 0
        assertCounter(r, "hg", 415000, 0, 35000, 0);
        assertMarketDataCounter(r, "hg", "$415K", "base salary");
    }

    @Test
    void theSigningAskCoversTheUnvestedEquityForfeitedEvenWhenNoGapIsLeft() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 320000, "unvestedEquityForfeited": 50000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000 } } ] }
                """);

        // G = 20,000 closed by 80,000 of equity (20,000 a year); base 0; signing 0 left + 50,000 forfeited = 50,000
        assertCounter(r, "acme", 320000, 80000, 0, 50000);
        assertMarketDataCounter(r, "acme", "$320K", "signing bonus");
    }

    @Test
    void aTinySigningRemainderIsClampedUpToTenThousand() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 222000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000 } ] }
                """);

        // G = 22,000; base 20,000; 2,000 left -> signing clamped up to 10,000; base names the script
        assertCounter(r, "acme", 222000, 0, 20000, 10000);
        assertMarketDataCounter(r, "acme", "$222K", "base salary");
    }

    @Test
    void anEquityAskAndABaseAskOfTheSameFirstYearValueNameEquity() {
        Report r = advise("""
                { "candidate": { "level": "L6", "targetTotalComp": 570000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 400000,
                                "equity": { "type": "RSU", "grantValue": 400000 } } ] }
                """);

        // annual TC 500,000; G = 70,000; equity 140,000, 35,000 a year; base min(40,000, 35,000) = 35,000: a tie
        assertCounter(r, "acme", 570000, 140000, 35000, 0);
        assertMarketDataCounter(r, "acme", "$570K", "equity");
    }

    @Test
    void anEquityAskAndASigningAskOfTheSameFirstYearValueNameEquity() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 320000, "unvestedEquityForfeited": 20000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 400000 } } ] }
                """);

        // equity 80,000, 20,000 a year; base 0; signing 0 + 20,000 forfeited = 20,000: a tie with equity
        assertCounter(r, "acme", 320000, 80000, 0, 20000);
        assertMarketDataCounter(r, "acme", "$320K", "equity");
    }

    @Test
    void aBaseAskAndASigningAskOfTheSameValueNameTheBaseSalary() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 120000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 100000 } ] }
                """);

        // G = 20,000; base 10,000; signing 10,000 left: a tie
        assertCounter(r, "acme", 120000, 0, 10000, 10000);
        assertMarketDataCounter(r, "acme", "$120K", "base salary");
    }

    @Test
    void anOfferAQuarterBelowItsTargetIsStillCounteredAsTheComparisonIsUnrounded() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 225000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 99999 } } ] }
                """);

        // annual TC 200,000 + 99,999 / 4 = 224,999.75 < 225,000 (§7.1), although it reports as 225,000
        assertThat(adviceIds(r, "acme")).contains("NEG-COUNTER").doesNotContain("NEG-STRONG-OFFER");
        // G = 0.25: equity min(34,999.65, 1) = 1, which reports as 0 to the thousand
        assertCounter(r, "acme", 225000, 0, 0, 0);
    }

    @Test
    void aCounterIsNotMadeForAnOfferAtOrAboveTarget() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 300000 },
                  "offers": [ { "id": "at", "company": "Atco", "companyType": "OTHER", "baseSalary": 300000 },
                              { "id": "above", "company": "Aboveco", "companyType": "OTHER", "baseSalary": 300001 } ] }
                """);

        assertThat(advice(r, "NEG-COUNTER")).isEmpty();
        assertThat(offer(r, "at").counter()).isNull();
        assertThat(offer(r, "above").counter()).isNull();
    }

    // =====================================================================================================
    // NEG-STRONG-OFFER
    // =====================================================================================================

    @Test
    void anOfferExactlyAtItsBandTargetIsAStrongOffer() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 215000, "equity": { "type": "RSU", "grantValue": 1000000 } } ] }
                """);

        // annual TC 215,000 + 250,000 = 465,000 = T: equality counts as at target
        AdviceItem strong = negotiationAdvice(r, "NEG-STRONG-OFFER", "goog", 3);
        assertThat(strong.text()).contains("$465,000").contains("signing bonus", "start date").containsIgnoringCase("overplay");
        assertBecauseQuotes(strong, "$465,000");
        assertThat(adviceIds(r, "goog")).doesNotContain("NEG-COUNTER");
        assertThat(offer(r, "goog").counter()).isNull();
    }

    @Test
    void anOfferAboveTheCandidatesTargetIsAStrongOffer() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 300000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 350000 } ] }
                """);

        AdviceItem strong = negotiationAdvice(r, "NEG-STRONG-OFFER", "acme", 3);
        assertThat(strong.text()).contains("$350,000", "$300,000");
        assertThat(offer(r, "acme").counter()).isNull();
    }

    @Test
    void anOfferOneDollarBelowTargetIsNotAStrongOffer() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 300000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 299999 } ] }
                """);

        assertThat(advice(r, "NEG-STRONG-OFFER")).isEmpty();
        assertThat(adviceIds(r, "acme")).contains("NEG-COUNTER");
        assertThat(offer(r, "acme").counter()).isNotNull();
    }

    // =====================================================================================================
    // NEG-COUNTER: the honesty rule
    // =====================================================================================================

    @Test
    void aCounterCitesCompetingOffersOnlyWhenAnotherOfferPaysMore() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 300000 },
                  "situation": { "preferredOfferId": "high" },
                  "offers": [ { "id": "low", "company": "Lowco", "companyType": "OTHER", "baseSalary": 200000 },
                              { "id": "high", "company": "Highco", "companyType": "OTHER", "baseSalary": 250000 } ] }
                """);

        // low: G = 100,000: base 20,000, signing 80,000 (named); Highco pays more, so it may cite competing offers
        assertCounter(r, "low", 300000, 0, 20000, 80000);
        AdviceItem low = negotiationAdvice(r, "NEG-COUNTER", "low", 1);
        assertThat(low.script()).isEqualTo(STEP_4_COMPETING.formatted("$300K", "signing bonus"));
        // high: G = 50,000: base 25,000, signing 25,000 (a tie: base); no offer pays more
        assertCounter(r, "high", 300000, 0, 25000, 25000);
        assertMarketDataCounter(r, "high", "$300K", "base salary");
    }

    @Test
    void anotherOfferPayingTheSameIsNoCompetingOfferToCite() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 300000 },
                  "offers": [ { "id": "one", "company": "Oneco", "companyType": "OTHER", "baseSalary": 200000 },
                              { "id": "two", "company": "Twoco", "companyType": "OTHER", "baseSalary": 200000 } ] }
                """);

        assertMarketDataCounter(r, "one", "$300K", "signing bonus");
        assertMarketDataCounter(r, "two", "$300K", "signing bonus");
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void noExampleScriptMentionsCompetingOffersUnlessAnotherOfferPaysMore(Path example) {
        Report r = Advisors.shipped().advise(example);
        Map<String, BigDecimal> annual = r.offers().stream()
                .collect(Collectors.toMap(OfferReport::id, OfferReport::annualTotalComp));
        for (AdviceItem a : r.advice()) {
            if (a.script() == null) {
                continue;
            }
            boolean higherExists = a.offerId() != null && annual.entrySet().stream()
                    .anyMatch(e -> !e.getKey().equals(a.offerId()) && e.getValue().compareTo(annual.get(a.offerId())) > 0);
            if (!higherExists) {
                assertThat(a.script()).as("%s script about %s", a.id(), a.offerId()).doesNotContainIgnoringCase("competing");
            }
            if (a.id().equals("NEG-COUNTER")) {
                assertThat(a.script()).as("NEG-COUNTER script about %s", a.offerId())
                        .contains(higherExists ? "Based on my research and competing offers"
                                : "Based on my research of market data");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void noExampleScriptContainsTheCurrentTotalCompInAnyFormat(Path example) throws IOException {
        Matcher m = Pattern.compile("\"currentTotalComp\"\\s*:\\s*([0-9.]+)").matcher(Files.readString(example));
        if (!m.find()) {
            return;
        }
        List<String> forms = moneyForms(new BigDecimal(m.group(1)));
        Report r = Advisors.shipped().advise(example);
        for (AdviceItem a : r.advice()) {
            if (a.script() != null) {
                assertThat(a.script()).as("%s script about %s against currentTotalComp %s", a.id(), a.offerId(),
                        m.group(1)).doesNotContain(forms);
            }
        }
    }

    @Test
    void noScriptContainsTheCurrentTotalCompEvenWhenTheRecruiterAskedForIt() {
        Report r = advise("""
                { "candidate": { "level": "L5", "currentTotalComp": 312000, "market": "Denver" },
                  "situation": { "askedForCurrentSalary": true, "askedForExpectations": true },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000, "equity": { "type": "RSU", "grantValue": 400000 } },
                              { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 250000 } ] }
                """);

        List<String> forms = moneyForms(new BigDecimal("312000"));
        assertThat(r.advice().stream().filter(a -> a.script() != null).toList()).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(a -> assertThat(a.script()).doesNotContain(forms));
    }

    /** How an amount could show in a script: 312000, 312,000, $312K, $0.31M (and $1.25M for 1,250,000). */
    private static List<String> moneyForms(BigDecimal amount) {
        BigDecimal whole = amount.setScale(0, RoundingMode.HALF_UP);
        List<String> forms = new ArrayList<>();
        forms.add(whole.toPlainString());
        forms.add(String.format(java.util.Locale.ROOT, "%,d", whole.longValueExact()));
        forms.add("$" + whole.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).toPlainString() + "K");
        BigDecimal millions = whole.divide(BigDecimal.valueOf(1_000_000), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        forms.add("$" + millions.toPlainString() + "M");
        return forms;
    }

    // =====================================================================================================
    // NEG-COMPETING-OFFER
    // =====================================================================================================

    @Test
    void thePreferredOfferThatPaysLessUsesTheCompetingOfferInTheStepFiveScript() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "preferredOfferId": "small" },
                  "offers": [ { "id": "small", "company": "Smallco", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "teamAndManager": 5 } },
                              { "id": "big", "company": "Bigco", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000, "equity": { "type": "RSU", "grantValue": 600000 } } ] }
                """);

        // Bigco: 200,000 + 600,000 / 4 = 350,000 > 200,000; Smallco's best factor is the team (5; others count 3)
        AdviceItem competing = negotiationAdvice(r, "NEG-COMPETING-OFFER", "small", 1);
        assertThat(competing.script()).isEqualTo(STEP_5.formatted("$350K", "a FAANG company", "the team"));
        assertThat(competing.text()).containsIgnoringCase("never lie");
        assertThat(advice(r, "NEG-COMPETING-OFFER")).hasSize(1);
    }

    @Test
    void theCompetingOfferNamedIsTheHighestPayingOtherOffer() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "preferredOfferId": "pref" },
                  "offers": [ { "id": "pref", "company": "Prefco", "companyType": "OTHER", "baseSalary": 100000 },
                              { "id": "mid", "company": "Midco", "companyType": "HIGH_GROWTH", "baseSalary": 200000 },
                              { "id": "top", "company": "Topco", "companyType": "OTHER", "baseSalary": 300000 },
                              { "id": "faang", "company": "Faangco", "companyType": "FAANG", "baseSalary": 300000 } ] }
                """);

        // Topco and Faangco both pay 300,000: the first in input order, Topco ("another company"); all scores 3: the team
        AdviceItem competing = negotiationAdvice(r, "NEG-COMPETING-OFFER", "pref", 1);
        assertThat(competing.script()).isEqualTo(STEP_5.formatted("$300K", "another company", "the team"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            FAANG       | PUBLIC       | a FAANG company
            HIGH_GROWTH | PUBLIC       | a high-growth company
            STARTUP     | SEED_A       | an early-stage startup
            STARTUP     | GROWTH_B_C   | a growth-stage startup
            STARTUP     | LATE_PRE_IPO | a late-stage startup
            OTHER       | PUBLIC       | another company
            """)
    void theCompetingOfferIsDescribedByItsCompanyType(String companyType, String stage, String phrase) {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "preferredOfferId": "pref" },
                  "offers": [ { "id": "pref", "company": "Prefco", "companyType": "OTHER", "baseSalary": 100000 },
                              { "id": "other", "company": "Otherco", "companyType": "%s", "stage": "%s",
                                "baseSalary": 300000 } ] }
                """.formatted(companyType, stage));

        assertThat(negotiationAdvice(r, "NEG-COMPETING-OFFER", "pref", 1).script())
                .isEqualTo(STEP_5.formatted("$300K", phrase, "the team"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            teamAndManager      | the team
            technicalChallenges | the technical challenges
            careerGrowth        | the growth opportunity
            workLifeBalance     | the balance the role offers
            companyTrajectory   | where the company is heading
            locationFlexibility | the location flexibility
            """)
    void theReasonIsThePreferredOffersBestScoredFactor(String factor, String reason) {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "preferredOfferId": "pref" },
                  "offers": [ { "id": "pref", "company": "Prefco", "companyType": "OTHER", "baseSalary": 100000,
                                "scores": { "%s": 5 } },
                              { "id": "other", "company": "Otherco", "companyType": "OTHER", "baseSalary": 300000,
                                "scores": { "teamAndManager": 5, "technicalChallenges": 5, "careerGrowth": 5,
                                            "workLifeBalance": 5, "companyTrajectory": 5, "locationFlexibility": 5 } } ] }
                """.formatted(factor));

        assertThat(negotiationAdvice(r, "NEG-COMPETING-OFFER", "pref", 1).script())
                .isEqualTo(STEP_5.formatted("$300K", "another company", reason));
    }

    @Test
    void aMissingScoreCountsThreeWhenChoosingTheReason() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "preferredOfferId": "pref" },
                  "offers": [ { "id": "pref", "company": "Prefco", "companyType": "OTHER", "baseSalary": 100000,
                                "scores": { "teamAndManager": 2, "technicalChallenges": 2, "careerGrowth": 2,
                                            "workLifeBalance": 2, "companyTrajectory": 2 } },
                              { "id": "other", "company": "Otherco", "companyType": "OTHER", "baseSalary": 300000 } ] }
                """);

        // locationFlexibility is not scored: it counts 3, above the 2s
        assertThat(negotiationAdvice(r, "NEG-COMPETING-OFFER", "pref", 1).script())
                .isEqualTo(STEP_5.formatted("$300K", "another company", "the location flexibility"));
    }

    @Test
    void tiedBestScoresGiveTheReasonOfTheFactorListedFirst() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "preferredOfferId": "pref" },
                  "offers": [ { "id": "pref", "company": "Prefco", "companyType": "OTHER", "baseSalary": 100000,
                                "scores": { "teamAndManager": 1, "technicalChallenges": 1, "careerGrowth": 5,
                                            "workLifeBalance": 1, "companyTrajectory": 5, "locationFlexibility": 1 } },
                              { "id": "other", "company": "Otherco", "companyType": "OTHER", "baseSalary": 300000 } ] }
                """);

        assertThat(negotiationAdvice(r, "NEG-COMPETING-OFFER", "pref", 1).script())
                .isEqualTo(STEP_5.formatted("$300K", "another company", "the growth opportunity"));
    }

    @Test
    void withoutAPreferredOfferIdTheMatrixRankOneIsThePreferredOffer() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "loved", "company": "Lovedco", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "teamAndManager": 5, "technicalChallenges": 5, "careerGrowth": 5,
                                            "workLifeBalance": 5, "companyTrajectory": 5, "locationFlexibility": 5 } },
                              { "id": "rich", "company": "Richco", "companyType": "HIGH_GROWTH", "baseSalary": 250000,
                                "scores": { "teamAndManager": 1, "technicalChallenges": 1, "careerGrowth": 1,
                                            "workLifeBalance": 1, "companyTrajectory": 1, "locationFlexibility": 1 } } ] }
                """);

        // TC factors 5 × 200,000 / 250,000 = 4.0 and 5.0; scores (25 × 4 + 75 × 5) / 100 = 4.75 against
        // (25 × 5 + 75 × 1) / 100 = 2.00: Lovedco is rank 1, and Richco pays more
        assertThat(offer(r, "loved").decision().rank()).isEqualTo(1);
        assertThat(negotiationAdvice(r, "NEG-COMPETING-OFFER", "loved", 1).script())
                .isEqualTo(STEP_5.formatted("$250K", "a high-growth company", "the team"));
        assertThat(advice(r, "NEG-COMPETING-OFFER")).hasSize(1);
    }

    @Test
    void thePreferredOfferThatPaysTheMostGetsNoCompetingOfferScript() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "preferredOfferId": "rich" },
                  "offers": [ { "id": "poor", "company": "Poorco", "companyType": "OTHER", "baseSalary": 200000 },
                              { "id": "rich", "company": "Richco", "companyType": "OTHER", "baseSalary": 250000 } ] }
                """);

        assertThat(advice(r, "NEG-COMPETING-OFFER")).isEmpty();
    }

    @Test
    void theRankOneOfferThatPaysTheMostGetsNoCompetingOfferScript() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "poor", "company": "Poorco", "companyType": "OTHER", "baseSalary": 200000 },
                              { "id": "rich", "company": "Richco", "companyType": "OTHER", "baseSalary": 250000 } ] }
                """);

        // no scores: every factor counts 3, so the TC factor ranks Richco first
        assertThat(offer(r, "rich").decision().rank()).isEqualTo(1);
        assertThat(advice(r, "NEG-COMPETING-OFFER")).isEmpty();
    }

    @Test
    void anotherOfferPayingTheSameIsNotACompetingOffer() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "preferredOfferId": "one" },
                  "offers": [ { "id": "one", "company": "Oneco", "companyType": "OTHER", "baseSalary": 200000 },
                              { "id": "two", "company": "Twoco", "companyType": "FAANG", "baseSalary": 200000 } ] }
                """);

        assertThat(advice(r, "NEG-COMPETING-OFFER")).isEmpty();
    }

    @Test
    void theOnlyOfferHasNoCompetingOfferToUse() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000 } ] }
                """);

        assertThat(advice(r, "NEG-COMPETING-OFFER")).isEmpty();
    }

    // =====================================================================================================
    // NEG-GET-COMPETING-OFFERS
    // =====================================================================================================

    @Test
    void withOneOfferTheCandidateIsToldToGetCompetingOffersWithoutInventingOne() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000 } ] }
                """);

        AdviceItem get = negotiationAdvice(r, "NEG-GET-COMPETING-OFFERS", null, 3);
        assertThat(get.text()).contains("market data").containsIgnoringCase("never invent");
        assertThat(advice(r, "NEG-GET-COMPETING-OFFERS")).hasSize(1);
    }

    @Test
    void withNoOfferTheCandidateIsToldToGetCompetingOffers() {
        Report r = advise("""
                { "candidate": { "level": "L5" } }
                """);

        negotiationAdvice(r, "NEG-GET-COMPETING-OFFERS", null, 3);
    }

    @Test
    void withTwoOffersTheCandidateIsNotToldToGetCompetingOffers() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "one", "company": "Oneco", "companyType": "OTHER", "baseSalary": 200000 },
                              { "id": "two", "company": "Twoco", "companyType": "OTHER", "baseSalary": 210000 } ] }
                """);

        assertThat(advice(r, "NEG-GET-COMPETING-OFFERS")).isEmpty();
    }

    // =====================================================================================================
    // NEG-NEVER-SHARE-CURRENT
    // =====================================================================================================

    @Test
    void askedForTheCurrentSalaryTheCandidateRedirectsWithTheirLevelTitleAndMarket() {
        Report r = advise("""
                { "candidate": { "level": "STAFF", "market": "Seattle area", "currentTotalComp": 410000,
                                 "location": { "country": "US", "state": "TX", "city": "Austin" } },
                  "situation": { "askedForCurrentSalary": true } }
                """);

        AdviceItem never = negotiationAdvice(r, "NEG-NEVER-SHARE-CURRENT", null, 1);
        assertThat(never.script()).isEqualTo(STEP_1.formatted("staff", "Seattle area"));
        assertThat(never.script()).doesNotContain(moneyForms(new BigDecimal("410000")));
    }

    @Test
    void withoutAMarketTheScriptNamesTheCity() {
        Report r = advise("""
                { "candidate": { "level": "E5", "location": { "country": "US", "state": "TX", "city": "Austin" } },
                  "situation": { "askedForCurrentSalary": true } }
                """);

        assertThat(negotiationAdvice(r, "NEG-NEVER-SHARE-CURRENT", null, 1).script())
                .isEqualTo(STEP_1.formatted("senior", "Austin"));
    }

    @Test
    void withoutAMarketOrACityTheScriptSaysYourMarket() {
        Report r = advise("""
                { "candidate": { "level": "L4" },
                  "situation": { "askedForCurrentSalary": true } }
                """);

        assertThat(negotiationAdvice(r, "NEG-NEVER-SHARE-CURRENT", null, 1).script())
                .isEqualTo(STEP_1.formatted("mid-level", "your market"));
    }

    @Test
    void notAskedForTheCurrentSalaryThereIsNoRedirectScript() {
        Report r = advise("""
                { "candidate": { "level": "L5", "currentTotalComp": 300000 },
                  "situation": { "askedForCurrentSalary": false } }
                """);

        assertThat(advice(r, "NEG-NEVER-SHARE-CURRENT")).isEmpty();
    }

    // =====================================================================================================
    // NEG-SALARY-HISTORY-BAN
    // =====================================================================================================

    @Test
    void askedForTheCurrentSalaryInABanStateTheCandidateLearnsItIsUnlawfulThereAndThatThisIsNotLegalAdvice() {
        Report r = advise("""
                { "candidate": { "level": "L5", "location": { "country": "US", "state": "CA", "city": "Fresno" } },
                  "situation": { "askedForCurrentSalary": true } }
                """);

        AdviceItem ban = negotiationAdvice(r, "NEG-SALARY-HISTORY-BAN", null, 3);
        assertThat(ban.title()).contains("CA");
        assertThat(ban.text()).containsIgnoringCase("unlawful").containsIgnoringCase("not legal advice");
        assertBecauseQuotes(ban, "CA");
    }

    @Test
    void theBanStateMatchesInAnyCaseAndWithoutACountry() {
        Report r = advise("""
                { "candidate": { "level": "L5", "location": { "state": "ny" } },
                  "situation": { "askedForCurrentSalary": true } }
                """);

        assertThat(negotiationAdvice(r, "NEG-SALARY-HISTORY-BAN", null, 3).title()).containsIgnoringCase("NY");
    }

    @Test
    void askedForTheCurrentSalaryInABanCityTheCandidateLearnsItIsUnlawfulThere() {
        Report r = advise("""
                { "candidate": { "level": "L5", "location": { "country": "US", "state": "MO", "city": "kansas city" } },
                  "situation": { "askedForCurrentSalary": true } }
                """);

        AdviceItem ban = negotiationAdvice(r, "NEG-SALARY-HISTORY-BAN", null, 3);
        assertThat(ban.title()).containsIgnoringCase("Kansas City");
        assertThat(ban.text()).containsIgnoringCase("not legal advice");
    }

    @Test
    void theBanDoesNotApplyOutsideTheUsEvenWhereTheStateCodeMatches() {
        Report r = advise("""
                { "candidate": { "level": "L5", "location": { "country": "AU", "state": "WA", "city": "Perth" } },
                  "situation": { "askedForCurrentSalary": true } }
                """);

        assertThat(advice(r, "NEG-SALARY-HISTORY-BAN")).isEmpty();
    }

    @Test
    void theBanIsNotMentionedWhenTheRecruiterDidNotAsk() {
        Report r = advise("""
                { "candidate": { "level": "L5", "location": { "country": "US", "state": "CA", "city": "San Francisco" } },
                  "situation": { "askedForExpectations": true } }
                """);

        assertThat(advice(r, "NEG-SALARY-HISTORY-BAN")).isEmpty();
    }

    @Test
    void theBanIsNotMentionedInAStateAndCityOffTheList() {
        Report r = advise("""
                { "candidate": { "level": "L5", "location": { "country": "US", "state": "TX", "city": "Austin" } },
                  "situation": { "askedForCurrentSalary": true } }
                """);

        assertThat(advice(r, "NEG-SALARY-HISTORY-BAN")).isEmpty();
    }

    // =====================================================================================================
    // NEG-LET-THEM-ANCHOR
    // =====================================================================================================

    /** NEG-LET-THEM-ANCHOR: the Step 2 script, then, if pushed, the range. */
    private static void assertAnchorRange(Report r, String low, String high) {
        AdviceItem anchor = negotiationAdvice(r, "NEG-LET-THEM-ANCHOR", null, 1);
        assertThat(anchor.script()).startsWith(STEP_2).contains(low + "-" + high);
        assertThat(anchor.title()).contains(low, high);
    }

    @Test
    void askedForExpectationsTheCandidateLetsThemAnchorWithARangeFromThePreferredOffersBand() {
        Report r = advise("""
                { "candidate": { "level": "L5", "specialization": "PLATFORM" },
                  "situation": { "askedForExpectations": true },
                  "offers": [ { "id": "hg", "company": "Rocket", "companyType": "HIGH_GROWTH", "level": "L5",
                                "baseSalary": 250000 } ] }
                """);

        // HIGH_GROWTH L5 300,000-450,000: midpoint 375,000 × 1.10 = 412,500 -> 415,000; 450,000 × 1.10 = 495,000
        assertAnchorRange(r, "$415K", "$495K");
    }

    @Test
    void theAnchorRangeComesFromTheOfferNamedPreferred() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "askedForExpectations": true, "preferredOfferId": "hg" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 250000 },
                              { "id": "hg", "company": "Rocket", "companyType": "HIGH_GROWTH", "level": "L5",
                                "baseSalary": 250000 } ] }
                """);

        // HIGH_GROWTH L5: 375,000-450,000, not FAANG L5's 425,000-500,000
        assertAnchorRange(r, "$375K", "$450K");
    }

    @Test
    void withoutAPreferredOfferIdTheAnchorRangeComesFromTheMatrixRankOne() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "askedForExpectations": true },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 250000,
                                "scores": { "teamAndManager": 1, "technicalChallenges": 1, "careerGrowth": 1,
                                            "workLifeBalance": 1, "companyTrajectory": 1, "locationFlexibility": 1 } },
                              { "id": "hg", "company": "Rocket", "companyType": "HIGH_GROWTH", "level": "L5",
                                "baseSalary": 250000,
                                "scores": { "teamAndManager": 5, "technicalChallenges": 5, "careerGrowth": 5,
                                            "workLifeBalance": 5, "companyTrajectory": 5, "locationFlexibility": 5 } } ] }
                """);

        assertThat(offer(r, "hg").decision().rank()).isEqualTo(1);
        assertAnchorRange(r, "$375K", "$450K");
    }

    @Test
    void whenThePreferredOfferHasNoTcBandTheAnchorRangeIsFaangAtTheCandidatesLevel() {
        Report r = advise("""
                { "candidate": { "level": "L6", "specialization": "DISTRIBUTED_SYSTEMS" },
                  "situation": { "askedForExpectations": true },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "level": "L6",
                                "baseSalary": 250000 } ] }
                """);

        // FAANG L6 500,000-750,000: midpoint 625,000 × 1.15 = 718,750 -> 720,000; 750,000 × 1.15 = 862,500 -> 865,000
        assertAnchorRange(r, "$720K", "$865K");
    }

    @Test
    void aSeedStartupHasNoTcBandSoTheAnchorRangeIsFaangAtTheCandidatesLevel() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "askedForExpectations": true },
                  "offers": [ { "id": "seed", "company": "Seedling", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 150000 } ] }
                """);

        // FAANG L5 350,000-500,000: midpoint 425,000 to 500,000
        assertAnchorRange(r, "$425K", "$500K");
    }

    @Test
    void withoutOffersTheAnchorRangeIsFaangAtTheCandidatesLevel() {
        Report r = advise("""
                { "candidate": { "level": "PRINCIPAL" },
                  "situation": { "askedForExpectations": true } }
                """);

        // FAANG L7 700,000-1,200,000: midpoint 950,000 to 1,200,000
        assertAnchorRange(r, "$950K", "$1.2M");
    }

    @Test
    void aDistinguishedCandidateWithoutABandedOfferGetsTheScriptWithoutARange() {
        Report r = advise("""
                { "candidate": { "level": "L8" },
                  "situation": { "askedForExpectations": true },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "level": "L8",
                                "baseSalary": 500000 } ] }
                """);

        AdviceItem anchor = negotiationAdvice(r, "NEG-LET-THEM-ANCHOR", null, 1);
        assertThat(anchor.script()).isEqualTo(STEP_2);
        assertThat(anchor.title()).doesNotContain("$");
    }

    @Test
    void notAskedForExpectationsThereIsNoAnchorAdvice() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "askedForExpectations": false, "askedForCurrentSalary": true } }
                """);

        assertThat(advice(r, "NEG-LET-THEM-ANCHOR")).isEmpty();
    }

    // =====================================================================================================
    // NEG-FULL-PACKAGE
    // =====================================================================================================

    @Test
    void theStepThreeTableComesOncePerCaseNamingTheAllCashOffersAndYourNextLevel() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000, "equity": { "type": "RSU", "grantValue": 400000 } },
                              { "id": "cash", "company": "Cashco", "companyType": "OTHER", "baseSalary": 250000 } ] }
                """);

        AdviceItem full = negotiationAdvice(r, "NEG-FULL-PACKAGE", null, 3);
        assertThat(advice(r, "NEG-FULL-PACKAGE")).hasSize(1);
        assertBecauseQuotes(full, "Signing bonus", "HIGH");
        assertBecauseQuotes(full, "Start date", "HIGH");
        assertBecauseQuotes(full, "Equity", "MEDIUM_HIGH", "not applicable to the all-cash cash");
        assertBecauseQuotes(full, "Remote", "MEDIUM");
        assertBecauseQuotes(full, "Title/level", "MEDIUM", "L5 vs L6");
        assertBecauseQuotes(full, "Base salary", "LOW_MEDIUM");
        assertBecauseQuotes(full, "Annual bonus", "LOW", "formulaic: don't spend capital on it");

        List<Report.PlanRow> table = r.negotiationTable();
        assertThat(table).extracting(Report.PlanRow::negotiability)
                .containsExactly("HIGH", "HIGH", "MEDIUM_HIGH", "MEDIUM", "MEDIUM", "LOW_MEDIUM", "LOW");
        assertThat(table).last().extracting(Report.PlanRow::note).isEqualTo("formulaic: don't spend capital on it");
    }

    @Test
    void withoutOffersThereIsNoPackageTable() {
        Report r = advise("""
                { "candidate": { "level": "L5" } }
                """);

        assertThat(advice(r, "NEG-FULL-PACKAGE")).isEmpty();
    }

    // =====================================================================================================
    // NEG-TACTICS
    // =====================================================================================================

    @Test
    void aCounterScriptComesWithTheTacticsOnce() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 300000 },
                  "offers": [ { "id": "one", "company": "Oneco", "companyType": "OTHER", "baseSalary": 200000 },
                              { "id": "two", "company": "Twoco", "companyType": "OTHER", "baseSalary": 210000 } ] }
                """);

        AdviceItem tactics = negotiationAdvice(r, "NEG-TACTICS", null, 3);
        assertThat(tactics.text()).containsIgnoringCase("enthusiasm").contains("market data", "competing offers")
                .contains("personal needs").containsIgnoringCase("specific component").containsIgnoringCase("ultimatum");
        assertThat(advice(r, "NEG-TACTICS")).hasSize(1);
    }

    @Test
    void aCompetingOfferScriptAloneComesWithTheTactics() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 100000 },
                  "situation": { "preferredOfferId": "pref" },
                  "offers": [ { "id": "pref", "company": "Prefco", "companyType": "OTHER", "baseSalary": 150000 },
                              { "id": "rich", "company": "Richco", "companyType": "OTHER", "baseSalary": 200000 } ] }
                """);

        // both offers are above the 100,000 target: no counter, but a competing-offer script
        assertThat(advice(r, "NEG-COUNTER")).isEmpty();
        assertThat(advice(r, "NEG-COMPETING-OFFER")).hasSize(1);
        negotiationAdvice(r, "NEG-TACTICS", null, 3);
    }

    @Test
    void withoutACounterOrCompetingOfferScriptThereAreNoTactics() {
        Report r = advise("""
                { "candidate": { "level": "L5", "targetTotalComp": 100000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 150000 } ] }
                """);

        assertThat(advice(r, "NEG-TACTICS")).isEmpty();
    }

    // =====================================================================================================
    // NEG-LEVEL
    // =====================================================================================================

    @Test
    void anOfferBelowTheCandidatesLevelIsToBeNegotiatedUpWorthTheDifferenceOfBandMidpoints() {
        Report r = advise("""
                { "candidate": { "level": "L6" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 250000 } ] }
                """);

        // FAANG L6 midpoint (500,000 + 750,000) / 2 = 625,000 − FAANG L5 midpoint 425,000 = 200,000
        AdviceItem level = negotiationAdvice(r, "NEG-LEVEL", "goog", 2);
        assertThat(level.title()).contains("L6", "$200K");
        assertBecauseQuotes(level, "$625,000", "$425,000", "$200,000");
    }

    @Test
    void theLevelImpactUsesTheBandsOfTheOffersCompanyType() {
        Report r = advise("""
                { "candidate": { "level": "L6" },
                  "offers": [ { "id": "hg", "company": "Rocket", "companyType": "HIGH_GROWTH", "level": "L4",
                                "baseSalary": 200000 } ] }
                """);

        // HIGH_GROWTH L6 midpoint 525,000 − HIGH_GROWTH L4 midpoint 250,000 = 275,000
        AdviceItem level = negotiationAdvice(r, "NEG-LEVEL", "hg", 2);
        assertThat(level.title()).contains("L6", "$275K");
        assertBecauseQuotes(level, "$525,000", "$250,000", "$275,000");
    }

    @Test
    void anOfferBelowTheCandidatesLevelWithoutBandsToSizeItIsNegotiatedWithoutAnImpact() {
        Report r = advise("""
                { "candidate": { "level": "L8" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L7",
                                "baseSalary": 350000 },
                              { "id": "acme", "company": "Acme", "companyType": "OTHER", "level": "L6",
                                "baseSalary": 350000 } ] }
                """);

        // FAANG has no L8 band; OTHER has no bands at all
        AdviceItem faang = negotiationAdvice(r, "NEG-LEVEL", "goog", 2);
        assertThat(faang.title()).contains("L8").doesNotContain("$");
        AdviceItem other = negotiationAdvice(r, "NEG-LEVEL", "acme", 2);
        assertThat(other.title()).contains("L8").doesNotContain("$");
    }

    @Test
    void aSeniorOfferToACandidateWithFourOfFiveStaffSignalsTrueIsToBeNegotiatedToStaff() {
        Report r = advise("""
                { "candidate": { "level": "L5",
                                 "staffSignals": { "crossTeamInfluence": true, "setsTechnicalDirection": true,
                                                   "mentorsSeniorEngineers": true, "writesDesignDocsOthersFollow": true,
                                                   "drivesCrossCuttingInitiatives": false } },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 250000 } ] }
                """);

        AdviceItem level = negotiationAdvice(r, "NEG-LEVEL", "goog", 2);
        assertThat(level.title()).contains("L6", "$200K");
    }

    @Test
    void fourTrueStaffSignalsWithTheFifthUnknownAlsoCount() {
        Report r = advise("""
                { "candidate": { "level": "L5",
                                 "staffSignals": { "crossTeamInfluence": true, "setsTechnicalDirection": true,
                                                   "mentorsSeniorEngineers": true, "writesDesignDocsOthersFollow": true } },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 250000 } ] }
                """);

        assertThat(negotiationAdvice(r, "NEG-LEVEL", "goog", 2).title()).contains("L6", "$200K");
    }

    @Test
    void threeTrueStaffSignalsAreNotEnoughWhetherTheRestAreUnknownOrFalse() {
        Report unknown = advise("""
                { "candidate": { "level": "L5",
                                 "staffSignals": { "crossTeamInfluence": true, "setsTechnicalDirection": true,
                                                   "mentorsSeniorEngineers": true } },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 250000 } ] }
                """);
        Report falses = advise("""
                { "candidate": { "level": "L5",
                                 "staffSignals": { "crossTeamInfluence": true, "setsTechnicalDirection": true,
                                                   "mentorsSeniorEngineers": true, "writesDesignDocsOthersFollow": false,
                                                   "drivesCrossCuttingInitiatives": false } },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 250000 } ] }
                """);

        assertThat(advice(unknown, "NEG-LEVEL")).isEmpty();
        assertThat(advice(falses, "NEG-LEVEL")).isEmpty();
    }

    @Test
    void staffSignalsDoNotRaiseAnOfferAboveSenior() {
        Report r = advise("""
                { "candidate": { "level": "L5",
                                 "staffSignals": { "crossTeamInfluence": true, "setsTechnicalDirection": true,
                                                   "mentorsSeniorEngineers": true, "writesDesignDocsOthersFollow": true,
                                                   "drivesCrossCuttingInitiatives": true } },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L6",
                                "baseSalary": 250000 } ] }
                """);

        assertThat(advice(r, "NEG-LEVEL")).isEmpty();
    }

    @Test
    void aSeniorOfferBelowAStaffCandidateWithStaffSignalsIsNegotiatedOnce() {
        Report r = advise("""
                { "candidate": { "level": "L6",
                                 "staffSignals": { "crossTeamInfluence": true, "setsTechnicalDirection": true,
                                                   "mentorsSeniorEngineers": true, "writesDesignDocsOthersFollow": true,
                                                   "drivesCrossCuttingInitiatives": true } },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 250000 } ] }
                """);

        assertThat(negotiationAdvice(r, "NEG-LEVEL", "goog", 2).title()).contains("L6", "$200K");
    }

    @Test
    void anOfferAtOrAboveTheCandidatesLevelOrWithoutALevelIsNotALevelNegotiation() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "same", "company": "Sameco", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 250000 },
                              { "id": "above", "company": "Aboveco", "companyType": "FAANG", "level": "L6",
                                "baseSalary": 250000 },
                              { "id": "none", "company": "Noneco", "companyType": "FAANG", "baseSalary": 250000 } ] }
                """);

        assertThat(advice(r, "NEG-LEVEL")).isEmpty();
    }

    // =====================================================================================================
    // NEG-SIGNING-BRIDGE
    // =====================================================================================================

    @Test
    void unvestedEquityLeftBehindCallsForASigningBonusOnEveryOffer() {
        Report r = advise("""
                { "candidate": { "level": "L5", "unvestedEquityForfeited": 60000 },
                  "offers": [ { "id": "one", "company": "Oneco", "companyType": "OTHER", "baseSalary": 200000 },
                              { "id": "two", "company": "Twoco", "companyType": "OTHER", "baseSalary": 250000 } ] }
                """);

        AdviceItem one = negotiationAdvice(r, "NEG-SIGNING-BRIDGE", "one", 2);
        assertThat(one.title()).contains("$60K");
        assertBecauseQuotes(one, "$60,000");
        negotiationAdvice(r, "NEG-SIGNING-BRIDGE", "two", 2);
    }

    @Test
    void aFirstYearBelowTheCurrentPayCallsForASigningBonusCoveringTheDip() {
        Report r = advise("""
                { "candidate": { "level": "L5", "currentTotalComp": 300000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 250000 } ] }
                """);

        // year one 250,000 < 300,000: a dip of 50,000
        AdviceItem bridge = negotiationAdvice(r, "NEG-SIGNING-BRIDGE", "acme", 2);
        assertThat(bridge.title()).contains("$50K");
        assertBecauseQuotes(bridge, "$250,000", "$50,000");
    }

    @Test
    void aFirstYearEqualToTheCurrentPayWithNothingLeftBehindNeedsNoBridge() {
        Report r = advise("""
                { "candidate": { "level": "L5", "currentTotalComp": 300000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 250000,
                                "signingBonus": 50000 },
                              { "id": "more", "company": "Moreco", "companyType": "OTHER", "baseSalary": 320000 } ] }
                """);

        assertThat(advice(r, "NEG-SIGNING-BRIDGE")).isEmpty();
    }

    // =====================================================================================================
    // NEG-START-DATE
    // =====================================================================================================

    @Test
    void unvestedEquityLeftBehindCallsForAStartDateAfterTheNextVest() {
        Report r = advise("""
                { "candidate": { "level": "L5", "unvestedEquityForfeited": 60000 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "startDate": "2027-01-04" } ] }
                """);

        AdviceItem start = negotiationAdvice(r, "NEG-START-DATE", "acme", 3);
        assertThat(start.title()).contains("Acme").containsIgnoringCase("vest");
        assertThat(start.text()).containsIgnoringCase("highly negotiable");
        assertBecauseQuotes(start, "$60,000");
    }

    @Test
    void aFirstYearDipAloneDoesNotCallForAStartDateAfterTheNextVest() {
        Report r = advise("""
                { "candidate": { "level": "L5", "currentTotalComp": 300000, "unvestedEquityForfeited": 0 },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 250000 } ] }
                """);

        assertThat(adviceIds(r, "acme")).contains("NEG-SIGNING-BRIDGE").doesNotContain("NEG-START-DATE");
    }

    // =====================================================================================================
    // NEG-DEADLINE
    // =====================================================================================================

    private static boolean isDeadlineAssumption(String assumption) {
        return assumption.toLowerCase().contains("extension");
    }

    @ParameterizedTest(name = "expires {0}")
    @CsvSource({ "2026-12-01, 0", "2026-12-08, 7" })
    void anOfferExpiringWithinSevenDaysCallsForAnExtension(String expiresOn, int days) {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "asOf": "2026-12-01" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "expiresOn": "%s" } ] }
                """.formatted(expiresOn));

        AdviceItem deadline = negotiationAdvice(r, "NEG-DEADLINE", "acme", 1);
        assertThat(deadline.title()).contains(days + " day");
        assertThat(deadline.text()).containsIgnoringCase("extension");
        assertThat(deadline.source()).isEqualTo("assumption");
        assertBecauseQuotes(deadline, expiresOn);
        assertThat(r.assumptions()).filteredOn(NegotiationRulesTest::isDeadlineAssumption).hasSize(1);
    }

    @ParameterizedTest(name = "expires {0}")
    @CsvSource({ "2026-12-09", "2026-11-30" })
    void anOfferExpiringInEightDaysOrAlreadyExpiredCallsForNoExtension(String expiresOn) {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "asOf": "2026-12-01" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "expiresOn": "%s" } ] }
                """.formatted(expiresOn));

        assertThat(advice(r, "NEG-DEADLINE")).isEmpty();
        assertThat(r.assumptions()).noneMatch(NegotiationRulesTest::isDeadlineAssumption);
    }

    // =====================================================================================================
    // The text report
    // =====================================================================================================

    @Test
    void theTextReportShowsANegotiationPlanPerOfferWithTheTableAndTheScripts() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "asOf": "2026-12-01", "preferredOfferId": "goog" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000, "equity": { "type": "RSU", "grantValue": 400000 } },
                              { "id": "cash", "company": "Cashco", "companyType": "OTHER", "baseSalary": 320000 } ] }
                """);

        String text = OfferAdvisor.toText(r);
        String flat = text.replaceAll("\\s+", " ");
        int google = text.indexOf("Google (goog)");
        int cashco = text.indexOf("Cashco (cash)");
        assertThat(google).isNotNegative();
        assertThat(cashco).isGreaterThan(google);
        String googleSection = text.substring(google, cashco);
        String cashSection = text.substring(cashco);

        // Google: below its 465,000 target, with the package asks in the table and both scripts
        assertThat(googleSection).contains("Negotiation plan", "$465,000", "Component", "Negotiability",
                "Signing bonus", "HIGH", "MEDIUM_HIGH", "LOW_MEDIUM", "+$140,000", "+$20,000", "+$100,000");
        assertThat(googleSection.replaceAll("\\s+", " "))
                .contains(STEP_4_COMPETING.formatted("$465K", "signing bonus"))
                .contains(STEP_5.formatted("$320K", "another company", "the team"));
        // Cashco: its own plan, the equity row not applicable
        assertThat(cashSection).contains("Negotiation plan", "Signing bonus", "not applicable");
        assertThat(flat).containsSubsequence("Google (goog)", "Negotiation plan", "Cashco (cash)", "Negotiation plan");
    }
}
