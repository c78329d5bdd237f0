package org.offeradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offeradvisor.Advisors;

class CliTest {
    private static final String EXAMPLE = "facts-examples/high-growth-senior.json";

    @TempDir
    Path tmp;

    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void adviseprintsATextReportGroupedByOffer() {
        Run run = run("advise", EXAMPLE, "--rules", "rules");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Stripe (stripe), L5", "Annual total comp    $347,500",
                "[2] MKT-POSITION: Stripe is in the lower half of the band (HIGH_GROWTH L5)",
                "because band HIGH_GROWTH L5: total compensation $300,000-$450,000, midpoint $375,000");
    }

    @Test
    void adviseAsJsonPrintsTheContractReport() {
        Run run = run("advise", EXAMPLE, "--format", "json", "--rules", "rules");

        // Report version 2: a summary, the Step 3 table once for the case, and no per-offer negotiation plan.
        // Stripe (KNOWLEDGE.md §8.1): A = 225,000 + 22,500 bonus + 400,000 / 4 = 347,500, in the lower half of
        // HIGH_GROWTH L5 (300,000-450,000, midpoint 375,000); aim min(450,000, 412,500 × 1.10 = 453,750) = 450,000;
        // reach cap 347,500 × 1.2 = 417,000, rounded down to 415,000: T = 415,000. Package (§8.2): G = 67,500;
        // equity min(140,000, 270,000) = 140,000, 35,000 a year; base min(22,500, 32,500) = 22,500 (no base band);
        // R = 10,000; no dip (year one 372,500 − 25,000 + 35,000 + 22,500 = 405,000 ≥ 310,000);
        // S = 60,000 forfeited + 10,000 − 25,000 offered = 45,000; resulting 405,000; lead equity (35,000 > 22,500).
        // Deadline 2026-12-10 is 9 days after 2026-12-01.
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("{\n  \"schemaVersion\": 2,")
                .contains("\"annualTotalComp\": 347500", "\"position\": \"LOWER_HALF\"", "\"firedRules\": [")
                .contains("\"summary\": {", "\"recommendedOfferId\": \"stripe\"", "\"verdict\": \"NEGOTIATE\"",
                        "\"counterTarget\": 415000", "\"deadlineDays\": 9", "\"actions\": [")
                .contains("\"targetTotalComp\": 415000", "\"equityIncrease\": 140000", "\"baseIncrease\": 23000",
                        "\"signingBonus\": 45000", "\"makeWholeEquity\": 0", "\"resultingAnnualTotalComp\": 405000",
                        "\"lead\": \"equity\"")
                .contains("\"negotiationTable\": [")
                .doesNotContain("negotiationPlan");
    }

    @Test
    void aBadCaseGivesOneLinePerProblemAndStatus2WithoutAReport() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, """
                { "candidate": { "level": "L5" },
                  "offers": [ { "id": "a", "company": "A", "companyType": "FAANG", "baseSalery": 1,
                                "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 1, "vestingSchedulePercent": [25, 25, 25, 15] } } ] }
                """);

        Run run = run("advise", bad.toString(), "--rules", "rules");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                offers[0].baseSalery: unknown field
                """);
    }

    @Test
    void semanticProblemsAreListedTogether() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, """
                { "candidate": { "level": "L5" }, "situation": { "preferredOfferId": "b" },
                  "offers": [ { "id": "a", "company": "A", "companyType": "FAANG", "baseSalary": 200000,
                                "equity": { "type": "RSU", "grantValue": 1, "vestingSchedulePercent": [25, 25, 25, 15] } } ] }
                """);

        Run run = run("advise", bad.toString(), "--rules", "rules");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("""
                offers[0].equity.vestingSchedulePercent: sums to 90, must sum to 100
                situation.preferredOfferId: "b" names no offer; the offers are [a]
                """);
    }

    @Test
    void brokenRulesGiveFileAndLineAndStatus2() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Advisors.edit(rules.resolve("market.drl"), "rule \"Offer is a pay cut\"", "rule \"Offer is a pay cut\" oops");

        Run run = run("advise", EXAMPLE, "--rules", rules.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("market.drl:").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingCaseFileIsNamed() {
        Run run = run("advise", "no-such-case.json", "--rules", "rules");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("no-such-case.json: no such file\n");
    }

    @Test
    void badUsageExplainsAndExits2() {
        Run run = run("advise", EXAMPLE, "--format", "pdf");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--format'", "Try 'offer-advisor --help'.");
    }

    @Test
    void helpAndVersionAnswer() {
        Run help = run("--help");
        Run adviseHelp = run("advise", "--help");
        Run version = run("--version");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: offer-advisor", "advise", "Exit status:");
        assertThat(adviseHelp.out()).contains("--format=FORMAT", "--rules=DIR", "text, json");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("offer-advisor ");
    }

    /**
     * {@code advise --out FILE}: the report goes to the file, whole or not at all, and nothing is printed; whatever
     * fails (the case, the rules, the file), the file is as it was and no temporary file is left beside it.
     */
    @Nested
    class AdviseOut {
        private static final String EXAMPLE = "facts-examples/two-offer-comparison.json";

        private Stream<Path> filesIn(Path dir) throws IOException {
            return Files.list(dir).map(dir::relativize).sorted();
        }

        @ParameterizedTest(name = "--format {0}")
        @ValueSource(strings = {"text", "json", "markdown"})
        void theFileHoldsWhatWouldBePrintedAndNothingIsPrinted(String format) throws IOException {
            Path target = tmp.resolve("report");

            Run written = run("advise", EXAMPLE, "--format", format, "--rules", "rules", "--out", target.toString());
            Run printed = run("advise", EXAMPLE, "--format", format, "--rules", "rules");

            assertThat(written.status()).isZero();
            assertThat(written.out()).isEmpty();
            assertThat(written.err()).isEmpty();
            assertThat(Files.readString(target)).isEqualTo(printed.out());
            assertThat(filesIn(tmp)).containsExactly(Path.of("report"));
        }

        @Test
        void anExistingFileIsReplacedWhole() throws IOException {
            Path target = tmp.resolve("report.md");
            Files.writeString(target, "an older report, longer than nothing ".repeat(10_000));

            Run run = run("advise", EXAMPLE, "--format", "markdown", "--rules", "rules", "--out", target.toString());

            assertThat(run.status()).isZero();
            assertThat(Files.readString(target)).startsWith("# Offer Advisor report\n").doesNotContain("an older report");
            assertThat(filesIn(tmp)).containsExactly(Path.of("report.md"));
        }

        @Test
        void aRefusedCaseLeavesTheFileAsItWas() throws IOException {
            Path bad = tmp.resolve("bad.json");
            Files.writeString(bad, "{ \"candidate\": { \"level\": \"L5\" }, \"offers\": [ { \"id\": \"a\" } ] }");
            Path target = tmp.resolve("report.md");
            Files.writeString(target, "the last good report\n");

            Run run = run("advise", bad.toString(), "--format", "markdown", "--rules", "rules", "--out", target.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("offers[0].");
            assertThat(Files.readString(target)).isEqualTo("the last good report\n");
            assertThat(filesIn(tmp)).containsExactly(Path.of("bad.json"), Path.of("report.md"));
        }

        @Test
        void badRulesAndAMissingCaseLeaveNoFile() throws IOException {
            Path target = tmp.resolve("report.md");

            Run badRules = run("advise", EXAMPLE, "--rules", tmp.resolve("no-rules").toString(), "--out", target.toString());
            Run missingCase = run("advise", "no-such-case.json", "--rules", "rules", "--out", target.toString());

            assertThat(badRules.status()).isEqualTo(2);
            assertThat(missingCase.status()).isEqualTo(2);
            assertThat(missingCase.err()).isEqualTo("no-such-case.json: no such file\n");
            assertThat(filesIn(tmp)).isEmpty();
        }

        @Test
        void aDirectoryThatDoesNotExistIsOneLineNamingThePathAndStatus2() throws IOException {
            Path target = tmp.resolve("missing").resolve("report.md");

            Run run = run("advise", EXAMPLE, "--rules", "rules", "--out", target.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo(target + ": cannot write the report: no such directory\n");
            assertThat(filesIn(tmp)).isEmpty();
        }

        @Test
        void aDirectoryIsNotReplaced() throws IOException {
            Path target = Files.createDirectory(tmp.resolve("reports"));

            Run run = run("advise", EXAMPLE, "--rules", "rules", "--out", target.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(target + ": cannot write the report: is a directory\n");
            assertThat(target).isEmptyDirectory();
            assertThat(filesIn(tmp)).containsExactly(Path.of("reports"));
        }

        @Test
        void watchPrintsEachReportSoItIsBadUsageWithOut() {
            Run run = run("advise", EXAMPLE, "--watch", "--rules", "rules", "--out", tmp.resolve("r.md").toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("--watch prints each report; it cannot be used with --out",
                    "Try 'offer-advisor --help'.");
        }
    }
}
