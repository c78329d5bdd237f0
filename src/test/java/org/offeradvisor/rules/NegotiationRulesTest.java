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
import java.util.Set;
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
 * of §6 and the precise semantics of §7, as knowledge version 2 (§8) changes them and rules/negotiation.drl
 * applies them. Counter targets, packages and which advice fires are tested in rules/scenarios/*.json; this class
 * keeps what a scenario cannot state: priorities and categories, whole scripts, properties over every file in
 * facts-examples/, and the text report. Every expected number is worked out by hand from the specification; the
 * arithmetic is written next to it.
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
    private static final String STEP_5 = "I have a competing offer at %s TC from %s. I'd prefer to join your team "
            + "because of %s. Is there room to match or get closer?";

    private static final Path EXAMPLES = Path.of("facts-examples");
    /** §8.3: another offer paying at least this share of the counter target counts as a competing offer. */
    private static final BigDecimal COMPARABLE_SHARE = new BigDecimal("0.95");

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
    // NEG-COUNTER: the counter target T (§4, §8.1; the scenarios in counter-target.json cover the rest)
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

    // =====================================================================================================
    // NEG-COUNTER: the counter package, equity first, then base, then signing (§7.6, §8.2)
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

        // P at the 409A = (2.00 − 0.50) × 20,000 = 30,000; A = 150,000 + 7,500 = 157,500 (§8.1, §8.2)
        // SEED_A has no TC band: aim 157,500 × 1.10 = 173,250 -> 175,000; reach cap 189,000 -> 185,000; T = 175,000
        // G = 17,500; E = min(0.35 × 30,000 = 10,500, 17,500 × 4) = 10,500, e = 2,625; in options at the FMV spread
        // 1.50: 10,500 / 1.50 = 7,000 (at the preferred-price spread 5.50 it would be 1,909)
        // base min(15,000, 17,500 − 2,625 = 14,875) capped at the SEED_A base top 160,000: 10,000; R = 4,875, but a
        // STARTUP's signing ask is F + dip − s0 = 0; resulting 157,500 + 2,625 + 10,000 = 170,125 -> 170,000
        // options with shares to ask lead with the equity, although e 2,625 < base 10,000
        OfferReport.Counter c = assertCounter(r, "seed", 175000, 11000, 10000, 0); // 10,500 reported half up
        assertThat(c.equityShares()).isEqualByComparingTo("7000");
        assertThat(c.resultingAnnualTotalComp()).isEqualByComparingTo("170000");
        assertThat(c.lead()).isEqualTo("equity");
        assertMarketDataCounter(r, "seed", "$175K", "equity");
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
    // Every script: the honesty rule, one script per recruiter, one signing figure, no current pay (§8.3-§8.5)
    // =====================================================================================================

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** §8.3: a competing offer is a live one that pays at least 95 % of the counter target or sits at a higher level. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void noExampleScriptMentionsCompetingOffersUnlessALiveOfferIsCloseToTheTargetOrHigherLevelled(Path example) {
        Report r = Advisors.shipped().advise(example);
        for (AdviceItem a : r.advice()) {
            if (a.script() == null) {
                continue;
            }
            String about = "%s script about %s".formatted(a.id(), a.offerId());
            if (a.id().equals("NEG-COUNTER")) {
                OfferReport self = offer(r, a.offerId());
                BigDecimal close = COMPARABLE_SHARE.multiply(self.counter().targetTotalComp());
                // the report's whole-unit annual TC stands in for the exact one: no example sits within a unit of the line
                boolean competing = liveOthers(r, self.id())
                        .anyMatch(o -> o.annualTotalComp().compareTo(close) >= 0 || isHigherLevel(o, self));
                assertThat(a.script()).as(about).contains(competing ? "Based on my research and competing offers"
                        : "Based on my research of market data");
                if (!competing) {
                    assertThat(a.script()).as(about).doesNotContainIgnoringCase("competing");
                }
            } else if (a.id().equals("NEG-COMPETING-OFFER")) {
                OfferReport self = offer(r, a.offerId());
                assertThat(liveOthers(r, self.id()).anyMatch(o -> o.annualTotalComp().compareTo(self.annualTotalComp()) > 0))
                        .as("%s: a live offer pays more", about).isTrue();
            } else {
                assertThat(a.script()).as(about).doesNotContainIgnoringCase("competing");
            }
        }
    }

    /** The case's other offers that have not expired (§8.13.10): an expired offer is not a competing offer. */
    private static Stream<OfferReport> liveOthers(Report r, String offerId) {
        Set<String> expired = r.summary().offers().stream()
                .filter(s -> s.deadlineDays() != null && s.deadlineDays() < 0)
                .map(Report.OfferSummary::offerId).collect(Collectors.toSet());
        return r.offers().stream().filter(o -> !o.id().equals(offerId) && !expired.contains(o.id()));
    }

    /** Level ranks compared (§1); an offer without a level is never higher or lower. */
    private static boolean isHigherLevel(OfferReport other, OfferReport self) {
        return other.level() != null && self.level() != null
                && Integer.parseInt(other.level().substring(1)) > Integer.parseInt(self.level().substring(1));
    }

    /** §8.3 and §8.4: one script per recruiter, and one signing figure per offer wherever the report names it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void noExampleOfferGetsTwoScriptsOrTwoSigningFigures(Path example) {
        Report r = Advisors.shipped().advise(example);
        for (OfferReport o : r.offers()) {
            List<AdviceItem> about = r.advice().stream().filter(a -> o.id().equals(a.offerId())).toList();
            assertThat(about).filteredOn(a -> a.script() != null).extracting(AdviceItem::id)
                    .as("advice with a script about %s", o.id()).hasSizeLessThanOrEqualTo(1);
            List<AdviceItem> bridges = about.stream().filter(a -> a.id().equals("NEG-SIGNING-BRIDGE")).toList();
            assertThat(bridges).as("NEG-SIGNING-BRIDGE about %s", o.id()).hasSizeLessThanOrEqualTo(1);
            if (o.counter() == null) {
                continue;
            }
            // with a counter, the bridge's figure is the package's S, and it fires exactly when S is positive (§8.13.14)
            BigDecimal signing = o.counter().signingBonus();
            List<String> figure = signing.signum() == 0 ? List.of() : List.of(thousands(signing));
            if (figure.isEmpty()) {
                assertThat(bridges).as("NEG-SIGNING-BRIDGE about %s, whose S is 0", o.id()).isEmpty();
            } else {
                assertThat(bridges).singleElement().extracting(b -> moneyIn(b.title()))
                        .as("NEG-SIGNING-BRIDGE figure of %s", o.id()).isEqualTo(figure);
            }
            AdviceItem counter = only(r, "NEG-COUNTER", o.id());
            if (counter.script() != null) {
                assertThat(signingAsked(counter.script())).as("signing bonus in the NEG-COUNTER script of %s", o.id())
                        .isEqualTo(figure);
            }
        }
    }

    /** A whole number of thousands as titles and scripts print it (§7.12): 45,000 is $45K. */
    private static String thousands(BigDecimal amount) {
        return "$" + amount.divide(BigDecimal.valueOf(1000), 0, RoundingMode.UNNECESSARY).toPlainString() + "K";
    }

    private static List<String> moneyIn(String text) {
        Matcher m = Pattern.compile("\\$[0-9][0-9,.]*[KM]?").matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<String> signingAsked(String script) {
        Matcher m = Pattern.compile("signing bonus of (\\$[0-9][0-9,.]*[KM]?)").matcher(script);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
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

    @ParameterizedTest(name = "current pay {0}")
    @CsvSource(delimiter = '|', textBlock = """
            280000 | NEG-COUNTER/acme, NEG-COUNTER/goog, NEG-LET-THEM-ANCHOR/null, NEG-NEVER-SHARE-CURRENT/null
            312000 | NEG-COUNTER/acme, NEG-COUNTER/goog, NEG-LET-THEM-ANCHOR/null
            """)
    void noScriptContainsTheCurrentTotalCompEvenWhenTheRecruiterAskedForIt(String current, String scripted) {
        Report r = advise("""
                { "candidate": { "level": "L5", "currentTotalComp": %s, "market": "Denver" },
                  "situation": { "askedForCurrentSalary": true, "askedForExpectations": true },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000, "equity": { "type": "RSU", "grantValue": 400000 } },
                              { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 250000 } ] }
                """.formatted(current));

        // goog: A = 300,000; aim 462,500 -> 465,000, reach cap 360,000: T = 360,000 (the current-pay floor,
        //   min(roundUp(312,000 × 1.05 = 327,600) = 330,000, 360,000), stays below it; 280,000 is below A)
        // acme: A = 250,000; aim 275,000; goog pays 300,000, another kind: max(275,000, min(300,000, reach cap
        //   300,000)) = 300,000; the floor min(295,000 or 330,000, 300,000) does not lift it. Neither target is the pay.
        // goog is the matrix's rank 1 (3.50 against 3.30) and pays the most: no competing-offer script.
        // 312,000 beats both offers, so NEG-CURRENT-PAY-LEVERAGE replaces the Step 1 script (§8.5)
        List<String> forms = moneyForms(new BigDecimal(current));
        List<AdviceItem> scripts = r.advice().stream().filter(a -> a.script() != null).toList();
        assertThat(scripts).extracting(a -> a.id() + "/" + a.offerId())
                .containsExactlyInAnyOrder(scripted.split(",\\s*"));
        assertThat(scripts).allSatisfy(a -> assertThat(a.script()).as("%s script", a.id()).doesNotContain(forms));
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
    void thePreferredOfferThatPaysLessUsesTheCompetingOfferInTheStepFiveScriptUpToWhatOneNegotiationReaches() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "preferredOfferId": "small" },
                  "offers": [ { "id": "small", "company": "Smallco", "companyType": "OTHER", "baseSalary": 200000,
                                "scores": { "teamAndManager": 5 } },
                              { "id": "big", "company": "Bigco", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000, "equity": { "type": "RSU", "grantValue": 600000 } } ] }
                """);

        // Bigco: 200,000 + 600,000 / 4 = 350,000 > 200,000; Smallco's best factor is the team (5; others count 3)
        // not like for like (OTHER against FAANG): the script asks min(roundUp(350,000), reach cap
        // roundDown(200,000 × 1.2) = 240,000) = 240,000 (§8.1 step 4)
        AdviceItem competing = negotiationAdvice(r, "NEG-COMPETING-OFFER", "small", 1);
        assertThat(competing.script()).isEqualTo(STEP_5.formatted("$240K", "a FAANG company", "the team"));
        assertThat(competing.text()).containsIgnoringCase("never lie");
        assertThat(advice(r, "NEG-COMPETING-OFFER")).hasSize(1);
        // one script for this recruiter (§8.3): Smallco's counter aims at the script's figure and has no script
        AdviceItem counter = negotiationAdvice(r, "NEG-COUNTER", "small", 1);
        assertThat(counter.script()).isNull();
        assertThat(offer(r, "small").counter().targetTotalComp()).isEqualByComparingTo("240000");
        assertThat(r.summary().offers().get(0).counterTarget()).isEqualByComparingTo("240000");
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
            FAANG       | PUBLIC       | a FAANG company        | $120K
            HIGH_GROWTH | PUBLIC       | a high-growth company  | $120K
            STARTUP     | SEED_A       | an early-stage startup | $120K
            STARTUP     | GROWTH_B_C   | a growth-stage startup | $120K
            STARTUP     | LATE_PRE_IPO | a late-stage startup   | $120K
            OTHER       | PUBLIC       | another company        | $300K
            """)
    void theCompetingOfferIsDescribedByItsCompanyType(String companyType, String stage, String phrase, String amount) {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "preferredOfferId": "pref" },
                  "offers": [ { "id": "pref", "company": "Prefco", "companyType": "OTHER", "baseSalary": 100000 },
                              { "id": "other", "company": "Otherco", "companyType": "%s", "stage": "%s",
                                "baseSalary": 300000 } ] }
                """.formatted(companyType, stage));

        // §8.1 step 4: like for like (OTHER) the script quotes roundUp(300,000) = 300,000; against another kind of
        // company at most the reach cap, roundDown(100,000 × 1.2) = 120,000
        assertThat(negotiationAdvice(r, "NEG-COMPETING-OFFER", "pref", 1).script())
                .isEqualTo(STEP_5.formatted(amount, phrase, "the team"));
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
        assertBecauseQuotes(full, "Equity", "MEDIUM_HIGH", "not applicable to the all-cash offer of Cashco");
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
                { "candidate": { "level": "L6", "targetTotalComp": 150000 },
                  "situation": { "preferredOfferId": "pref" },
                  "offers": [ { "id": "pref", "company": "Prefco", "companyType": "OTHER", "level": "L5",
                                "baseSalary": 150000 },
                              { "id": "rich", "company": "Richco", "companyType": "OTHER", "level": "L6",
                                "baseSalary": 200000 } ] }
                """);

        // pref is down-levelled (L5 under L6), so its target skips the competing lift (§8.1 step 5):
        // T = min(150,000, reach cap 180,000) = 150,000 = A: no counter. rich: T = min(150,000, 240,000) < 200,000.
        // Richco still pays more than the preferred offer: the Step 5 script, like for like at roundUp(200,000)
        assertThat(advice(r, "NEG-COUNTER")).isEmpty();
        assertThat(negotiationAdvice(r, "NEG-COMPETING-OFFER", "pref", 1).script())
                .isEqualTo(STEP_5.formatted("$200K", "another company", "the team"));
        assertThat(advice(r, "NEG-TACTICS")).hasSize(1);
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
    void anOfferBelowTheCandidatesLevelIsToBeNegotiatedUpFirstWorthTheDifferenceOfBandMidpoints() {
        Report r = advise("""
                { "candidate": { "level": "L6" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 250000 } ] }
                """);

        // §8.9: the level is the first ask, priority 1
        // FAANG L6 midpoint (500,000 + 750,000) / 2 = 625,000 − FAANG L5 midpoint 425,000 = 200,000
        AdviceItem level = negotiationAdvice(r, "NEG-LEVEL", "goog", 1);
        assertThat(level.title()).contains("L6", "$200K");
        assertBecauseQuotes(level, "$625,000", "$425,000", "$200,000");
        assertThat(advice(r, "NEG-LEVEL-STRETCH")).isEmpty();
    }

    @Test
    void aSeniorOfferToACandidateWithFourOfFiveStaffSignalsTrueIsAStretchToStaff() {
        Report r = advise("""
                { "candidate": { "level": "L5",
                                 "staffSignals": { "crossTeamInfluence": true, "setsTechnicalDirection": true,
                                                   "mentorsSeniorEngineers": true, "writesDesignDocsOthersFollow": true,
                                                   "drivesCrossCuttingInitiatives": false } },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 250000 } ] }
                """);

        // §8.9: not down-levelled, so NEG-LEVEL-STRETCH (priority 2), with the same FAANG L6 − L5 midpoints: 200,000
        AdviceItem stretch = negotiationAdvice(r, "NEG-LEVEL-STRETCH", "goog", 2);
        assertThat(stretch.title()).contains("L6", "$200K");
        assertThat(stretch.text()).containsIgnoringCase("interview");
        assertBecauseQuotes(stretch, "$625,000", "$425,000", "$200,000");
        assertThat(advice(r, "NEG-LEVEL")).isEmpty();
    }

    @Test
    void fourTrueStaffSignalsWithTheFifthUnknownAlsoMakeAStretch() {
        Report r = advise("""
                { "candidate": { "level": "L5",
                                 "staffSignals": { "crossTeamInfluence": true, "setsTechnicalDirection": true,
                                                   "mentorsSeniorEngineers": true, "writesDesignDocsOthersFollow": true } },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 250000 } ] }
                """);

        assertThat(negotiationAdvice(r, "NEG-LEVEL-STRETCH", "goog", 2).title()).contains("L6", "$200K");
        assertThat(advice(r, "NEG-LEVEL")).isEmpty();
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

        // §8.4: the bridge's figure is the counter package's S (§8.2). No band: aim A × 1.10.
        // one: A = 200,000; aim 220,000, reach cap 240,000: T = 220,000; Twoco's 250,000 is a live offer of the same
        //   kind, which lifts T to roundUp(250,000) = 250,000 above the cap; G = 50,000; base 20,000; R = 30,000;
        //   S = 60,000 left behind + max(30,000, no dip) − 0 offered = 90,000
        // two: A = 250,000; T = min(275,000, 300,000) = 275,000; G = 25,000; base 25,000; R = 0; S = 60,000
        AdviceItem one = negotiationAdvice(r, "NEG-SIGNING-BRIDGE", "one", 2);
        assertThat(one.title()).contains("$90K");
        assertBecauseQuotes(one, "$60,000", "$30,000", "$90,000");
        AdviceItem two = negotiationAdvice(r, "NEG-SIGNING-BRIDGE", "two", 2);
        assertThat(two.title()).contains("$60K");
        assertThat(offer(r, "one").counter().signingBonus()).isEqualByComparingTo("90000");
        assertThat(offer(r, "two").counter().signingBonus()).isEqualByComparingTo("60000");
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
    @CsvSource({ "2026-12-01, 0, expires today", "2026-12-08, 7, expires in 7 days" })
    void anOfferExpiringWithinSevenDaysCallsForAnExtension(String expiresOn, long days, String when) {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "asOf": "2026-12-01" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 200000,
                                "expiresOn": "%s" } ] }
                """.formatted(expiresOn));

        AdviceItem deadline = negotiationAdvice(r, "NEG-DEADLINE", "acme", 1);
        assertThat(deadline.title()).contains(when);
        assertThat(deadline.text()).containsIgnoringCase("extension");
        assertThat(deadline.source()).isEqualTo("assumption");
        assertBecauseQuotes(deadline, expiresOn);
        assertThat(r.summary().offers()).singleElement().extracting(Report.OfferSummary::deadlineDays).isEqualTo(days);
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
    void theTextReportOpensWithWhatToDoNowAndPrintsTheTableAndEachScriptOnce() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "situation": { "asOf": "2026-12-01", "preferredOfferId": "goog" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 200000, "equity": { "type": "RSU", "grantValue": 400000 } },
                              { "id": "cash", "company": "Cashco", "companyType": "OTHER", "baseSalary": 320000 } ] }
                """);

        // Google: A = 300,000; aim 465,000, reach cap 360,000; Cashco pays 320,000, another kind: T stays 360,000,
        //   but Google is preferred and gets the Step 5 script, so T = min(roundUp(320,000), 360,000) = 320,000;
        //   G = 20,000, all in equity: min(140,000, 80,000) = 80,000 more, 20,000 a year; no base, no signing
        // Cashco: A = 320,000, no band: aim 352,000 -> 350,000 (reach cap 380,000); G = 30,000, all in base;
        //   Google's 300,000 < 0.95 × 350,000 = 332,500 and has no higher level: market data
        String text = OfferAdvisor.toText(r);
        String flat = text.replaceAll("\\s+", " ");

        int whatNow = text.indexOf("What to do now");
        int scripts = text.indexOf("Scripts to use");
        int google = text.indexOf("Google (goog), L5\n");
        int cashco = text.indexOf("Cashco (cash)\n");
        assertThat(whatNow).isNotNegative().isLessThan(scripts);
        assertThat(scripts).isLessThan(google);
        assertThat(cashco).isGreaterThan(google);

        // §8.10: the summary comes first, in at most 12 lines, with each offer's verdict and counter target
        String summary = text.substring(whatNow, scripts).strip();
        assertThat(text.substring(0, scripts).strip().lines().count())
                .as("lines of the report up to the end of its summary, the title included").isLessThanOrEqualTo(12);
        assertThat(summary).contains("NEGOTIATE", "Google", "counter at $320K", "Cashco", "counter at $350K");

        // one script per recruiter (§8.3), each printed once; Google's counter has none of its own
        assertThat(count(flat, STEP_5.formatted("$320K", "another company", "the team"))).isEqualTo(1);
        assertThat(count(flat, STEP_4_MARKET_DATA.formatted("$350K", "base salary"))).isEqualTo(1);
        assertThat(flat).doesNotContain("expecting a total compensation closer to $320K");

        // the Step 3 table, once for the case (§8.10)
        assertThat(count(text, "Negotiability")).isEqualTo(1);
        assertThat(flat).contains("Title/level MEDIUM L5 vs L6");

        // each offer's own section shows its package
        assertThat(text.substring(google, cashco)).contains("$320,000", "+$80,000");
        assertThat(text.substring(cashco)).contains("$350,000", "+$30,000");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
