package org.offeradvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offeradvisor.Reports.advice;
import static org.offeradvisor.Reports.adviceIds;
import static org.offeradvisor.Reports.only;

import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.offeradvisor.Advisors;
import org.offeradvisor.report.AdviceItem;
import org.offeradvisor.report.Report;

/**
 * The career knowledge of KNOWLEDGE.md §4 (CAR-MGMT-FIT, CAR-TRACK-MISMATCH, CAR-PENDULUM, CAR-STAFF-READINESS)
 * with the priorities of §5 and the unknown-signal semantics of §7.10, as rules/career.drl applies them.
 * Signals are recognised by the guide's wording ("When management makes sense", "Staff+ roles require").
 */
class CareerRulesTest {

    // the guide's three "when management makes sense" signals
    private static final String GROWING_PEOPLE = "growing people";
    private static final String PRODUCT = "product direction";
    private static final String GIVING_UP_CODING = "giving up day-to-day coding";

    // the guide's five "Staff+ roles require" signals
    private static final String ACROSS_TEAMS = "across teams";
    private static final String DIRECTION = "technical direction";
    private static final String MENTORING = "mentoring senior engineers";
    private static final String DESIGN_DOCS = "design documents";
    private static final String CROSS_CUTTING = "cross-cutting initiatives";

    /** "ready", not preceded by "not" or "not yet". */
    private static final Pattern CLAIMS_READY = Pattern.compile("(?<!not )(?<!not yet )\\bready\\b");

    private static Report advise(String json) {
        return Advisors.shipped().advise(json);
    }

    /** The one advice item of a kind about an offer (null: the case), checked to be CAREER advice of the §5 priority. */
    private static AdviceItem careerAdvice(Report r, String adviceId, String offerId, int priority) {
        AdviceItem a = only(r, adviceId, offerId);
        assertThat(a.category()).as("category of %s", adviceId).isEqualTo("CAREER");
        assertThat(a.priority()).as("priority of %s", adviceId).isEqualTo(priority);
        assertThat(a.title()).as("title of %s", adviceId).isNotBlank();
        assertThat(a.rule()).as("rule of %s", adviceId).isNotBlank();
        assertThat(a.source()).as("source of %s", adviceId).isNotBlank();
        assertThat(a.because()).as("because of %s", adviceId).isNotEmpty();
        return a;
    }

