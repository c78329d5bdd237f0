package org.offeradvisor.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offeradvisor.Advisors;
import org.offeradvisor.InvalidCaseException;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.Problem;
import org.offeradvisor.report.Report;

/**
 * The limits of docs/CONTRACT.md "Numbers, text and dates": a number out of its precision or range, a lone surrogate,
 * a date outside 1970-2199, a key given twice, a stream over 1 MiB are refused by JSON path, before any arithmetic.
 */
class CaseLimitsTest {
    private static final String NUMBER_LIMITS = "; a number in a case has at most 15 significant digits and 6 decimal places";

    /** A valid one-offer case with {@code field} (a JSON fragment) added to the offer. */
    private static String offerWith(String field) {
        return """
                { "candidate": { "level": "L5" }, "situation": { "asOf": "2026-12-01" },
                  "offers": [ { "id": "a", "company": "A", "companyType": "FAANG", "baseSalary": 200000, %s } ] }
                """.formatted(field);
    }

    private static String weightsWith(String totalComp) {
        return """
                { "candidate": { "level": "L5" },
                  "situation": { "weights": { "totalComp": %s, "teamAndManager": 20, "technicalChallenges": 15,
                                 "careerGrowth": 15, "workLifeBalance": 10, "companyTrajectory": 10, "locationFlexibility": 5 } } }
                """.formatted(totalComp);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "\"signingBonus\": 1e-30000000 | offers[0].signingBonus: 1E-30000000 has more than 6 decimal places",
            "\"signingBonus\": 1e-999999999 | offers[0].signingBonus: 1E-999999999 has more than 6 decimal places",
            "\"signingBonus\": 1e999999999 | offers[0].signingBonus: 1E+999999999 is not below 10^16",
            "\"signingBonus\": 1234567.123456789 | offers[0].signingBonus: 1234567.123456789 has more than 6 decimal places",
            "\"signingBonus\": 1234567890.123456 | offers[0].signingBonus: 1234567890.123456 has more than 15 significant digits"})
    void aNumberOutOfPrecisionOrRangeIsRefusedBeforeAnyArithmetic(String field, String problem) {
        assertThat(problemsOf(offerWith(field))).containsExactly(problem + NUMBER_LIMITS);
    }

    @Test
    void aTinyWeightIsRefusedInOneShortLine() {
        assertThat(problemsOf(weightsWith("1e-1000000"))).containsExactly(
                "situation.weights.totalComp: 1E-1000000 has more than 6 decimal places" + NUMBER_LIMITS);
        assertThat(problemsOf(weightsWith("25.001"))).contains(
                "situation.weights.totalComp: must have at most 2 decimal places");
    }

    @Test
    void aLongNumberIsClippedInItsMessage() {
        String digits = "9".repeat(900);
        assertThat(problemsOf(offerWith("\"signingBonus\": " + digits))).singleElement().asString()
                .startsWith("offers[0].signingBonus: 999999999999999999999999... (900 characters) is not below 10^16")
                .hasSizeLessThan(200);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "\"signingBonus\": 1000.005 | offers[0].signingBonus: must have at most 2 decimal places",
            "\"baseSalary2\": 1, \"scores\": { \"careerGrowth\": 3.333 } | offers[0].baseSalary2: unknown field",
            "\"equity\": { \"type\": \"RSU\", \"shares\": 10, \"sharePrice\": 2000000 } | offers[0].equity.sharePrice: must be at most 1000000",
            "\"equity\": { \"type\": \"RSU\", \"grantValue\": 1000, \"vestingYears\": 4.7 } | offers[0].equity.vestingYears: must be an integer, not a number"})
    void eachKindOfNumberHasItsOwnRange(String field, String problem) {
        assertThat(problemsOf(offerWith(field))).contains(problem);
    }

    @Test
    void aCurrentPayOfZeroIsRefusedRatherThanDividedBy() {
        // found by PropertiesTest: MKT-RAISE gives the raise as a percentage of current pay
        assertThat(problemsOf("{ \"candidate\": { \"level\": \"L5\", \"currentTotalComp\": 0 } }"))
                .containsExactly("candidate.currentTotalComp: must be greater than 0");
    }

    @Test
    void reasonableNumbersOfEveryKindAreAccepted() {
        Report report = Advisors.shipped().advise(offerWith("""
                "signingBonus": 12345.67, "annualBonusPercent": 12.5,
                "equity": { "type": "OPTIONS", "shares": 12000.5, "strikePrice": 0.001234, "fairMarketValue": 1.5,
                            "vestingSchedulePercent": [33.333333, 33.333333, 33.333334], "vestingYears": 3,
                            "totalSharesOutstanding": 1000000000000000 },
                "scores": { "teamAndManager": 3.5 }"""));
        assertThat(report.offers()).hasSize(1);
    }

    @Test
    void aLoneSurrogateIsRefusedWithItsPath() {
        String loneSurrogate = offerWith("\"title\": \"Senior \\ud800 Engineer\"");
        assertThat(problemsOf(loneSurrogate)).containsExactly("offers[0].title: contains a lone UTF-16 surrogate "
                + "(such as \\ud800 without its pair); text must be valid Unicode");
        assertThat(Advisors.shipped().advise(offerWith("\"title\": \"Senior \\ud83d\\ude80 Engineer\"")).offers())
                .hasSize(1);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"0000-01-01", "9999-12-31", "1969-12-31", "2200-01-01"})
    void aDateOutside1970To2199IsRefusedWithTheRange(String date) {
        String json = "{ \"candidate\": { \"level\": \"L5\" }, \"situation\": { \"asOf\": \"" + date + "\" } }";
        assertThat(problemsOf(json)).containsExactly(
                "situation.asOf: must be a date, YYYY-MM-DD, in the years 1970 to 2199");
    }

    @Test
    void theFirstAndLastAcceptedYearsAdvise() {
        for (String date : List.of("1970-01-01", "2199-12-31")) {
            String json = "{ \"candidate\": { \"level\": \"L5\" }, \"situation\": { \"asOf\": \"" + date + "\" } }";
            assertThat(Advisors.shipped().advise(json).asOf()).isEqualTo(date);
        }
    }

    @Test
    void aKeyGivenTwiceIsRefusedWithItsPath() {
        assertThat(problemsOf(offerWith("\"signingBonus\": 7, \"signingBonus\": 9999"))).containsExactly(
                "offers[0].signingBonus: given twice in the same object; keep one (line 2, column 123)");
    }

    @Test
    void aStreamIsReadOnlyUpTo1MiB() {
        InputStream endless = new InputStream() { // as /dev/zero: never ends
            @Override
            public int read() {
                return 0;
            }
        };
        assertThat(problemsOf(() -> Advisors.shipped().advise(OfferAdvisor.readCase(endless, "standard input"))))
                .containsExactly("standard input: is more than 1048576 bytes; the limit is 1048576 (1 MiB)");
        byte[] small = OfferAdvisor.readCase(new ByteArrayInputStream(offerWith("\"title\": \"x\"").getBytes()), "-");
        assertThat(Advisors.shipped().advise(small).offers()).hasSize(1);
    }

    private static List<String> problemsOf(String caseJson) {
        return problemsOf(() -> Advisors.shipped().advise(caseJson));
    }

    private static List<String> problemsOf(Supplier<Report> advise) {
        Throwable thrown = catchThrowable(advise::get);
        assertThat(thrown).as("the case should be refused").isInstanceOf(InvalidCaseException.class);
        return ((InvalidCaseException) thrown).problems().stream().map(Problem::toString).toList();
    }
}
