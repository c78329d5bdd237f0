package org.offeradvisor.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.offeradvisor.Advisors;
import org.offeradvisor.InvalidCaseException;
import org.offeradvisor.Problem;
import org.offeradvisor.Reports;
import org.offeradvisor.report.OfferReport;
import org.offeradvisor.report.Report;

/**
 * Bad input (FACTS.md "Bad input"): every way a case can break the contract is refused before any rule
 * runs, with one line per problem naming its JSON path. Cases are written with single quotes for
 * readability; {@link #json(String)} turns them into JSON.
 */
class CaseReaderTest {

    /** A minimal valid offer; tests append or replace fields. */
    private static final String ACME = "'id':'acme','company':'Acme','companyType':'FAANG','baseSalary':200000";

    /** What an unknown level is told, after the quoted value (the level table of KNOWLEDGE.md §1). */
    private static final String LEVEL_HINT = "; use L3..L8, a title or an alias: [L3 (JUNIOR), L4 (MID, E4, IC3), "
            + "L5 (SENIOR, E5, IC4), L6 (STAFF, E6, IC5), L7 (PRINCIPAL), L8 (DISTINGUISHED)]";

    private static final int MIB = 1 << 20;

    // ---------------------------------------------------------------- syntax, shape and size

    @Test
    void malformed_json_is_refused_with_its_line_and_column() {
        String trailingComma = "{\n  \"candidate\": {\"level\": \"L5\",}\n}";
        assertThat(problemsOf(trailingComma)).containsExactly(
                "$: invalid JSON: unexpected character '}': was expecting double-quote to start property name "
                        + "(line 2, column 31)");
    }

    @Test
    void a_case_cut_off_in_the_middle_is_refused_where_it_ends() {
        assertThat(problemsOf("{\"candidate\": ")).containsExactly(
                "$: invalid JSON: unexpected end of the document within/between Object entries (line 1, column 15)");
    }

    @Test
    void text_after_the_case_is_refused() {
        assertThat(problemsOf("{\"candidate\":{\"level\":\"L5\"}} x")).containsExactly(
                "$: invalid JSON: unrecognized token 'x': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false') (line 1, column 30)");
    }

