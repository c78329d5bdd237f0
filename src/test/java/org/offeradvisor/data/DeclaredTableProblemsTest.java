package org.offeradvisor.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.Advisors;
import org.offeradvisor.Problem;

/**
 * Each mistake a rule author can make with a table of their own, or with a summary quoting the data, is one line
 * {@code file:line:column: message} at the JSON token at fault: an unknown field, a value of the wrong type, a required
 * field left out, a file no reader and no declared type claims, an unknown placeholder, a file that is not JSON.
 */
class DeclaredTableProblemsTest {
    private static final String DRL = """
            package org.offeradvisor.rules.own;

            import java.math.BigDecimal;
            import org.offeradvisor.facts.Stage;

            declare EquityConcentration
                maxShareOfPay : BigDecimal
                label : String = "concentrated"
            end

            declare StageCap
                stage : Stage
                years : int
                since : java.time.LocalDate
                sectors : java.util.List<String>
                note : String @optional
            end
            """;

    @TempDir
    Path tmp;

    private Path rules;

    private List<String> problems(String file, String json) throws IOException {
        rules = rules == null ? Advisors.copyOfRules(tmp) : rules;
        if (file != null) {
            Files.writeString(rules.resolve(file), json);
        }
        List<Problem> problems = new ArrayList<>();
        KnowledgeData data = DataFiles.load(rules, Map.of("own.drl", DRL), problems);
        assertThat(data == null).isEqualTo(!problems.isEmpty());
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void goodTablesReadEveryFieldTypeExactly() throws IOException {
        problems("data/equity-concentration.json", "{ \"maxShareOfPay\": 50.10 }");
        problems("data/stage-cap.json", """
                [ { "stage": "SEED_A", "years": 4, "since": "2026-01-31", "sectors": ["AI", "data"] } ]""");
        List<Problem> found = new ArrayList<>();
        KnowledgeData data = DataFiles.load(rules, Map.of("own.drl", DRL), found);

        assertThat(found).isEmpty();
        assertThat(data.declaredTables()).extracting(DeclaredTable::typeName).containsExactly("EquityConcentration", "StageCap");
        assertThat(data.declaredTables().get(0).rows()).containsExactly(Map.of("maxShareOfPay", new java.math.BigDecimal("50.10")));
        assertThat(data.declaredTables().get(1).rows()).containsExactly(Map.of("stage", org.offeradvisor.facts.Stage.SEED_A,
                "years", 4, "since", java.time.LocalDate.of(2026, 1, 31), "sectors", List.of("AI", "data")));
        assertThat(data.declaredTables().get(0).packageName()).isEqualTo("org.offeradvisor.rules.own");
    }

    @Test
    void anUnknownFieldIsAnErrorAtItsName() throws IOException {
        assertThat(problems("data/equity-concentration.json", "{\n  \"maxShareOfPay\": 50,\n  \"maxShareOfPai\": 60\n}"))
                .containsExactly("data/equity-concentration.json:3:3: maxShareOfPai: unknown field: EquityConcentration "
                        + "declares maxShareOfPay, label (did you mean maxShareOfPay?)");
    }

    @Test
    void aValueOfTheWrongTypeIsAnErrorAtTheValue() throws IOException {
        assertThat(problems("data/stage-cap.json", """
                [ { "stage": "SEED", "years": 4.5, "since": "31/01/2026", "sectors": ["AI", 3] },
                  { "stage": "PUBLIC", "years": "four", "since": "2026-01-31", "sectors": [] } ]"""))
                .containsExactly(
                        "data/stage-cap.json:1:14: [0].stage: \"SEED\" is not one of [SEED_A, GROWTH_B_C, LATE_PRE_IPO, PUBLIC] (did you mean SEED_A?)",
                        "data/stage-cap.json:1:31: [0].years: must be a whole number, not 4.5",
                        "data/stage-cap.json:1:45: [0].since: must be a date, \"2026-01-31\" (java.time.LocalDate), not \"31/01/2026\"",
                        "data/stage-cap.json:1:77: [0].sectors[1]: must be a string, not 3",
                        "data/stage-cap.json:2:33: [1].years: must be a whole number (int), not \"four\"");
        assertThat(problems("data/stage-cap.json", "[]")).isEmpty();
        assertThat(problems("data/equity-concentration.json", "{ \"maxShareOfPay\": \"50%\" }"))
                .containsExactly("data/equity-concentration.json:1:20: maxShareOfPay: must be a number (BigDecimal), not \"50%\"");
    }

    @Test
    void aRequiredFieldLeftOutIsAnErrorAtItsRow() throws IOException {
        assertThat(problems("data/stage-cap.json", """
                [
                  { "stage": "PUBLIC", "since": "2026-01-31", "sectors": [] }
                ]"""))
                .containsExactly("data/stage-cap.json:2:3: [0]: missing years, a whole number (int): a field of StageCap "
                        + "without a default (= value) or @optional is required");
        Files.delete(rules.resolve("data/stage-cap.json"));
        assertThat(problems("data/equity-concentration.json", "{ }"))
                .as("label has a default").containsExactly("data/equity-concentration.json:1:1: missing maxShareOfPay, a number "
                        + "(BigDecimal): a field of EquityConcentration without a default (= value) or @optional is required");
    }

    @Test
    void aDataFileNoReaderAndNoDeclaredTypeClaimsIsAnErrorNamingIt() throws IOException {
        assertThat(problems("data/equity-concentraton.json", "{ \"maxShareOfPay\": 50 }"))
                .containsExactly("data/equity-concentraton.json:1:1: no declared type EquityConcentraton reads this file; "
                        + "declare it in a .drl file: declare EquityConcentraton ... end (did you mean data/equity-concentration.json?)");
        Files.delete(rules.resolve("data/equity-concentraton.json"));
        assertThat(problems("data/level.json", "{}"))
                .containsExactly("data/level.json:1:1: no declared type Level reads this file; declare it in a .drl file: "
                        + "declare Level ... end (did you mean data/levels.json?)");
        Files.delete(rules.resolve("data/level.json"));
        Files.createDirectories(rules.resolve("data/.backup"));
        Files.writeString(rules.resolve("data/.backup/levels.json"), "{}");
        assertThat(problems(null, null)).as("hidden folders are not data").isEmpty();
    }

    @Test
    void aFieldTypeADataFileCannotHoldIsAnErrorAtTheDeclaration() throws IOException {
        rules = Advisors.copyOfRules(tmp);
        Files.writeString(rules.resolve("data/ratio.json"), "{ \"value\": 0.5 }");
        List<Problem> found = new ArrayList<>();
        DataFiles.load(rules, Map.of("ratio.drl", "package p;\n\ndeclare Ratio\n    value : double\nend\n"), found);

        assertThat(found).map(Problem::toString).containsExactly("ratio.drl:4:13: Ratio.value: a field read from "
                + "data/ratio.json may be " + DeclaredTypes.SUPPORTED + ", not double");
    }

    @Test
    void aFileThatIsNotJsonIsReportedWhereTheParserStopped() throws IOException {
        assertThat(problems("data/equity-concentration.json", "{\n  \"maxShareOfPay\": 50,\n}"))
                .containsExactly("data/equity-concentration.json:3:1: invalid JSON: unexpected character '}': was "
                        + "expecting double-quote to start property name");
        assertThat(problems("data/equity-concentration.json", "{ \"maxShareOfPay\": 50 } { }"))
                .containsExactly("data/equity-concentration.json:1:25: unexpected data after the file's closing bracket or brace");
        Files.delete(rules.resolve("data/equity-concentration.json"));
        assertThat(problems("data/negotiation.json", "{\n  \"deadlineDays\": 7\n  \"source\": \"x\"\n}"))
                .containsExactly("data/negotiation.json:3:3: invalid JSON: unexpected character '\"': was expecting "
                        + "comma to separate Object entries");
    }

    @Test
    void aSummaryQuotesTheDataByPlaceholderAndAnUnknownOneIsAnError() throws IOException {
        problems("data/equity-concentration.json", "{ \"maxShareOfPay\": 50.0 }");
        Advisors.edit(rules.resolve("data/advice-kinds.json"), "\"kinds\": [", """
                "kinds": [
                    { "id": "EQ-CONCENTRATION", "category": "EQUITY", "priority": 2,
                      "summary": "Equity over {EquityConcentration.maxShareOfPay}% of pay; signing over {brief(NegotiationPolicy.signingMax)}." },""");
        List<Problem> found = new ArrayList<>();
        KnowledgeData data = DataFiles.load(rules, Map.of("own.drl", DRL), found);
        assertThat(found).isEmpty();
        assertThat(data.adviceKind("EQ-CONCENTRATION").orElseThrow().summary())
                .isEqualTo("Equity over 50.0% of pay; signing over $100K.");

        Advisors.edit(rules.resolve("data/advice-kinds.json"), "{EquityConcentration.maxShareOfPay}", "{EquityConcentration.maxShare}");
        Advisors.edit(rules.resolve("data/advice-kinds.json"), "{brief(NegotiationPolicy.signingMax)}", "{Level.rank} {Negotiation.x}");
        assertThat(problems(null, null)).containsExactly(
                "data/advice-kinds.json:5:18: kinds[0].summary: unknown placeholder {EquityConcentration.maxShare}: "
                        + "EquityConcentration has no field maxShare (did you mean maxShareOfPay?)",
                "data/advice-kinds.json:5:18: kinds[0].summary: unknown placeholder {Level.rank}: Level has several rows; "
                        + "a summary can quote a type with one",
                "data/advice-kinds.json:5:18: kinds[0].summary: unknown placeholder {Negotiation.x}: no data type Negotiation "
                        + "with one row; those are [DecisionPolicy, EquityConcentration, NegotiationPolicy, SalaryHistoryBan] "
                        + "(did you mean NegotiationPolicy?)");
    }

    @Test
    void theShippedSummariesQuoteTheirNumbersFromTheData() {
        KnowledgeData data = DataFiles.load(Advisors.RULES, Map.of(), new ArrayList<>());

        assertThat(data.adviceKind("DEC-CLOSE-CALL").orElseThrow().summary()).contains("within 0.20,");
        assertThat(data.adviceKinds()).allSatisfy(k -> assertThat(k.summary()).doesNotContain("{"));
    }
}
