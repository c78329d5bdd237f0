package org.offeradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offeradvisor.Advisors;

/** {@code new-kind}: a scaffold that validates and passes at once, and refusals that write nothing. */
class NewKindCliTest {
    @TempDir
    Path tmp;

    @Test
    void theScaffoldValidatesAndItsScenariosPassAsWritten() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        String kindsBefore = Files.readString(rules.resolve("data/advice-kinds.json"));

        Run equity = Run.of("new-kind", "EQ-VESTING-GAP", "--category", "EQUITY", "--priority", "2", "--rules", rules.toString());
        // career.drl lacks the import of usd(), which the skeleton uses; priority 1 advice also reaches the summary
        Run career = Run.of("new-kind", "CAR-LATERAL-MOVE", "--category", "CAREER", "--priority", "1", "--rules", rules.toString());

        assertThat(equity.status()).as(equity.err()).isZero();
        assertThat(career.status()).as(career.err()).isZero();
        int ruleLine = Files.readAllLines(rules.resolve("equity.drl"))
                .indexOf("rule \"EQ-VESTING-GAP: base salary above 400,000\"") + 1;
        assertThat(equity.out()).isEqualTo("""
                new-kind EQ-VESTING-GAP: wrote
                  %1$s/equity.drl:%2$d  rule "EQ-VESTING-GAP: base salary above 400,000", which fires for an offer whose base salary is above $400,000
                  %1$s/data/advice-kinds.json:304  the kind, with a summary to write
                  %1$s/scenarios/eq-vesting-gap.json  one scenario where it fires, one where it does not
                Next:
                  1. %1$s/equity.drl:%2$d  write the condition, the title, text and because, and @source (the guide's section)
                  2. %1$s/data/advice-kinds.json:304  write the summary
                  3. %1$s/scenarios/eq-vesting-gap.json  make its cases fit the new condition: one that fires, a near miss
                  4. offer-advisor validate --rules %1$s && offer-advisor test --rules %1$s
                """.formatted(rules, ruleLine));
        assertThat(ruleLine).isPositive();
        // each kind after the last of its category, written as its neighbours are
        String kinds = Files.readString(rules.resolve("data/advice-kinds.json"));
        assertThat(kinds).contains("""
                      "summary": "The exit value an options grant needs to make up the cash it pays less than the reference, after preferences and dilution."
                    },
                    {
                      "id": "EQ-VESTING-GAP",
                      "category": "EQUITY",
                      "priority": 2,
                      "summary": "What EQ-VESTING-GAP tells the candidate, in one sentence (to write)."
                    }
                  ]
                }
                """);
        assertThat(kinds.indexOf("\"CAR-LATERAL-MOVE\"")).isGreaterThan(kinds.indexOf("\"CAR-STAFF-READINESS\""))
                .isLessThan(kinds.indexOf("\"DEC-MATRIX\""));
        assertThat(kinds.replace(",\n    {\n      \"id\": \"EQ-VESTING-GAP\",\n      \"category\": \"EQUITY\",\n"
                        + "      \"priority\": 2,\n      \"summary\": \"What EQ-VESTING-GAP tells the candidate, in one sentence (to write).\"\n    }", "")
                .replace(",\n    {\n      \"id\": \"CAR-LATERAL-MOVE\",\n      \"category\": \"CAREER\",\n"
                        + "      \"priority\": 1,\n      \"summary\": \"What CAR-LATERAL-MOVE tells the candidate, in one sentence (to write).\"\n    }", ""))
                .isEqualTo(kindsBefore);
        assertThat(Files.readString(rules.resolve("career.drl")))
                .contains("import function org.offeradvisor.facts.Explain.advice;\nimport function org.offeradvisor.facts.Money.usd;\n")
                .contains("@adviceId(\"CAR-LATERAL-MOVE\") @category(\"CAREER\") @priority(1)");

        Run validate = Run.of("validate", "--rules", rules.toString());
        assertThat(validate.err()).isEmpty();
        assertThat(validate.status()).isZero();