    private static AdviceItem managementFit(Report r) {
        assertThat(advice(r, "CAR-MGMT-FIT")).as("CAR-MGMT-FIT items").hasSize(1);
        return careerAdvice(r, "CAR-MGMT-FIT", null, 3);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The title and text of an advice item, in lower case. */
    private static String verdict(AdviceItem a) {
        return lower(a.title() + "\n" + a.text());
    }

    /** Some because line lists {@code signal} under {@code label} ("true", "false" or "unknown"). */
    private static void assertListedAs(AdviceItem a, String label, String signal) {
        assertThat(a.because()).as("%s listed as %s in %s", signal, label, a.id())
                .anySatisfy(line -> assertThat(lower(line)).contains(label, signal));
    }

    /** No because line lists {@code signal} under {@code label}. */
    private static void assertNotListedAs(AdviceItem a, String label, String signal) {
        assertThat(a.because()).as("%s not listed as %s in %s", signal, label, a.id())
                .noneSatisfy(line -> assertThat(lower(line)).contains(label, signal));
    }

    private static void assertManagementFits(AdviceItem fit) {
        assertThat(fit.title()).containsIgnoringCase("management").doesNotContain("IC")
                .doesNotContainIgnoringCase("either");
    }

    private static void assertEitherFits(AdviceItem fit) {
        assertThat(fit.title()).containsIgnoringCase("either");
    }

    private static void assertIcFits(AdviceItem fit) {
        assertThat(fit.title()).contains("IC").doesNotContainIgnoringCase("either");
    }

    private static void assertProvisional(AdviceItem fit) {
        assertThat(verdict(fit)).contains("provisional");
    }

    private static void assertNotProvisional(AdviceItem fit) {
        assertThat(verdict(fit)).doesNotContain("provisional");
    }

    /** A case with these candidate preferences (a JSON object, or "" for none) and these offers. */
    private static Report withPreferences(String preferences, String offers) {
        return advise("""
                { "candidate": { "level": "L5"%s },
                  "offers": [ %s ] }
                """.formatted(preferences.isEmpty() ? "" : ", \"preferences\": " + preferences, offers));
    }

    private static final String IC_OFFER = """
            { "id": "ic", "company": "Iconic", "companyType": "OTHER", "baseSalary": 200000, "track": "IC" }""";
    private static final String NO_TRACK_OFFER = """
            { "id": "plain", "company": "Plainco", "companyType": "OTHER", "baseSalary": 200000 }""";
    private static final String MANAGEMENT_OFFER = """
            { "id": "mgr", "company": "Managed", "companyType": "OTHER", "baseSalary": 200000, "track": "MANAGEMENT" }""";

    // ---- CAR-MGMT-FIT ----

    @Test
    void threeTrueSignalsMeanManagementFits() {
        Report r = withPreferences("""
                { "enjoysGrowingPeople": true, "wantsProductInfluence": true, "comfortableGivingUpCoding": true }""",
                IC_OFFER);

        AdviceItem fit = managementFit(r);
        assertManagementFits(fit);
        assertNotProvisional(fit);
        assertListedAs(fit, "true", GROWING_PEOPLE);
        assertListedAs(fit, "true", PRODUCT);
        assertListedAs(fit, "true", GIVING_UP_CODING);
    }

    @Test
    void twoTrueSignalsMeanEitherTrackFits() {
        Report r = withPreferences("""
                { "enjoysGrowingPeople": true, "wantsProductInfluence": true, "comfortableGivingUpCoding": false }""",
                IC_OFFER);

        AdviceItem fit = managementFit(r);
        assertEitherFits(fit);
        assertNotProvisional(fit);
        assertListedAs(fit, "false", GIVING_UP_CODING);
    }

    @Test
    void oneTrueSignalMeansTheIcTrackFits() {
        Report r = withPreferences("""
                { "enjoysGrowingPeople": false, "wantsProductInfluence": true, "comfortableGivingUpCoding": false }""",
                IC_OFFER);

        AdviceItem fit = managementFit(r);
        assertIcFits(fit);
        assertNotProvisional(fit);
        assertListedAs(fit, "true", PRODUCT);
        assertListedAs(fit, "false", GROWING_PEOPLE);
        assertListedAs(fit, "false", GIVING_UP_CODING);
    }

    @Test
    void noTrueSignalMeansTheIcTrackFits() {
        Report r = withPreferences("""
                { "enjoysGrowingPeople": false, "wantsProductInfluence": false, "comfortableGivingUpCoding": false }""",
                IC_OFFER);

        AdviceItem fit = managementFit(r);
        assertIcFits(fit);
        assertNotProvisional(fit);
    }

    @Test
    void twoTrueAndOneUnknownIsAProvisionalEitherWithTheUnknownListed() {
        Report r = withPreferences("""
                { "enjoysGrowingPeople": true, "wantsProductInfluence": true }""", IC_OFFER);

        AdviceItem fit = managementFit(r);
        assertEitherFits(fit);
        assertProvisional(fit);
        assertListedAs(fit, "unknown", GIVING_UP_CODING);
        assertNotListedAs(fit, "false", GIVING_UP_CODING);
    }

    @Test
    void unknownSignalsAreNeverCountedAsFalse() {
        Report r = withPreferences("""
                { "wantsProductInfluence": true }""", IC_OFFER);

        // 1 known true signal: the IC track fits, provisionally; the other two are unknown, not false
        AdviceItem fit = managementFit(r);
        assertIcFits(fit);
        assertProvisional(fit);
        assertListedAs(fit, "true", PRODUCT);
        assertListedAs(fit, "unknown", GROWING_PEOPLE);
        assertListedAs(fit, "unknown", GIVING_UP_CODING);
        assertNotListedAs(fit, "false", GROWING_PEOPLE);
        assertNotListedAs(fit, "false", GIVING_UP_CODING);
    }

    @Test
    void oneKnownFalseSignalIsEnoughForAProvisionalFit() {
        Report r = withPreferences("""
                { "comfortableGivingUpCoding": false }""", IC_OFFER);

        AdviceItem fit = managementFit(r);
        assertIcFits(fit);
        assertProvisional(fit);
        assertListedAs(fit, "false", GIVING_UP_CODING);
        assertListedAs(fit, "unknown", GROWING_PEOPLE);
        assertListedAs(fit, "unknown", PRODUCT);
    }

    @Test
    void theFitIsGivenOnceWhateverTheNumberOfOffers() {
        Report r = withPreferences("""
                { "enjoysGrowingPeople": false, "wantsProductInfluence": false, "comfortableGivingUpCoding": false }""",
                IC_OFFER + ", " + NO_TRACK_OFFER + ", " + MANAGEMENT_OFFER);

        assertThat(advice(r, "CAR-MGMT-FIT")).hasSize(1);
        assertThat(advice(r, "CAR-MGMT-FIT").get(0).offerId()).isNull();
    }

    @Test
    void noFitWhenEveryPreferenceIsUnknown() {
        Report r = withPreferences("{}", IC_OFFER + ", " + MANAGEMENT_OFFER);

        assertThat(advice(r, "CAR-MGMT-FIT")).isEmpty();
        assertThat(advice(r, "CAR-TRACK-MISMATCH")).isEmpty();
        assertThat(advice(r, "CAR-PENDULUM")).isEmpty();
    }

    @Test
    void noFitWithoutPreferences() {
        Report r = withPreferences("", IC_OFFER + ", " + MANAGEMENT_OFFER);

        assertThat(advice(r, "CAR-MGMT-FIT")).isEmpty();
        assertThat(advice(r, "CAR-TRACK-MISMATCH")).isEmpty();
        assertThat(advice(r, "CAR-PENDULUM")).isEmpty();
    }

    // ---- CAR-TRACK-MISMATCH and CAR-PENDULUM ----

    @Test
    void aManagementOfferIsAMismatchWhenTheIcTrackFits() {
        Report r = withPreferences("""
                { "enjoysGrowingPeople": false, "wantsProductInfluence": true, "comfortableGivingUpCoding": false }""",
                IC_OFFER + ", " + NO_TRACK_OFFER + ", " + MANAGEMENT_OFFER);

        AdviceItem mismatch = careerAdvice(r, "CAR-TRACK-MISMATCH", "mgr", 1);
        assertThat(lower(mismatch.title() + " " + mismatch.text())).contains("managed", "management");
        assertThat(advice(r, "CAR-TRACK-MISMATCH")).hasSize(1);
        assertThat(adviceIds(r, "ic")).doesNotContain("CAR-TRACK-MISMATCH");
        assertThat(adviceIds(r, "plain")).doesNotContain("CAR-TRACK-MISMATCH");
        careerAdvice(r, "CAR-PENDULUM", null, 3);
    }

    @Test
    void anIcOfferIsAMismatchWhenManagementFitsAndAnOfferWithoutTrackIsIc() {
        Report r = withPreferences("""
                { "enjoysGrowingPeople": true, "wantsProductInfluence": true, "comfortableGivingUpCoding": true }""",
                IC_OFFER + ", " + NO_TRACK_OFFER + ", " + MANAGEMENT_OFFER);

        careerAdvice(r, "CAR-TRACK-MISMATCH", "ic", 1);
        careerAdvice(r, "CAR-TRACK-MISMATCH", "plain", 1);
        assertThat(adviceIds(r, "mgr")).doesNotContain("CAR-TRACK-MISMATCH");
        assertThat(advice(r, "CAR-TRACK-MISMATCH")).hasSize(2);
        // two mismatches, one reminder that the track is not permanent
        assertThat(advice(r, "CAR-PENDULUM")).hasSize(1);
        careerAdvice(r, "CAR-PENDULUM", null, 3);
    }

    @Test
    void aProvisionalIcFitStillFlagsAManagementOffer() {
        Report r = withPreferences("""
                { "enjoysGrowingPeople": true }""", MANAGEMENT_OFFER);

        careerAdvice(r, "CAR-TRACK-MISMATCH", "mgr", 1);
        careerAdvice(r, "CAR-PENDULUM", null, 3);
    }

    @Test
    void noMismatchWhenEitherTrackFitsButThePendulumIsMentioned() {
        Report r = withPreferences("""
                { "enjoysGrowingPeople": true, "wantsProductInfluence": false, "comfortableGivingUpCoding": true }""",
                IC_OFFER + ", " + NO_TRACK_OFFER + ", " + MANAGEMENT_OFFER);

        assertThat(advice(r, "CAR-TRACK-MISMATCH")).isEmpty();
        assertThat(advice(r, "CAR-PENDULUM")).hasSize(1);
        careerAdvice(r, "CAR-PENDULUM", null, 3);
    }

    @Test
    void eitherTrackFitsEvenWithoutOffersOnBothTracksSoThePendulumIsMentioned() {
        Report r = withPreferences("""
                { "enjoysGrowingPeople": true, "wantsProductInfluence": true, "comfortableGivingUpCoding": false }""",
                IC_OFFER);

        assertThat(advice(r, "CAR-TRACK-MISMATCH")).isEmpty();
        careerAdvice(r, "CAR-PENDULUM", null, 3);
    }

    @Test
    void icOffersMatchAnIcFitSoNeitherMismatchNorPendulum() {
        Report r = withPreferences("""
                { "enjoysGrowingPeople": false, "wantsProductInfluence": false, "comfortableGivingUpCoding": true }""",
                IC_OFFER + ", " + NO_TRACK_OFFER);

        assertThat(advice(r, "CAR-TRACK-MISMATCH")).isEmpty();
        assertThat(advice(r, "CAR-PENDULUM")).isEmpty();
    }

    @Test
    void aManagementOfferMatchesAManagementFitSoNeitherMismatchNorPendulum() {
        Report r = withPreferences("""
                { "enjoysGrowingPeople": true, "wantsProductInfluence": true, "comfortableGivingUpCoding": true }""",
                MANAGEMENT_OFFER);

        assertThat(advice(r, "CAR-TRACK-MISMATCH")).isEmpty();
        assertThat(advice(r, "CAR-PENDULUM")).isEmpty();
    }

    // ---- CAR-STAFF-READINESS ----

    /** A case with these staff signals (a JSON object, or "" for none) and one IC offer at {@code level}. */
    private static Report staffOffer(String signals, String level) {
        return advise("""
                { "candidate": { "level": "L5"%s },
                  "offers": [ { "id": "staff", "company": "Staffco", "companyType": "OTHER", "baseSalary": 300000,
                                "level": "%s", "track": "IC" } ] }
                """.formatted(signals.isEmpty() ? "" : ", \"staffSignals\": " + signals, level));
    }

    @Test
    void aStaffLevelIcOfferListsWhichSignalsAreTrueFalseOrUnknown() {
        Report r = staffOffer("""
                { "crossTeamInfluence": true, "setsTechnicalDirection": true, "mentorsSeniorEngineers": false,
                  "writesDesignDocsOthersFollow": true }""", "L6");

        AdviceItem readiness = careerAdvice(r, "CAR-STAFF-READINESS", "staff", 3);
        assertListedAs(readiness, "true", ACROSS_TEAMS);
        assertListedAs(readiness, "true", DIRECTION);
        assertListedAs(readiness, "true", DESIGN_DOCS);
        assertListedAs(readiness, "false", MENTORING);
        assertListedAs(readiness, "unknown", CROSS_CUTTING);
        assertNotListedAs(readiness, "false", CROSS_CUTTING);
        assertThat(verdict(readiness)).doesNotContainPattern(CLAIMS_READY);
    }

    @Test
    void allFiveSignalsTrueMeanReady() {
        Report r = staffOffer("""
                { "crossTeamInfluence": true, "setsTechnicalDirection": true, "mentorsSeniorEngineers": true,
                  "writesDesignDocsOthersFollow": true, "drivesCrossCuttingInitiatives": true }""", "L7");

        AdviceItem readiness = careerAdvice(r, "CAR-STAFF-READINESS", "staff", 3);
        assertThat(verdict(readiness)).containsPattern(CLAIMS_READY);
        for (String signal : new String[] {ACROSS_TEAMS, DIRECTION, MENTORING, DESIGN_DOCS, CROSS_CUTTING}) {
            assertListedAs(readiness, "true", signal);
        }
    }

    @Test
    void fourTrueAndOneUnknownIsNotReady() {
        Report r = staffOffer("""
                { "crossTeamInfluence": true, "setsTechnicalDirection": true, "mentorsSeniorEngineers": true,
                  "writesDesignDocsOthersFollow": true }""", "L6");

        AdviceItem readiness = careerAdvice(r, "CAR-STAFF-READINESS", "staff", 3);
        assertThat(verdict(readiness)).doesNotContainPattern(CLAIMS_READY);
        assertListedAs(readiness, "unknown", CROSS_CUTTING);
    }

    @Test
    void withoutStaffSignalsEverySignalIsUnknown() {
        Report r = staffOffer("", "STAFF");

        AdviceItem readiness = careerAdvice(r, "CAR-STAFF-READINESS", "staff", 3);
        assertThat(verdict(readiness)).doesNotContainPattern(CLAIMS_READY);
        for (String signal : new String[] {ACROSS_TEAMS, DIRECTION, MENTORING, DESIGN_DOCS, CROSS_CUTTING}) {
            assertListedAs(readiness, "unknown", signal);
            assertNotListedAs(readiness, "false", signal);
        }
    }

    @Test
    void staffReadinessIsAskedOfEveryIcOfferAtL6OrAboveOnly() {
        Report r = advise("""
                { "candidate": { "level": "L5",
                                 "staffSignals": { "crossTeamInfluence": true, "setsTechnicalDirection": true } },
                  "offers": [ { "id": "senior", "company": "Seniorco", "companyType": "OTHER", "baseSalary": 250000,
                                "level": "L5", "track": "IC" },
                              { "id": "staff", "company": "Staffco", "companyType": "OTHER", "baseSalary": 300000,
                                "level": "E6" },
                              { "id": "principal", "company": "Principalco", "companyType": "OTHER",
                                "baseSalary": 400000, "level": "PRINCIPAL", "track": "IC" },
                              { "id": "manager", "company": "Managerco", "companyType": "OTHER", "baseSalary": 300000,
                                "level": "L6", "track": "MANAGEMENT" },
                              { "id": "unlevelled", "company": "Unlevelled", "companyType": "OTHER",
                                "baseSalary": 300000, "track": "IC" } ] }
                """);

        careerAdvice(r, "CAR-STAFF-READINESS", "staff", 3);
        careerAdvice(r, "CAR-STAFF-READINESS", "principal", 3);
        assertThat(advice(r, "CAR-STAFF-READINESS")).extracting(AdviceItem::offerId)
                .containsExactlyInAnyOrder("staff", "principal");
    }
}