    @Test
    void a_second_value_after_the_case_is_refused_as_data_after_it() {
        assertThat(problemsOf("{\"candidate\":{\"level\":\"L5\"}}\n{}")).containsExactly(
                "$: unexpected data after the case's closing brace (line 2, column 1)");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "   \n  "})
    void an_empty_case_is_refused(String empty) {
        assertThat(problemsOf(empty)).containsExactly("$: the case is empty");
    }

    static Stream<Arguments> rootsThatAreNotObjects() {
        return Stream.of(
                arguments("[]", "$: the case must be a JSON object, not an array"),
                arguments("[{\"candidate\":{\"level\":\"L5\"}}]", "$: the case must be a JSON object, not an array"),
                arguments("\"hello\"", "$: the case must be a JSON object, not a string"),
                arguments("42", "$: the case must be a JSON object, not a number"),
                arguments("true", "$: the case must be a JSON object, not a boolean"),
                arguments("null", "$: the case must be a JSON object, not null"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("rootsThatAreNotObjects")
    void a_root_that_is_not_an_object_is_refused(String root, String expected) {
        assertThat(problemsOf(root)).containsExactly(expected);
    }

    @Test
    void nesting_deeper_than_32_levels_is_refused() {
        String depth33 = "{\"candidate\":{\"level\":\"L5\"},\"x\":" + "[".repeat(32) + "]".repeat(32) + "}";
        assertThat(problemsOf(depth33)).containsExactly("$: the case nests deeper than 32 levels");
    }

    @Test
    void nesting_of_exactly_32_levels_is_parsed_and_then_judged_by_the_schema() {
        String depth32 = "{\"candidate\":{\"level\":\"L5\"},\"x\":" + "[".repeat(31) + "]".repeat(31) + "}";
        assertThat(problemsOf(depth32)).containsExactly("x: unknown field");
    }

    static Stream<Arguments> parserLimitsOtherThanDepth() {
        return Stream.of(
                arguments("a 1001-digit number",
                        json("{'candidate':{'level':'L5'},'offers':[{" + ACME.replace("200000", "9".repeat(1001)) + "}]}")),
                arguments("a 60000-character field name",
                        json("{'candidate':{'level':'L5'},'" + "k".repeat(60_000) + "':1}")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("parserLimitsOtherThanDepth")
    void a_parser_limit_other_than_depth_is_not_reported_as_deep_nesting(String what, String input) {
        assertThat(problemsOf(input)).singleElement().asString()
                .startsWith("$: ")
                .doesNotContain("nests deeper");
    }

    @Test
    void a_case_over_1_MiB_given_as_bytes_is_refused() {
        byte[] oneByteOver = paddedCase(MIB + 1).getBytes(StandardCharsets.UTF_8);
        assertThat(problemsOf(() -> Advisors.shipped().advise(oneByteOver))).containsExactly(
                "$: the case is 1048577 bytes; the limit is 1048576 (1 MiB)");
    }

    @Test
    void a_case_over_1_MiB_given_as_text_is_refused() {
        String oneByteOver = paddedCase(MIB + 1);
        assertThat(problemsOf(oneByteOver)).containsExactly(
                "$: the case is 1048577 bytes; the limit is 1048576 (1 MiB)");
    }

    @Test
    void a_case_file_over_1_MiB_is_refused_naming_the_file(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("big.json"), paddedCase(MIB + 1));
        assertThat(problemsOf(() -> Advisors.shipped().advise(file))).containsExactly(
                file + ": is 1048577 bytes; the limit is 1048576 (1 MiB)");
    }

    @Test
    void a_case_of_exactly_1_MiB_is_accepted_as_text_bytes_and_file(@TempDir Path dir) throws IOException {
        String exactly = paddedCase(MIB);
        Path file = Files.writeString(dir.resolve("exactly.json"), exactly);
        assertThatCode(() -> Advisors.shipped().advise(exactly)).doesNotThrowAnyException();
        assertThatCode(() -> Advisors.shipped().advise(exactly.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
        assertThatCode(() -> Advisors.shipped().advise(file)).doesNotThrowAnyException();
    }

    @Test
    void bytes_that_are_not_utf8_are_refused_not_silently_replaced() {
        byte[] latin1 = json("{'candidate':{'level':'L5','name':'Jos\u00e9'}}").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problemsOf(() -> Advisors.shipped().advise(latin1))).singleElement().asString()
                .startsWith("$: ")
                .containsIgnoringCase("UTF-8");
    }

    @Test
    void a_duplicate_key_is_refused() {
        assertThat(problemsOf("{\"candidate\":{\"level\":\"L5\",\"level\":\"L6\"}}")).containsExactly(
                "candidate.level: given twice in the same object; keep one (line 1, column 35)");
    }

    @Test
    void a_duplicate_key_at_the_root_is_refused() {
        assertThat(problemsOf("{\"candidate\":{\"level\":\"L5\"},\"candidate\":{\"level\":\"L6\"}}")).containsExactly(
                "candidate: given twice in the same object; keep one (line 1, column 40)");
    }

    static Stream<Arguments> nonStandardJson() {
        return Stream.of(
                arguments("{\"candidate\":{\"level\":\"L5\",\"targetTotalComp\":NaN}}"),
                arguments("{\"candidate\":{\"level\":\"L5\",\"targetTotalComp\":Infinity}}"),
                arguments("{\"candidate\":{\"level\":\"L5\",\"targetTotalComp\":+1}}"),
                arguments("{\"candidate\":{\"level\":\"L5\",\"targetTotalComp\":0123}}"),
                arguments("{\"candidate\":{\"level\":\"L5\"} /* a comment */}"),
                arguments("{'candidate':{'level':'L5'}}"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("nonStandardJson")
    void non_standard_json_is_refused_without_advice_to_enable_parser_features(String input) {
        assertThat(problemsOf(input)).singleElement().asString()
                .matches("\\$: invalid JSON: .* \\(line 1, column \\d+\\)")
                .doesNotContain("enable", "Feature", "JsonReadFeature", "code ");
    }

    // ---------------------------------------------------------------- unknown and missing fields

    static Stream<Arguments> unknownFields() {
        return Stream.of(
                arguments("{'candidate':{'level':'L5'},'foo':1}", "foo: unknown field"),
                arguments("{'candidate':{'level':'L5','nmae':'Sam'}}", "candidate.nmae: unknown field"),
                arguments("{'candidate':{'level':'L5','location':{'country':'US','zip':'94103'}}}",
                        "candidate.location.zip: unknown field"),
                arguments("{'candidate':{'level':'L5','preferences':{'likesMeetings':true}}}",
                        "candidate.preferences.likesMeetings: unknown field"),
                arguments("{'candidate':{'level':'L5'},'situation':{'asof':'2026-12-01'}}",
                        "situation.asof: unknown field"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'bonus':10}]}",
                        "offers[0].bonus: unknown field"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'equity':{'type':'RSU','grantValu':400000}}]}",
                        "offers[0].equity.grantValu: unknown field"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'scores':{'team':4}}]}",
                        "offers[0].scores.team: unknown field"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("unknownFields")
    void an_unknown_field_is_refused_by_its_path(String input, String expected) {
        assertThat(problemsOf(json(input))).containsExactly(expected);
    }

    @Test
    void the_typo_baseSalery_is_named_by_its_path_and_the_real_field_is_missing() {
        String typo = json("{'candidate':{'level':'L5'},'offers':[{'id':'acme','company':'Acme','companyType':'FAANG','baseSalery':200000}]}");
        assertThat(problemsOf(typo)).containsExactlyInAnyOrder(
                "offers[0].baseSalery: unknown field",
                "offers[0].baseSalary: required");
    }

    static Stream<Arguments> missingRequiredFields() {
        return Stream.of(
                arguments("{'offers':[]}", "candidate: required"),
                arguments("{'candidate':{'name':'Sam'}}", "candidate.level: required"),
                arguments("{'candidate':{'level':'L5'},'offers':[{'id':'acme','company':'Acme','companyType':'FAANG'}]}",
                        "offers[0].baseSalary: required"),
                arguments("{'candidate':{'level':'L5'},'offers':[{'company':'Acme','companyType':'FAANG','baseSalary':1}]}",
                        "offers[0].id: required"),
                arguments("{'candidate':{'level':'L5'},'offers':[{'id':'acme','companyType':'FAANG','baseSalary':1}]}",
                        "offers[0].company: required"),
                arguments("{'candidate':{'level':'L5'},'offers':[{'id':'acme','company':'Acme','baseSalary':1}]}",
                        "offers[0].companyType: required"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'equity':{'grantValue':400000}}]}",
                        "offers[0].equity.type: required"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("missingRequiredFields")
    void a_missing_required_field_is_refused_by_its_path(String input, String expected) {
        assertThat(problemsOf(json(input))).containsExactly(expected);
    }

    @Test
    void weights_must_name_all_seven_factors() {
        String onlyTotalComp = json("{'candidate':{'level':'L5'},'situation':{'weights':{'totalComp':100}}}");
        assertThat(problemsOf(onlyTotalComp)).containsExactlyInAnyOrder(
                "situation.weights.teamAndManager: required",
                "situation.weights.technicalChallenges: required",
                "situation.weights.careerGrowth: required",
                "situation.weights.workLifeBalance: required",
                "situation.weights.companyTrajectory: required",
                "situation.weights.locationFlexibility: required");
    }

    // ---------------------------------------------------------------- types, enums, ranges, patterns

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                arguments("{'candidate':{'level':5}}", "candidate.level: must be a string, not an integer"),
                arguments("{'candidate':{'level':'L5','name':null}}", "candidate.name: must be a string, not null"),
                arguments("{'candidate':{'level':'L5','yearsOfExperience':'eight'}}",
                        "candidate.yearsOfExperience: must be a number, not a string"),
                arguments("{'candidate':{'level':'L5','preferences':{'enjoysGrowingPeople':'yes'}}}",
                        "candidate.preferences.enjoysGrowingPeople: must be a boolean, not a string"),
                arguments("{'candidate':{'level':'L5'},'situation':null}", "situation: must be an object, not null"),
                arguments("{'candidate':{'level':'L5'},'offers':{}}", "offers: must be an array, not an object"),
                arguments("{'candidate':{'level':'L5'},'offers':[null]}", "offers[0]: must be an object, not null"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME.replace("200000", "'200000'") + "}]}",
                        "offers[0].baseSalary: must be a number, not a string"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'equity':{'type':'RSU','vestingYears':4.5}}]}",
                        "offers[0].equity.vestingYears: must be an integer, not a number"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("wrongTypes")
    void a_value_of_the_wrong_type_is_refused(String input, String expected) {
        assertThat(problemsOf(json(input))).containsExactly(expected);
    }

    static Stream<Arguments> valuesOutsideTheEnums() {
        return Stream.of(
                arguments("{'candidate':{'level':'L5','riskTolerance':'EXTREME'}}",
                        "candidate.riskTolerance: must be one of [\"LOW\",\"MEDIUM\",\"HIGH\"]"),
                arguments("{'candidate':{'level':'L5','specialization':'FRONTEND'}}",
                        "candidate.specialization: must be one of [\"GENERALIST\",\"INFRASTRUCTURE\",\"PLATFORM\","
                                + "\"DISTRIBUTED_SYSTEMS\",\"PERFORMANCE\",\"SECURITY\"]"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME.replace("FAANG", "BIGCO") + "}]}",
                        "offers[0].companyType: must be one of [\"FAANG\",\"HIGH_GROWTH\",\"STARTUP\",\"OTHER\"]"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME.replace("FAANG", "faang") + "}]}",
                        "offers[0].companyType: must be one of [\"FAANG\",\"HIGH_GROWTH\",\"STARTUP\",\"OTHER\"]"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'stage':'SERIES_D'}]}",
                        "offers[0].stage: must be one of [\"SEED_A\",\"GROWTH_B_C\",\"LATE_PRE_IPO\",\"PUBLIC\"]"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'track':'MANAGER'}]}",
                        "offers[0].track: must be one of [\"IC\",\"MANAGEMENT\"]"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'remotePolicy':'FLEXIBLE'}]}",
                        "offers[0].remotePolicy: must be one of [\"ONSITE\",\"HYBRID\",\"REMOTE\"]"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'equity':{'type':'ESPP'}}]}",
                        "offers[0].equity.type: must be one of [\"RSU\",\"OPTIONS\",\"NONE\"]"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("valuesOutsideTheEnums")
    void a_value_outside_its_enum_is_refused_listing_the_allowed_ones(String input, String expected) {
        assertThat(problemsOf(json(input))).containsExactly(expected);
    }

    static Stream<Arguments> valuesOutOfRange() {
        return Stream.of(
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME.replace("200000", "0") + "}]}",
                        "offers[0].baseSalary: must be greater than 0"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'annualBonusPercent':101}]}",
                        "offers[0].annualBonusPercent: must be at most 100"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'equity':{'type':'RSU','cliffMonths':25}}]}",
                        "offers[0].equity.cliffMonths: must be at most 24"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'equity':{'type':'RSU','vestingYears':11}}]}",
                        "offers[0].equity.vestingYears: must be at most 10"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'equity':{'type':'RSU','vestingYears':0}}]}",
                        "offers[0].equity.vestingYears: must be at least 1"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'scores':{'teamAndManager':6}}]}",
                        "offers[0].scores.teamAndManager: must be at most 5"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'scores':{'careerGrowth':0}}]}",
                        "offers[0].scores.careerGrowth: must be at least 1"),
                arguments("{'candidate':{'level':'L5','targetTotalComp':-1}}",
                        "candidate.targetTotalComp: must be at least 0"),
                arguments("{'candidate':{'level':'L5','yearsOfExperience':-1}}",
                        "candidate.yearsOfExperience: must be at least 0"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'signingBonus':-5000}]}",
                        "offers[0].signingBonus: must be at least 0"),
                arguments("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'equity':{'type':'RSU','grantValue':-1}}]}",
                        "offers[0].equity.grantValue: must be at least 0"),
                arguments("{'candidate':{'level':'L5'},'offers':[{'id':'s','company':'S','companyType':'STARTUP','stage':'SEED_A',"
                                + "'baseSalary':1,'equity':{'type':'OPTIONS','shares':0,'strikePrice':1}}]}",
                        "offers[0].equity.shares: must be greater than 0"),
                arguments("{'candidate':{'level':'L5'},'situation':{'weights':{'totalComp':-5,'teamAndManager':25,"
                                + "'technicalChallenges':20,'careerGrowth':15,'workLifeBalance':15,'companyTrajectory':15,"
                                + "'locationFlexibility':15}}}",
                        "situation.weights.totalComp: must be at least 0"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("valuesOutOfRange")
    void a_value_out_of_range_is_refused(String input, String expected) {
        assertThat(problemsOf(json(input))).containsExactly(expected);
    }

    @Test
    void an_offer_id_outside_the_pattern_is_refused() {
        String spaceAndCapitals = json("{'candidate':{'level':'L5'},'offers':[{" + ACME.replace("'acme'", "'Acme Corp'") + "}]}");
        assertThat(problemsOf(spaceAndCapitals)).containsExactly(
                "offers[0].id: must use only lower-case letters, digits and '-'");
    }

    @Test
    void a_date_not_written_YYYY_MM_DD_is_refused() {
        String usStyleAndUnpadded = json("{'candidate':{'level':'L5'},'situation':{'asOf':'12/01/2026'},"
                + "'offers':[{" + ACME + ",'startDate':'2027-2-1'}]}");
        assertThat(problemsOf(usStyleAndUnpadded)).containsExactlyInAnyOrder(
                "situation.asOf: must be a date, YYYY-MM-DD, in the years 1970 to 2199",
                "offers[0].startDate: must be a date, YYYY-MM-DD, in the years 1970 to 2199");
    }

    @Test
    void an_impossible_calendar_date_is_refused() {
        String february30 = json("{'candidate':{'level':'L5'},'situation':{'asOf':'2026-02-30'}}");
        assertThat(problemsOf(february30)).containsExactly("situation.asOf: \"2026-02-30\" is not a calendar date");
    }

    @Test
    void an_impossible_month_in_an_offer_date_is_refused() {
        String month13 = json("{'candidate':{'level':'L5'},'offers':[{" + ACME + ",'expiresOn':'2026-13-01'}]}");
        assertThat(problemsOf(month13)).containsExactly("offers[0].expiresOn: \"2026-13-01\" is not a calendar date");
    }

    @Test
    void a_currency_that_is_not_an_ISO_4217_code_is_refused() {
        assertThat(problemsOf(json("{'currency':'usd','candidate':{'level':'L5'}}"))).containsExactly(
                "currency: must be an ISO 4217 three-letter currency code");
    }

    @Test
    void a_schema_version_other_than_1_is_refused() {
        assertThat(problemsOf(json("{'schemaVersion':2,'candidate':{'level':'L5'}}"))).containsExactly(
                "schemaVersion: must be 1");
    }

    // ---------------------------------------------------------------- checks beyond the schema

    @Test
    void a_vesting_schedule_summing_to_90_is_refused_as_in_FACTS() {
        String secondOfferSums90 = json("{'candidate':{'level':'L5'},'offers':[{" + ACME + "},"
                + "{'id':'beta','company':'Beta','companyType':'FAANG','baseSalary':1,"
                + "'equity':{'type':'RSU','grantValue':1000,'vestingSchedulePercent':[25,25,25,15]}}]}");
        assertThat(problemsOf(secondOfferSums90)).containsExactly(
                "offers[1].equity.vestingSchedulePercent: sums to 90, must sum to 100");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"[33.33,33.33,33.33]", "[33.34,33.34,33.33]", "[33.333,33.333,33.334]"})
    void a_vesting_schedule_within_a_hundredth_of_100_is_accepted(String schedule) {
        String within = json("{'candidate':{'level':'L5'},'offers':[{" + ACME
                + ",'equity':{'type':'RSU','grantValue':300000,'vestingYears':3,'vestingSchedulePercent':" + schedule + "}}]}");
        assertThatCode(() -> Advisors.shipped().advise(within)).doesNotThrowAnyException();
    }

    @Test
    void a_vesting_schedule_two_hundredths_short_is_refused() {
        String short002 = json("{'candidate':{'level':'L5'},'offers':[{" + ACME
                + ",'equity':{'type':'RSU','grantValue':300000,'vestingYears':3,'vestingSchedulePercent':[33.33,33.33,33.32]}}]}");
        assertThat(problemsOf(short002)).containsExactly(
                "offers[0].equity.vestingSchedulePercent: sums to 99.98, must sum to 100");
    }

    @Test
    void a_vesting_schedule_shorter_than_vestingYears_is_refused() {
        String twoOfThree = json("{'candidate':{'level':'L5'},'offers':[{" + ACME
                + ",'equity':{'type':'RSU','grantValue':300000,'vestingYears':3,'vestingSchedulePercent':[50,50]}}]}");
        assertThat(problemsOf(twoOfThree)).containsExactly(
                "offers[0].equity.vestingSchedulePercent: has 2 years, vestingYears is 3");
    }

    @Test
    void a_vesting_schedule_differing_from_the_default_4_years_says_so() {
        String twoOfDefault = json("{'candidate':{'level':'L5'},'offers':[{" + ACME
                + ",'equity':{'type':'RSU','grantValue':300000,'vestingSchedulePercent':[50,50]}}]}");
        assertThat(problemsOf(twoOfDefault)).containsExactly(
                "offers[0].equity.vestingSchedulePercent: has 2 years, vestingYears is 4 (the default)");
    }

    @Test
    void a_vesting_schedule_year_outside_0_to_100_is_refused() {
        String negativeYear = json("{'candidate':{'level':'L5'},'offers':[{" + ACME
                + ",'equity':{'type':'RSU','vestingYears':2,'vestingSchedulePercent':[-10,110]}}]}");
        assertThat(problemsOf(negativeYear)).containsExactlyInAnyOrder(
                "offers[0].equity.vestingSchedulePercent[0]: must be at least 0",
                "offers[0].equity.vestingSchedulePercent[1]: must be at most 100");
    }

    @Test
    void duplicate_offer_ids_are_refused_naming_the_first() {
        String twice = json("{'candidate':{'level':'L5'},'offers':[{" + ACME + "},{" + ACME + "}]}");
        assertThat(problemsOf(twice)).containsExactly("offers[1].id: \"acme\" is already the id of offers[0]");
    }

    @Test
    void a_preferred_offer_id_naming_no_offer_is_refused_listing_the_offers() {
        String nope = json("{'candidate':{'level':'L5'},'situation':{'preferredOfferId':'nope'},'offers':[{" + ACME + "}]}");
        assertThat(problemsOf(nope)).containsExactly(
                "situation.preferredOfferId: \"nope\" names no offer; the offers are [acme]");
    }

    @Test
    void a_preferred_offer_id_in_a_case_without_offers_is_refused() {
        String nope = json("{'candidate':{'level':'L5'},'situation':{'preferredOfferId':'nope'}}");
        assertThat(problemsOf(nope)).containsExactly(
                "situation.preferredOfferId: \"nope\" names no offer (the case has none)");
    }

    @Test
    void a_startup_without_a_stage_is_refused() {
        String noStage = json("{'candidate':{'level':'L5'},'offers':[{'id':'tiny','company':'Tiny','companyType':'STARTUP','baseSalary':150000}]}");
        assertThat(problemsOf(noStage)).containsExactly(
                "offers[0].stage: required for a STARTUP: SEED_A, GROWTH_B_C or LATE_PRE_IPO");
    }

    @Test
    void a_startup_at_stage_PUBLIC_is_refused() {
        String publicStartup = json("{'candidate':{'level':'L5'},'offers':[{'id':'tiny','company':'Tiny','companyType':'STARTUP',"
                + "'stage':'PUBLIC','baseSalary':150000}]}");
        assertThat(problemsOf(publicStartup)).containsExactly(
                "offers[0].stage: a STARTUP must be SEED_A, GROWTH_B_C or LATE_PRE_IPO, not PUBLIC");
    }

    @Test
    void options_without_shares_and_strike_price_are_refused() {
        String bareOptions = json("{'candidate':{'level':'L5'},'offers':[{'id':'tiny','company':'Tiny','companyType':'STARTUP',"
                + "'stage':'SEED_A','baseSalary':150000,'equity':{'type':'OPTIONS','fairMarketValue':2}}]}");
        assertThat(problemsOf(bareOptions)).containsExactlyInAnyOrder(
                "offers[0].equity.shares: required for OPTIONS: the number of shares in the grant",
                "offers[0].equity.strikePrice: required for OPTIONS: the exercise price per share");
    }

    @Test
    void weights_not_summing_to_100_are_refused() {
        String sum99 = json("{'candidate':{'level':'L5'},'situation':{'weights':{'totalComp':25,'teamAndManager':20,"
                + "'technicalChallenges':15,'careerGrowth':15,'workLifeBalance':10,'companyTrajectory':10,'locationFlexibility':4}}}");
        assertThat(problemsOf(sum99)).containsExactly("situation.weights: sum to 99, must sum to 100");
    }

    @Test
    void an_unknown_level_is_refused_naming_the_field_and_the_known_levels() {
        String wizard = json("{'candidate':{'level':'wizard'},'offers':[{" + ACME + ",'level':'L9'}]}");
        assertThat(problemsOf(wizard)).containsExactlyInAnyOrder(
                "candidate.level: unknown level \"wizard\"" + LEVEL_HINT,
                "offers[0].level: unknown level \"L9\"" + LEVEL_HINT);
    }

    @Test
    void an_empty_level_is_refused() {
        assertThat(problemsOf(json("{'candidate':{'level':''}}"))).containsExactly(
                "candidate.level: must not be empty");
    }

    static Stream<Arguments> levelAliases() {
        return Stream.of(
                arguments("senior", "L5"),
                arguments("E5", "L5"),
                arguments("ic4", "L5"),
                arguments("Staff", "L6"),
                arguments("l6", "L6"),
                arguments("mid", "L4"),
                arguments("Distinguished", "L8"));
    }

    @ParameterizedTest(name = "[{index}] {0} is {1}")
    @MethodSource("levelAliases")
    void a_level_alias_in_any_case_is_accepted(String alias, String code) {
        String aliased = json("{'candidate':{'level':'" + alias + "'},'offers':[{" + ACME + ",'level':'" + alias + "'}]}");
        assertThat(Reports.offer(Advisors.shipped().advise(aliased), "acme").level()).isEqualTo(code);
    }

    // ---------------------------------------------------------------- several problems at once

    @Test
    void several_schema_problems_are_reported_together_one_line_each() {
        String threeWrong = json("{'candidate':{'level':'L5','riskTolerance':'YOLO'},'offers':[{'id':'Acme','company':'Acme',"
                + "'companyType':'FAANG','baseSalery':200000,'annualBonusPercent':150}]}");
        assertThat(problemsOf(threeWrong)).containsExactlyInAnyOrder(
                "candidate.riskTolerance: must be one of [\"LOW\",\"MEDIUM\",\"HIGH\"]",
                "offers[0].id: must use only lower-case letters, digits and '-'",
                "offers[0].baseSalery: unknown field",
                "offers[0].baseSalary: required",
                "offers[0].annualBonusPercent: must be at most 100");
    }

    @Test
    void several_semantic_problems_are_reported_together_one_line_each() {
        String fiveWrong = json("{'candidate':{'level':'wizard'},'situation':{'preferredOfferId':'zzz'},'offers':["
                + "{'id':'tiny','company':'Tiny','companyType':'STARTUP','baseSalary':1,"
                + "'equity':{'type':'RSU','vestingSchedulePercent':[50,40]}}]}");
        assertThat(problemsOf(fiveWrong)).containsExactlyInAnyOrder(
                "candidate.level: unknown level \"wizard\"" + LEVEL_HINT,
                "offers[0].stage: required for a STARTUP: SEED_A, GROWTH_B_C or LATE_PRE_IPO",
                "offers[0].equity.vestingSchedulePercent: has 2 years, vestingYears is 4 (the default)",
                "offers[0].equity.vestingSchedulePercent: sums to 90, must sum to 100",
                "situation.preferredOfferId: \"zzz\" names no offer; the offers are [tiny]");
    }

    @Test
    void schema_problems_and_semantic_problems_in_one_case_are_all_reported_together() {
        String mixed = json("{'candidate':{'level':'L5'},'situation':{'preferredOfferId':'nope'},'offers':["
                + "{" + ACME.replace("200000", "0") + "},{" + ACME + "}]}");
        assertThat(problemsOf(mixed)).containsExactlyInAnyOrder(
                "offers[0].baseSalary: must be greater than 0",
                "offers[1].id: \"acme\" is already the id of offers[0]",
                "situation.preferredOfferId: \"nope\" names no offer; the offers are [acme]");
    }

    // ---------------------------------------------------------------- what users never see

    static Stream<Arguments> everyBadInput() {
        Stream<Arguments> tables = Stream.of(rootsThatAreNotObjects(), unknownFields(), missingRequiredFields(), wrongTypes(),
                        valuesOutsideTheEnums(), valuesOutOfRange())
                .flatMap(s -> s.map(a -> arguments(json((String) a.get()[0]))));
        Stream<Arguments> syntax = Stream.of(
                "", "{\n  \"candidate\": {\"level\": \"L5\",}\n}", "{\"candidate\": ", "{\"candidate\":{\"level\":\"L5\"}} x",
                "{\"candidate\":{\"level\":\"L5\",\"level\":\"L6\"}}",
                "{\"candidate\":{\"level\":\"L5\"},\"x\":" + "[".repeat(40) + "]".repeat(40) + "}",
                "{\"candidate\":{\"level\":\"L5\",\"name\":\"a\tb\"}}",
                "{\"candidate\":{\"level\":\"L5\",\"name\":\"\\q\"}}").map(Arguments::arguments);
        Stream<Arguments> semantic = Stream.of(
                "{'candidate':{'level':'wizard'},'situation':{'preferredOfferId':'zzz','asOf':'2026-02-30',"
                        + "'weights':{'totalComp':25,'teamAndManager':20,'technicalChallenges':15,'careerGrowth':15,"
                        + "'workLifeBalance':10,'companyTrajectory':10,'locationFlexibility':4}},'offers':["
                        + "{'id':'tiny','company':'Tiny','companyType':'STARTUP','baseSalary':1,"
                        + "'equity':{'type':'OPTIONS','vestingSchedulePercent':[50,40]}},{'id':'tiny','company':'T',"
                        + "'companyType':'STARTUP','stage':'PUBLIC','baseSalary':1}]}").map(s -> arguments(json(s)));
        return Stream.of(tables, syntax, nonStandardJson(), parserLimitsOtherThanDepth().map(a -> arguments(a.get()[1])), semantic)
                .flatMap(s -> s);
    }

    /** An UpperCamelCase word of two or more humps (JsonReadFeature, BigDecimal) or a dotted Java name. */
    @Test
    void a_utf8_byte_order_mark_before_the_case_is_ignored() {
        String withBom = "\uFEFF" + json("{'candidate':{'level':'L5'},'situation':{'asOf':'2026-12-01'}}");

        assertThat(Advisors.shipped().advise(withBom).asOf()).isEqualTo("2026-12-01");
        assertThat(Advisors.shipped().advise(withBom.getBytes(java.nio.charset.StandardCharsets.UTF_8)).asOf())
                .isEqualTo("2026-12-01");
    }

    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\\b|\\b[a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)+\\.[A-Z]\\w*|\\b[A-Z]\\w*\\.[A-Z_]{2,}\\b");

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("everyBadInput")
    void no_problem_names_a_java_class_or_an_exception_or_spans_two_lines(String input) {
        Throwable thrown = catchThrowable(() -> Advisors.shipped().advise(input));
        assertThat(thrown).isInstanceOf(InvalidCaseException.class);
        List<String> messages = ((InvalidCaseException) thrown).problems().stream().map(Problem::message).toList();
        assertThat(messages).isNotEmpty().allSatisfy(line -> assertThat(line.replaceAll("'[^']*'", "''"))
                .doesNotContain("Exception", "java.", "jackson", "networknt", "\n")
                .doesNotContainPattern(JAVA_NAME));
    }

    // ---------------------------------------------------------------- a valid case and its defaults

    @Test
    void a_valid_case_is_accepted_with_the_defaults_applied() {
        String minimal = json("{'candidate':{'level':'senior'},'offers':["
                + "{'id':'cash','company':'Cash Co','companyType':'FAANG','baseSalary':200000},"
                + "{'id':'other','company':'Other Co','companyType':'OTHER','baseSalary':100000,'equity':{'type':'RSU','grantValue':400000}},"
                + "{'id':'three','company':'Three Co','companyType':'HIGH_GROWTH','baseSalary':100000,"
                + "'equity':{'type':'RSU','grantValue':300000,'vestingYears':3}}]}");
        Report report = Advisors.shipped().advise(minimal);

        assertThat(report.currency()).isEqualTo("USD");
        assertThat(report.asOf()).isEqualTo("2026-11-29");

        assertThat(equityByYear(report, "cash")).containsExactly(0L, 0L, 0L, 0L);
        assertThat(Reports.offer(report, "cash").yearOneTotalComp()).isEqualByComparingTo("200000");

        assertThat(equityByYear(report, "other")).containsExactly(100000L, 100000L, 100000L, 100000L);
        assertThat(Reports.offer(report, "other").annualTotalComp()).isEqualByComparingTo("200000");
        assertThat(Reports.only(report, "MKT-NO-BENCHMARK", "other").because())
                .contains("company type OTHER, stage PUBLIC, level not given");

        assertThat(equityByYear(report, "three")).containsExactly(100000L, 100000L, 100000L);

        assertThat(report.assumptions()).noneMatch(a -> a.contains("cliff"));
    }

    @Test
    void a_complete_valid_case_as_in_FACTS_is_accepted() {
        String complete = json("""
                {'schemaVersion':1,'currency':'USD',
                 'candidate':{'name':'Sam Rivera','level':'L5','yearsOfExperience':8,'specialization':'DISTRIBUTED_SYSTEMS',
                   'market':'San Francisco Bay Area','location':{'country':'US','state':'CA','city':'San Francisco'},
                   'targetTotalComp':450000,'currentTotalComp':310000,'unvestedEquityForfeited':60000,'riskTolerance':'MEDIUM',
                   'preferences':{'enjoysGrowingPeople':false,'wantsProductInfluence':true,'comfortableGivingUpCoding':false},
                   'staffSignals':{'crossTeamInfluence':true,'setsTechnicalDirection':true,'mentorsSeniorEngineers':false,
                     'writesDesignDocsOthersFollow':true,'drivesCrossCuttingInitiatives':false}},
                 'situation':{'askedForCurrentSalary':true,'askedForExpectations':false,'preferredOfferId':'stripe','asOf':'2026-12-01',
                   'weights':{'totalComp':25,'teamAndManager':20,'technicalChallenges':15,'careerGrowth':15,'workLifeBalance':10,
                     'companyTrajectory':10,'locationFlexibility':5}},
                 'offers':[{'id':'stripe','company':'Stripe','companyType':'HIGH_GROWTH','stage':'LATE_PRE_IPO','level':'L5',
                   'title':'Senior Software Engineer','track':'IC','baseSalary':225000,'annualBonusPercent':10,'signingBonus':25000,
                   'equity':{'type':'RSU','grantValue':400000,'vestingYears':4,'vestingSchedulePercent':[25,25,25,25],'cliffMonths':12},
                   'remotePolicy':'HYBRID','startDate':'2027-02-01','expiresOn':'2026-12-10',
                   'scores':{'teamAndManager':4,'technicalChallenges':5,'careerGrowth':4,'workLifeBalance':3,'companyTrajectory':4,
                     'locationFlexibility':3}}]}
                """);
        Report report = Advisors.shipped().advise(complete);
        assertThat(report.asOf()).isEqualTo("2026-12-01");
        assertThat(equityByYear(report, "stripe")).containsExactly(100000L, 100000L, 100000L, 100000L);
    }

    // ---------------------------------------------------------------- helpers

    /** Single-quoted JSON made double-quoted, so cases read without escapes. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static List<String> problemsOf(String caseJson) {
        return problemsOf(() -> Advisors.shipped().advise(caseJson));
    }

    private static List<String> problemsOf(Supplier<Report> advise) {
        Throwable thrown = catchThrowable(advise::get);
        assertThat(thrown).as("the case should be refused").isInstanceOf(InvalidCaseException.class);
        return ((InvalidCaseException) thrown).problems().stream().map(Problem::toString).toList();
    }

    /** A valid case padded with trailing spaces to exactly {@code bytes} bytes. */
    private static String paddedCase(int bytes) {
        String minimal = json("{'candidate':{'level':'L5'}}");
        return minimal + " ".repeat(bytes - minimal.length());
    }

    private static List<Long> equityByYear(Report report, String offerId) {
        return Reports.offer(report, offerId).yearByYear().stream()
                .map(OfferReport.Year::equity).map(e -> e.longValueExact()).toList();
    }
}
