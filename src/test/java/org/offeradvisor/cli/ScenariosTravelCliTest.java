package org.offeradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.Advisors;

/**
 * {@code test} on a rules directory that is not the installation's: its scenarios travel with it (DIR/scenarios/,
 * else DIR/../scenarios/), the case files they name resolve against the scenario file, {@code --watch} follows all
 * of them, and a scenario file that is not JSON is reported at its line and column.
 */
class ScenariosTravelCliTest {
    /** A scenario whose case is a file: Stripe is countered at 415,000 (see RuleAuthorCliTest), and its salary. */
    private static final String STRIPE = """
            { "scenarios": [
              { "name": "Stripe is countered", "caseFile": "%s",
                "expect": { "fires": [ { "advice": "NEG-COUNTER", "offer": "stripe" } ],
                            "figures": [ { "offer": "stripe", "figure": "annualTotalComp", "equals": 347500 } ] } }
            ] }
            """;

    @TempDir
    Path tmp;

    @Test
    void aCopiedRulesFolderRunsItsOwnScenarios() throws Exception {
        // exactly what a rule author does: cp -r rules /tmp/r && offer-advisor test --rules /tmp/r
        Path copy = tmp.resolve("r");
        Process cp = new ProcessBuilder("cp", "-r", Advisors.RULES.toString(), copy.toString()).inheritIO().start();
        assertThat(cp.waitFor(60, TimeUnit.SECONDS) && cp.exitValue() == 0).isTrue();
        long shipped;
        try (Stream<Path> files = Files.list(Advisors.RULES.resolve("scenarios"))) {
            shipped = files.count();
        }

        Run run = Run.of("test", "--rules", copy.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("PASS " + copy.resolve("scenarios/market.json") + ": ")
                .doesNotContain("FAIL ").matches("(?s).*\\n\\d{3} passed, 0 failed\\n");
        assertThat(run.out().lines().map(l -> l.replaceAll(": .*", "")).distinct()
                .filter(l -> l.startsWith("PASS ")).count()).isEqualTo(shipped);
    }

    @Test
    void rulesWithoutScenariosAreRefusedNamingTheFoldersLookedIn() throws IOException {
        Path rules = rulesWithoutScenarios(tmp);
        Files.createDirectories(rules.resolve("scenarios")); // an empty folder holds no scenarios either

        Run run = Run.of("test", "--rules", rules.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("no scenarios for the rules in " + rules + ": no scenario file (*.json) in "
                + rules.resolve("scenarios") + " or " + tmp.resolve("scenarios") + "\n");
    }

    @Test
    void scenariosBesideTheRulesRunWhenTheRulesHaveNoneInside() throws IOException {
        Path rules = rulesWithoutScenarios(tmp);
        Path beside = Files.createDirectories(tmp.resolve("scenarios"));
        Files.writeString(beside.resolve("stripe.json"), STRIPE.formatted("../case.json"));
        Files.copy(Path.of("facts-examples/high-growth-senior.json"), tmp.resolve("case.json"));

        Run run = Run.of("test", "--rules", rules.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("PASS " + beside.resolve("stripe.json") + ": Stripe is countered\n1 passed, 0 failed\n");

        // scenarios inside the rules come first, and alone: those beside are not added to them
        Files.createDirectories(rules.resolve("scenarios"));
        Files.writeString(rules.resolve("scenarios/inside.json"), STRIPE.formatted("../../case.json"));
        assertThat(Run.of("test", "--rules", rules.toString()).out())
                .isEqualTo("PASS " + rules.resolve("scenarios/inside.json") + ": Stripe is countered\n1 passed, 0 failed\n");
    }

    @Test
    void aCaseFileResolvesAgainstItsScenarioFileSoBothMoveTogether() throws IOException {
        Path rules = rulesWithoutScenarios(tmp);
        Files.createDirectories(rules.resolve("scenarios/deeper"));
        Files.createDirectories(rules.resolve("cases"));
        Files.copy(Path.of("facts-examples/high-growth-senior.json"), rules.resolve("cases/stripe.json"));
        Files.writeString(rules.resolve("scenarios/deeper/stripe.json"), STRIPE.formatted("../../cases/stripe.json"));
        Path moved = Files.move(rules, tmp.resolve("elsewhere"));

        Run run = Run.of("test", "--rules", moved.toString());

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).endsWith("1 passed, 0 failed\n");
    }

    @Test
    void aScenarioFileThatIsNotJsonIsReportedAtItsLineAndColumn() throws IOException {
        Path rules = rulesWithoutScenarios(tmp);
        Path file = Files.createDirectories(rules.resolve("scenarios")).resolve("broken.json");
        Files.writeString(file, """
                { "scenarios": [
                  { "name": "a", "case": { "candidate": { "level": "L5" } }, "expect": {} }
                  { "name": "b", "case": { "candidate": { "level": "L5" } }, "expect": {} }
                ] }
                """);
        Path unclosed = Files.writeString(rules.resolve("scenarios/unclosed.json"), "{ \"scenarios\": [\n");

        Run run = Run.of("test", "--rules", rules.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("FAIL " + file + ": (scenario file)\n"
                + "  - " + file + ":3:3: invalid JSON: unexpected character '{': was expecting comma to separate Array entries\n"
                + "FAIL " + unclosed + ": (scenario file)\n"
                + "  - " + unclosed + ":2:1: invalid JSON: unexpected end of the document: an array is not closed\n"
                + "0 passed, 2 failed\n");
    }

    @Test
    void watchRunsTheTravellingScenariosAgainWhenAScenarioTheirCaseOrARuleIsSaved() throws Exception {
        Path rules = rulesWithoutScenarios(tmp);
        Path scenarios = Files.createDirectories(rules.resolve("scenarios")).resolve("stripe.json");
        Path caseFile = Files.copy(Path.of("facts-examples/high-growth-senior.json"), tmp.resolve("stripe-case.json"));
        Files.writeString(scenarios, STRIPE.formatted("../../stripe-case.json"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread watcher = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "test", "--rules", rules.toString(), "--watch"));
        watcher.start();
        try {
            Await.until(() -> out.toString().contains("1 passed, 0 failed"));

            // the case the scenario names, outside the rules and the scenarios folder
            Advisors.edit(caseFile, "\"baseSalary\": 225000", "\"baseSalary\": 226000");
            Await.until(() -> out.toString().contains("=== scenarios changed"));
            Await.until(() -> out.toString().contains("annualTotalComp: expected 347500, was 348600"));

            // the scenario itself, inside the rules directory: a scenario change, which reloads no rules
            Advisors.edit(scenarios, "\"equals\": 347500", "\"equals\": 348600");
            Await.until(() -> count(out, "1 passed, 0 failed") == 2);
            assertThat(out.toString()).doesNotContain("=== rules changed");

            // a rule
            Advisors.edit(rules.resolve("negotiation.drl"), "rule \"Counter citing market data\"",
                    "rule \"Counter citing market data\" oops");
            Await.until(() -> err.toString().contains("(keeping the last rules that compiled)"));
            assertThat(err.toString()).contains("negotiation.drl:");
            Await.until(() -> out.toString().contains("=== rules changed") && count(out, "1 passed, 0 failed") == 3);
        } finally {
            watcher.interrupt();
            watcher.join(Duration.ofSeconds(5).toMillis());
        }
    }

    private static long count(StringWriter out, String text) {
        return out.toString().lines().filter(l -> l.equals(text)).count();
    }

    /** A copy of the shipped rules without their scenarios, in {@code tmp/rules}. */
    static Path rulesWithoutScenarios(Path tmp) throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        try (Stream<Path> files = Files.walk(rules.resolve("scenarios"))) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        return rules;
    }
}
