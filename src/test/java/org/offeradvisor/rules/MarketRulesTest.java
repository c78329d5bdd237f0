package org.offeradvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offeradvisor.Reports.advice;
import static org.offeradvisor.Reports.adviceIds;
import static org.offeradvisor.Reports.offer;
import static org.offeradvisor.Reports.only;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offeradvisor.Advisors;
import org.offeradvisor.report.AdviceItem;
import org.offeradvisor.report.OfferReport;
import org.offeradvisor.report.Report;

/**
 * The market knowledge of KNOWLEDGE.md §3, the MKT-* advice of §4 and the band precedence of §7.5, as
 * rules/market.drl applies them. Expected figures are worked out by hand from the benchmark tables.
 */
class MarketRulesTest {

    private static Report advise(String json) {
        return Advisors.shipped().advise(json);
    }

    /** A single FAANG L5 all-cash offer without bonus: its annual TC is its base salary. */
    private static Report faangL5Paying(String baseSalary) {
        return advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": %s } ] }
                """.formatted(baseSalary));
    }

    private static void assertMarket(Report r, String offerId, String band, long low, long high, String position) {
        OfferReport.Market m = offer(r, offerId).market();
        assertThat(m).as("market of %s", offerId).isNotNull();
        assertThat(m.band()).as("band of %s", offerId).isEqualTo(band);
        assertThat(m.low()).as("low of %s", offerId).isEqualByComparingTo(String.valueOf(low));
        assertThat(m.high()).as("high of %s", offerId).isEqualByComparingTo(String.valueOf(high));
        assertThat(m.position()).as("position of %s", offerId).isEqualTo(position);
        assertThat(adviceIds(r, offerId)).as("advice about %s", offerId)
                .contains("MKT-POSITION").doesNotContain("MKT-NO-BENCHMARK");
    }

    private static void assertNoBenchmark(Report r, String offerId) {
        OfferReport.Market m = offer(r, offerId).market();
        assertThat(m).as("market of %s", offerId).isNotNull();
        assertThat(m.position()).as("position of %s", offerId).isEqualTo("NO_BENCHMARK");
        assertThat(m.band()).as("band of %s", offerId).isNull();
        assertThat(m.low()).as("low of %s", offerId).isNull();
        assertThat(m.high()).as("high of %s", offerId).isNull();
        AdviceItem none = only(r, "MKT-NO-BENCHMARK", offerId);
        assertThat(none.category()).isEqualTo("MARKET");
        assertThat(none.priority()).isEqualTo(2);
        assertThat(adviceIds(r, offerId)).as("advice about %s", offerId).doesNotContain("MKT-POSITION");
    }

    /** Title, text and because lines of an advice item, joined for searching. */
    private static String wording(AdviceItem a) {
        List<String> parts = new ArrayList<>();
        parts.add(a.title());
        parts.add(a.text());
        parts.addAll(a.because());
        return String.join("\n", parts);
    }

    // ---- position within the FAANG L5 TC band: 350,000-500,000, midpoint 425,000 ----

    @Test
    void totalCompJustBelowTheLowEndIsBelowTheBand() {
        assertMarket(faangL5Paying("349999"), "goog", "FAANG L5", 350000, 500000, "BELOW_BAND");
    }

    @Test
    void totalCompEqualToTheLowEndIsInTheLowerHalf() {
        assertMarket(faangL5Paying("350000"), "goog", "FAANG L5", 350000, 500000, "LOWER_HALF");
    }

    @Test
    void totalCompJustBelowTheMidpointIsInTheLowerHalf() {
        assertMarket(faangL5Paying("424999"), "goog", "FAANG L5", 350000, 500000, "LOWER_HALF");
    }

    @Test
    void totalCompEqualToTheMidpointIsInTheUpperHalf() {
        assertMarket(faangL5Paying("425000"), "goog", "FAANG L5", 350000, 500000, "UPPER_HALF");
    }

    @Test
    void totalCompEqualToTheHighEndIsInTheUpperHalf() {
        assertMarket(faangL5Paying("500000"), "goog", "FAANG L5", 350000, 500000, "UPPER_HALF");
    }

    @Test
    void totalCompJustAboveTheHighEndIsAboveTheBand() {
        assertMarket(faangL5Paying("500001"), "goog", "FAANG L5", 350000, 500000, "ABOVE_BAND");
    }

    @Test
    void thePositionComparesTheUnroundedTotalCompEvenWhenItRoundsOntoTheHighEnd() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 400000, "equity": { "type": "RSU", "grantValue": 400001 } } ] }
                """);

