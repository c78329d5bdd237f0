package org.offeradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.Advisors;

class CliTest {
    private static final String EXAMPLE = "facts-examples/high-growth-senior.json";

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
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

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("{\n  \"schemaVersion\": 1,")
                .contains("\"annualTotalComp\": 347500", "\"position\": \"LOWER_HALF\"", "\"firedRules\": [");
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
}