        Run test = Run.of("test", "--rules", rules.toString());
        assertThat(test.status()).as(test.out()).isZero();
        assertThat(test.out()).contains(
                "PASS " + rules.resolve("scenarios/eq-vesting-gap.json") + ": EQ-VESTING-GAP fires for an offer with a base salary above $400,000",
                "PASS " + rules.resolve("scenarios/eq-vesting-gap.json") + ": EQ-VESTING-GAP does not fire for an offer with a base salary below $400,000",
                "PASS " + rules.resolve("scenarios/car-lateral-move.json") + ": CAR-LATERAL-MOVE fires")
                .doesNotContain("FAIL");
    }

    @Test
    void theScenarioStubsCanFail() throws IOException {
        // the stubs test the skeleton: a condition the author changes without its cases fails them
        Path rules = ScenariosTravelCliTest.rulesWithoutScenarios(tmp);
        assertThat(Run.of("new-kind", "NEG-NO-BONUS", "--category", "NEGOTIATION", "--priority", "3", "--rules",
                rules.toString()).status()).isZero();
        Advisors.edit(rules.resolve("negotiation.drl"), "Offer( baseSalary > 400000 )", "Offer( baseSalary > 500000 )");

        Run test = Run.of("test", "--rules", rules.toString());

        assertThat(test.status()).isEqualTo(1);
        assertThat(test.out()).contains("FAIL " + rules.resolve("scenarios/neg-no-bonus.json")
                + ": NEG-NO-BONUS fires for an offer with a base salary above $400,000").endsWith("1 passed, 1 failed\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EQ-RSU         | EQUITY      | 2 |            | EQ-RSU: exists already (data/advice-kinds.json, equity.drl); choose another id",
        "MKT-VESTING    | EQUITY      | 2 |            | MKT-VESTING: the id of an advice kind of EQUITY starts with EQ- (MARKET MKT-, EQUITY EQ-, NEGOTIATION NEG-, CAREER CAR-, DECISION DEC-)",
        "eq-vesting     | EQUITY      | 2 |            | eq-vesting: an advice id is upper-case words joined by '-', such as EQ-VESTING-GAP",
        "EQ-VESTING     | STOCKS      | 2 |            | --category STOCKS: unknown; one of MARKET, EQUITY, NEGOTIATION, CAREER, DECISION",
        "EQ-VESTING     | EQUITY      | 0 |            | --priority 0: must be 1 (act now), 2 (weighs on the decision) or 3 (context)",
        "EQ-VESTING     | EQUITY      | 4 |            | --priority 4: must be 1 (act now), 2 (weighs on the decision) or 3 (context)",
        "EQ-VESTING     | EQUITY      | 2 | stock.drl  | --file stock.drl: no such file in {rules}",
        "EQ-VESTING     | EQUITY      | 2 | ../x.drl   | --file ../x.drl: is not in {rules}, so it would not be compiled",
        "EQ-VESTING     | EQUITY      | 2 | data/levels.json | --file data/levels.json: is not a DRL file (*.drl)",
    })
    void aRefusalIsOneLineAndWritesNothing(String id, String category, String priority, String file, String message)
            throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Files.writeString(tmp.resolve("x.drl"), "package x;\n");
        Map<String, String> before = snapshot(tmp);

        Run run = file == null
                ? Run.of("new-kind", id, "--category", category, "--priority", priority, "--rules", rules.toString())
                : Run.of("new-kind", id, "--category", category, "--priority", priority, "--file", file, "--rules", rules.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(message.replace("{rules}", rules.toString()) + "\n");
        assertThat(snapshot(tmp)).isEqualTo(before);
    }

    @Test
    void aDefaultFileThatIsMissingAndAScenarioFileThatExistsAreRefused() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Files.delete(rules.resolve("decision.drl"));
        Files.writeString(rules.resolve("scenarios/eq-vesting.json"), "{}");
        Map<String, String> before = snapshot(tmp);

        Run noFile = Run.of("new-kind", "DEC-TIE", "--category", "DECISION", "--priority", "2", "--rules", rules.toString());
        Run scenarioExists = Run.of("new-kind", "EQ-VESTING", "--category", "EQUITY", "--priority", "2", "--rules", rules.toString());

        assertThat(noFile.status()).isEqualTo(2);
        assertThat(noFile.err()).isEqualTo("decision.drl: no such file in " + rules + "; name the DRL file for the rule with --file\n");
        assertThat(scenarioExists.status()).isEqualTo(2);
        assertThat(scenarioExists.err()).isEqualTo(rules.resolve("scenarios/eq-vesting.json")
                + ": exists already; move it away or choose another id\n");
        assertThat(snapshot(tmp)).isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeWrittenLeavesEveryFileAsItWas() throws IOException {
        Path rules = ScenariosTravelCliTest.rulesWithoutScenarios(tmp);
        Files.writeString(rules.resolve("scenarios"), "a file where the scenarios folder would be");
        Map<String, String> before = snapshot(tmp);

        Run run = Run.of("new-kind", "EQ-VESTING", "--category", "EQUITY", "--priority", "2", "--rules", rules.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(rules.resolve("scenarios/eq-vesting.json")
                + ": cannot be written, so nothing was: not a directory\n");
        assertThat(snapshot(tmp)).isEqualTo(before);
    }

    /** Every file under a folder with its content, temporary files included. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