        // §7.1: 400,000 + 400,001 / 4 = 500,000.25 > 500,000, although it is reported as 500,000
        assertThat(offer(r, "goog").annualTotalComp()).isEqualByComparingTo("500000");
        assertMarket(r, "goog", "FAANG L5", 350000, 500000, "ABOVE_BAND");
    }

    @Test
    void thePositionUsesTheWholeAnnualTotalCompNotTheBaseSalary() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 300000, "annualBonusPercent": 10, "signingBonus": 100000,
                                "equity": { "type": "RSU", "grantValue": 200000 } } ] }
                """);

        // 300,000 + 30,000 + 200,000 / 4 = 380,000 (base alone would be below the band; signing not counted)
        assertMarket(r, "goog", "FAANG L5", 350000, 500000, "LOWER_HALF");
    }

    @Test
    void anOfferLevelGivenAsAnAliasUsesThatLevelsBand() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "meta", "company": "Meta", "companyType": "FAANG", "level": "e4",
                                "baseSalary": 300000 } ] }
                """);

        // E4 = L4: FAANG L4 220,000-340,000, midpoint 280,000
        assertMarket(r, "meta", "FAANG L4", 220000, 340000, "UPPER_HALF");
    }

    // ---- which band applies (§7.5) ----

    @Test
    void netflixAtL5UsesTheNetflixBandWhateverItsCompanyTypeAndTheCaseOfItsName() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "n-other", "company": "Netflix", "companyType": "OTHER", "level": "L5",
                                "baseSalary": 450000 },
                              { "id": "n-faang", "company": "netflix", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 380000 },
                              { "id": "n-growth", "company": "NETFLIX", "companyType": "HIGH_GROWTH", "level": "SENIOR",
                                "baseSalary": 510000 },
                              { "id": "n-startup", "company": "NetFlix", "companyType": "STARTUP", "stage": "GROWTH_B_C",
                                "level": "L5", "baseSalary": 420000 } ] }
                """);

        // Netflix L5: 400,000-500,000, midpoint 450,000
        assertMarket(r, "n-other", "Netflix L5", 400000, 500000, "UPPER_HALF");
        // FAANG L5 would put 380,000 in the lower half; the Netflix band puts it below
        assertMarket(r, "n-faang", "Netflix L5", 400000, 500000, "BELOW_BAND");
        // HIGH_GROWTH L5 (300,000-450,000) would say above as well, but with its own band
        assertMarket(r, "n-growth", "Netflix L5", 400000, 500000, "ABOVE_BAND");
        // the startup GROWTH_B_C band (200,000-275,000) would say above; Netflix L5 says lower half
        assertMarket(r, "n-startup", "Netflix L5", 400000, 500000, "LOWER_HALF");
    }

    @Test
    void netflixAtL4UsesItsCompanyTypesBand() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "n-growth", "company": "Netflix", "companyType": "HIGH_GROWTH", "level": "L4",
                                "baseSalary": 250000 },
                              { "id": "n-other", "company": "Netflix", "companyType": "OTHER", "level": "L4",
                                "baseSalary": 250000 } ] }
                """);

        // HIGH_GROWTH L4: 200,000-300,000, midpoint 250,000
        assertMarket(r, "n-growth", "HIGH_GROWTH L4", 200000, 300000, "UPPER_HALF");
        // the Netflix band is for L5 only: an OTHER company at L4 has none
        assertNoBenchmark(r, "n-other");
    }

    @Test
    void aStartupUsesTheStageTableWhateverItsLevel() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "growth-l7", "company": "Growthco", "companyType": "STARTUP",
                                "stage": "GROWTH_B_C", "level": "L7", "baseSalary": 180000,
                                "equity": { "type": "RSU", "grantValue": 160000 } },
                              { "id": "growth", "company": "Growthco", "companyType": "STARTUP",
                                "stage": "GROWTH_B_C", "baseSalary": 237500 },
                              { "id": "late-l5", "company": "Lateco", "companyType": "STARTUP",
                                "stage": "LATE_PRE_IPO", "level": "L5", "baseSalary": 260000 } ] }
                """);

        // GROWTH_B_C TC 200,000-275,000, midpoint 237,500: 180,000 + 160,000 / 4 = 220,000
        assertMarket(r, "growth-l7", "STARTUP GROWTH_B_C", 200000, 275000, "LOWER_HALF");
        assertMarket(r, "growth", "STARTUP GROWTH_B_C", 200000, 275000, "UPPER_HALF");
        // LATE_PRE_IPO TC 270,000-400,000 (not FAANG or high-growth L5): 260,000 is below
        assertMarket(r, "late-l5", "STARTUP LATE_PRE_IPO", 270000, 400000, "BELOW_BAND");
    }

    @Test
    void aHighGrowthCompanyWithAStageUsesTheHighGrowthTable() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "late", "company": "Lateco", "companyType": "HIGH_GROWTH",
                                "stage": "LATE_PRE_IPO", "level": "L5", "baseSalary": 280000 },
                              { "id": "seed", "company": "Seedco", "companyType": "HIGH_GROWTH",
                                "stage": "SEED_A", "level": "L4", "baseSalary": 150000 } ] }
                """);

        // HIGH_GROWTH L5 300,000-450,000: 280,000 is below (the startup LATE_PRE_IPO band would say lower half)
        assertMarket(r, "late", "HIGH_GROWTH L5", 300000, 450000, "BELOW_BAND");
        // HIGH_GROWTH L4 200,000-300,000 on TC (the SEED_A base band would say upper half)
        assertMarket(r, "seed", "HIGH_GROWTH L4", 200000, 300000, "BELOW_BAND");
    }

    @Test
    void aSeedStartupComparesItsBaseSalaryWithTheBaseBand() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "lower", "company": "Seedco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 130000, "annualBonusPercent": 20,
                                "equity": { "type": "RSU", "grantValue": 1000000 } },
                              { "id": "upper", "company": "Seedco", "companyType": "STARTUP", "stage": "SEED_A",
                                "level": "L6", "baseSalary": 140000 },
                              { "id": "below", "company": "Seedco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 119999,
                                "equity": { "type": "OPTIONS", "shares": 100000, "strikePrice": 1, "fairMarketValue": 5 } },
                              { "id": "above", "company": "Seedco", "companyType": "STARTUP", "stage": "SEED_A",
                                "baseSalary": 160001 } ] }
                """);

        // SEED_A base 120,000-160,000, midpoint 140,000; the TC (e.g. 130,000 + 26,000 + 250,000) is not compared
        assertMarket(r, "lower", "STARTUP SEED_A", 120000, 160000, "LOWER_HALF");
        assertMarket(r, "upper", "STARTUP SEED_A", 120000, 160000, "UPPER_HALF");
        assertMarket(r, "below", "STARTUP SEED_A", 120000, 160000, "BELOW_BAND");
        assertMarket(r, "above", "STARTUP SEED_A", 120000, 160000, "ABOVE_BAND");
        assertThat(offer(r, "lower").market().basis()).containsIgnoringCase("base");
    }

    @Test
    void faangL7AboveOnePointTwoMillionIsAboveTheBand() {
        Report r = advise("""
                { "candidate": { "level": "L7" },
                  "offers": [ { "id": "at-top", "company": "Apple", "companyType": "FAANG", "level": "L7",
                                "baseSalary": 300000, "equity": { "type": "RSU", "grantValue": 3600000 } },
                              { "id": "over", "company": "Apple", "companyType": "FAANG", "level": "L7",
                                "baseSalary": 300000, "equity": { "type": "RSU", "grantValue": 3600004 } } ] }
                """);

        // FAANG L7 700,000-1,200,000: 300,000 + 900,000 = 1,200,000 is at the top; + 900,001 is above
        assertMarket(r, "at-top", "FAANG L7", 700000, 1200000, "UPPER_HALF");
        assertMarket(r, "over", "FAANG L7", 700000, 1200000, "ABOVE_BAND");
    }

    // ---- no benchmark ----

    @Test
    void anOtherCompanyHasNoBenchmarkEvenWithALevelOrAStage() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "acme", "company": "Acme", "companyType": "OTHER", "level": "L5",
                                "baseSalary": 400000 },
                              { "id": "staged", "company": "Staged", "companyType": "OTHER", "stage": "GROWTH_B_C",
                                "baseSalary": 220000 } ] }
                """);

        assertNoBenchmark(r, "acme");
        assertNoBenchmark(r, "staged");
    }

    @Test
    void aFaangOfferWithoutALevelHasNoBenchmark() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "baseSalary": 400000 } ] }
                """);

        assertNoBenchmark(r, "goog");
    }

    @Test
    void aHighGrowthOfferAtL7HasNoBenchmark() {
        Report r = advise("""
                { "candidate": { "level": "L7" },
                  "offers": [ { "id": "hg", "company": "Rocket", "companyType": "HIGH_GROWTH", "level": "L7",
                                "baseSalary": 400000 } ] }
                """);

        assertNoBenchmark(r, "hg");
    }

    @Test
    void aHighGrowthOfferAtL3HasNoBenchmark() {
        Report r = advise("""
                { "candidate": { "level": "L3" },
                  "offers": [ { "id": "hg", "company": "Rocket", "companyType": "HIGH_GROWTH", "level": "L3",
                                "baseSalary": 150000 } ] }
                """);

        assertNoBenchmark(r, "hg");
    }

    @Test
    void aFaangOfferAtL8HasNoBenchmark() {
        Report r = advise("""
                { "candidate": { "level": "L8" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "DISTINGUISHED",
                                "baseSalary": 500000 } ] }
                """);

        assertNoBenchmark(r, "goog");
    }

    // ---- MKT-POSITION explanation ----

    @Test
    void marketPositionBecauseLinesQuoteTheSumAndTheBand() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "goog", "company": "Google", "companyType": "FAANG", "level": "L5",
                                "baseSalary": 300000, "annualBonusPercent": 10, "signingBonus": 100000,
                                "equity": { "type": "RSU", "grantValue": 200000 } } ] }
                """);

        AdviceItem position = only(r, "MKT-POSITION", "goog");
        assertThat(position.category()).isEqualTo("MARKET");
        assertThat(position.priority()).isEqualTo(2);
        assertThat(position.source()).isNotBlank();
        assertThat(position.rule()).isNotBlank();
        String because = String.join("\n", position.because());
        // how the TC was summed: 300,000 + 30,000 + 200,000 / 4 (50,000) = 380,000
        assertThat(because).contains("380,000", "300,000", "30,000", "200,000", "50,000");
        // the band, its ends and midpoint, and the position
        assertThat(because).contains("FAANG L5", "350,000", "500,000", "425,000");
        assertThat(wording(position)).containsAnyOf("LOWER_HALF", "lower half");
    }

    // ---- MKT-SPECIALIZATION-PREMIUM ----

    @Test
    void specializationPremiumFiresOnceForTheCaseForANonGeneralistSpecialization() {
        Report r = advise("""
                { "candidate": { "level": "L5", "specialization": "PLATFORM" },
                  "offers": [ { "id": "one", "company": "Onecorp", "companyType": "OTHER", "baseSalary": 200000 },
                              { "id": "two", "company": "Twocorp", "companyType": "OTHER", "baseSalary": 210000 } ] }
                """);

        List<AdviceItem> premium = advice(r, "MKT-SPECIALIZATION-PREMIUM");
        assertThat(premium).hasSize(1);
        AdviceItem item = premium.get(0);
        assertThat(item.offerId()).isNull();
        assertThat(item.category()).isEqualTo("MARKET");
        assertThat(item.priority()).isEqualTo(2);
        // PLATFORM: 10-15 %
        assertThat(wording(item)).containsPattern("10\\s*%?\\s*[-–]\\s*15");
    }

    @Test
    void specializationPremiumFiresForPerformanceWhoseHotListNamesOnlySectors() {
        Report r = advise("""
                { "candidate": { "level": "L5", "specialization": "PERFORMANCE" },
                  "offers": [ { "id": "one", "company": "Onecorp", "companyType": "OTHER", "baseSalary": 200000 } ] }
                """);

        AdviceItem item = only(r, "MKT-SPECIALIZATION-PREMIUM", null);
        // PERFORMANCE: 20-40 %
        assertThat(wording(item)).containsPattern("20\\s*%?\\s*[-–]\\s*40");
    }

    @Test
    void specializationPremiumFiresOnceEvenForACaseWithoutOffers() {
        Report r = advise("""
                { "candidate": { "level": "L6", "specialization": "DISTRIBUTED_SYSTEMS" }, "offers": [] }
                """);

        AdviceItem item = only(r, "MKT-SPECIALIZATION-PREMIUM", null);
        // DISTRIBUTED_SYSTEMS: 15-25 %
        assertThat(wording(item)).containsPattern("15\\s*%?\\s*[-–]\\s*25");
        assertThat(advice(r, "MKT-SPECIALIZATION-PREMIUM")).hasSize(1);
    }

    @Test
    void specializationPremiumNeverFiresForAGeneralist() {
        Report r = advise("""
                { "candidate": { "level": "L5", "specialization": "GENERALIST" },
                  "offers": [ { "id": "one", "company": "Stripe", "companyType": "HIGH_GROWTH", "level": "L5",
                                "baseSalary": 200000 } ] }
                """);

        assertThat(advice(r, "MKT-SPECIALIZATION-PREMIUM")).isEmpty();
        assertThat(advice(r, "MKT-HOT-COMPANY")).isEmpty();
    }

    @Test
    void specializationPremiumNeverFiresWhenTheSpecializationIsAbsent() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "one", "company": "Stripe", "companyType": "HIGH_GROWTH", "level": "L5",
                                "baseSalary": 200000 } ] }
                """);

        assertThat(advice(r, "MKT-SPECIALIZATION-PREMIUM")).isEmpty();
        assertThat(advice(r, "MKT-HOT-COMPANY")).isEmpty();
    }

    // ---- MKT-HOT-COMPANY ----

    @Test
    void hotCompanyFiresForAnOfferFromAHotCompanyIgnoringCase() {
        Report r = advise("""
                { "candidate": { "level": "L5", "specialization": "PLATFORM" },
                  "offers": [ { "id": "stripe", "company": "stripe", "companyType": "HIGH_GROWTH", "level": "L5",
                                "baseSalary": 250000 },
                              { "id": "datadog", "company": "DATADOG", "companyType": "OTHER", "baseSalary": 240000 },
                              { "id": "acme", "company": "Acme", "companyType": "OTHER", "baseSalary": 230000 } ] }
                """);

        AdviceItem hot = only(r, "MKT-HOT-COMPANY", "stripe");
        assertThat(hot.category()).isEqualTo("MARKET");
        assertThat(hot.priority()).isEqualTo(2);
        assertThat(wording(hot)).containsIgnoringCase("stripe");
        only(r, "MKT-HOT-COMPANY", "datadog");
        assertThat(adviceIds(r, "acme")).doesNotContain("MKT-HOT-COMPANY");
        assertThat(advice(r, "MKT-HOT-COMPANY")).hasSize(2);
    }

    @Test
    void hotCompanyDoesNotFireForAPartialCompanyName() {
        Report r = advise("""
                { "candidate": { "level": "L5", "specialization": "PLATFORM" },
                  "offers": [ { "id": "stripe-inc", "company": "Stripe Inc", "companyType": "HIGH_GROWTH",
                                "level": "L5", "baseSalary": 250000 } ] }
                """);

        assertThat(advice(r, "MKT-HOT-COMPANY")).isEmpty();
        // the premium itself still applies
        assertThat(advice(r, "MKT-SPECIALIZATION-PREMIUM")).hasSize(1);
    }

    @Test
    void hotCompanyNeverFiresForPerformanceWhoseListNamesSectorsNotCompanies() {
        Report r = advise("""
                { "candidate": { "level": "L5", "specialization": "PERFORMANCE" },
                  "offers": [ { "id": "hft", "company": "HFT firms", "companyType": "OTHER", "baseSalary": 250000 },
                              { "id": "gaming", "company": "gaming", "companyType": "OTHER", "baseSalary": 250000 },
                              { "id": "adtech", "company": "Ad-Tech", "companyType": "OTHER", "baseSalary": 250000 } ] }
                """);

        assertThat(advice(r, "MKT-HOT-COMPANY")).isEmpty();
        assertThat(advice(r, "MKT-SPECIALIZATION-PREMIUM")).hasSize(1);
    }

    @Test
    void hotCompanyDoesNotFireForACompanyHotForAnotherSpecialization() {
        Report r = advise("""
                { "candidate": { "level": "L5", "specialization": "INFRASTRUCTURE" },
                  "offers": [ { "id": "stripe", "company": "Stripe", "companyType": "HIGH_GROWTH", "level": "L5",
                                "baseSalary": 250000 },
                              { "id": "redis", "company": "Redis", "companyType": "OTHER", "baseSalary": 250000 },
                              { "id": "cloudflare", "company": "Cloudflare", "companyType": "OTHER",
                                "baseSalary": 250000 } ] }
                """);

        assertThat(adviceIds(r, "stripe")).doesNotContain("MKT-HOT-COMPANY");
        assertThat(adviceIds(r, "redis")).doesNotContain("MKT-HOT-COMPANY");
        only(r, "MKT-HOT-COMPANY", "cloudflare");
    }

    // ---- MKT-PAY-CUT ----

    @Test
    void payCutFiresWithTheShortfallWhenTheOfferPaysLessThanNow() {
        Report r = advise("""
                { "candidate": { "level": "L5", "currentTotalComp": 300000 },
                  "offers": [ { "id": "cut", "company": "Cutco", "companyType": "OTHER", "baseSalary": 250000,
                                "annualBonusPercent": 10, "signingBonus": 40000 } ] }
                """);

        AdviceItem cut = only(r, "MKT-PAY-CUT", "cut");
        assertThat(cut.category()).isEqualTo("MARKET");
        assertThat(cut.priority()).isEqualTo(2);
        // 250,000 + 25,000 = 275,000 against 300,000 now: a cut of 25,000 (the signing bonus does not count)
        assertThat(wording(cut)).containsAnyOf("$25K", "$25,000");
        assertThat(String.join("\n", cut.because())).contains("275,000", "300,000");
    }

    @Test
    void payCutDoesNotFireWhenTheOfferPaysExactlyTheCurrentTotalComp() {
        Report r = advise("""
                { "candidate": { "level": "L5", "currentTotalComp": 300000 },
                  "offers": [ { "id": "same", "company": "Sameco", "companyType": "OTHER", "baseSalary": 250000,
                                "equity": { "type": "RSU", "grantValue": 200000 } },
                              { "id": "cut", "company": "Cutco", "companyType": "OTHER", "baseSalary": 299999 } ] }
                """);

        // 250,000 + 200,000 / 4 = 300,000: not a cut; 299,999 is a cut of 1
        assertThat(adviceIds(r, "same")).doesNotContain("MKT-PAY-CUT");
        only(r, "MKT-PAY-CUT", "cut");
    }

    @Test
    void payCutComparesTheUnroundedTotalComp() {
        Report r = advise("""
                { "candidate": { "level": "L5", "currentTotalComp": 300000 },
                  "offers": [ { "id": "cut", "company": "Cutco", "companyType": "OTHER", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 399999 } } ] }
                """);

        // §7.1: 200,000 + 399,999 / 4 = 299,999.75 < 300,000, although it is reported as 300,000
        assertThat(offer(r, "cut").annualTotalComp()).isEqualByComparingTo("300000");
        only(r, "MKT-PAY-CUT", "cut");
    }

    @Test
    void payCutNeverFiresWithoutACurrentTotalComp() {
        Report r = advise("""
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "low", "company": "Lowco", "companyType": "OTHER", "baseSalary": 50000 } ] }
                """);

        assertThat(advice(r, "MKT-PAY-CUT")).isEmpty();
    }
}
