package org.offeradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;

/** The rule author's commands, each run through the CLI on a temporary copy of rules/. */
class RuleAuthorCliTest {
    private static final String CASE = "facts-examples/high-growth-senior.json";

    @TempDir
    Path tmp;

    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void validateAcceptsTheShippedRules() {
        Run run = run("validate", "--rules", Advisors.copyOfRules(tmp).toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).matches("(?s).*: \\d+ rules, 0 warning\\(s\\), ok\\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateReportsABrokenRuleWithFileAndLine() {
        Path rules = Advisors.copyOfRules(tmp);
        Advisors.edit(rules.resolve("market.drl"), "rule \"Offer is a pay cut\"", "rule \"Offer is a pay cut\" oops");

        Run run = run("validate", "--rules", rules.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("market.drl:").contains("oops").doesNotContain("null Package", "Exception");
        assertThat(run.out()).contains("1 error(s)");
    }

    @Test
    void validateReportsAnAdviceRuleWithoutItsMetadata() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Files.writeString(rules.resolve("extra.drl"), """
                package org.offeradvisor.rules.extra;

                import org.offeradvisor.facts.*;
                import function org.offeradvisor.facts.Explain.advice;

                rule "Advice without metadata"
                when
                    $o : Offer()
                then
                    insert( advice( kcontext, $o.id() ).title( "t" ).text( "x" ).build() );
                end

                rule "Undocumented advice"
                    @adviceId("MKT-NOT-A-KIND") @category("MARKET") @priority(2) @source("nowhere")
                when
                    $o : Offer()
                then
                    insert( advice( kcontext, $o.id() ).title( "t" ).text( "x" ).build() );
                end
                """);

        Run run = run("validate", "--rules", rules.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("""
                extra.drl:6:1: rule "Advice without metadata" gives advice but has no @adviceId, @category, @priority or \
                @source; add them under the rule line: @adviceId("ID from data/advice-kinds.json") \
                @category("MARKET|EQUITY|NEGOTIATION|CAREER|DECISION") @priority(1|2|3) \
                @source("the guide's section, or assumption")
                extra.drl:13:1: rule "Undocumented advice": advice id MKT-NOT-A-KIND is not documented in data/advice-kinds.json
                """);
    }

    @Test
    void validateWarnsOfAConditionThatCanNeverHoldButExits0() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Files.writeString(rules.resolve("extra.drl"), """
                package org.offeradvisor.rules.extra;

                import org.offeradvisor.facts.*;

                rule "Startups only"
                when
                    Offer( companyType == "STARTUPS" )
                then
                end
                """);

        Run run = run("validate", "--rules", rules.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEqualTo("extra.drl:5:1: warning: rule \"Startups only\": Offer.companyType is never "
                + "\"STARTUPS\" (it is one of [FAANG, HIGH_GROWTH, STARTUP, OTHER]), so companyType == \"STARTUPS\" never holds\n"
                + "extra.drl: warning: Drools' executable model cannot compile these rules (often a condition that compares "
                + "values of different types), so they are compiled the classic way, again on every start\n");
        assertThat(run.out()).contains("2 warning(s), ok");
    }

    @Test
    void rulesListsEveryRuleAsATableAndAsJson() {
        Run table = run("rules", "--rules", "rules");
        Run json = run("rules", "--rules", "rules", "--format", "json");

        assertThat(table.status()).isZero();
        assertThat(table.out()).contains("FILE:LINE", "MKT-POSITION", "Market position of an offer",
                "Backend Engineer Salary Benchmarks (2026)");
        assertThat(table.out().lines().filter(l -> l.contains(".drl:")).count())
                .isEqualTo(org.offeradvisor.engine.RuleBaseLoader.load(Path.of("rules")).ruleCount());
        assertThat(json.out()).contains("\"adviceId\" : \"NEG-COUNTER\"", "\"file\" : \"negotiation.drl\"");
    }

    @Test
    void testRunsScenariosAndSummarises() throws IOException {
        // Stripe's counter target (KNOWLEDGE.md §8.1): A = 347,500; the aim, min(450,000, 412,500 × 1.10), is capped
        // by the reach cap 347,500 × 1.2 = 417,000, rounded down to 415,000
        Path scenarios = Files.writeString(tmp.resolve("s.json"), """
                { "scenarios": [
                  { "name": "Stripe is countered", "caseFile": "%s",
                    "expect": { "fires": [ { "advice": "NEG-COUNTER", "offer": "stripe" } ],
                                "figures": [ { "offer": "stripe", "figure": "counter.targetTotalComp", "equals": 415000 } ] } },
                  { "name": "A wrong expectation", "caseFile": "%s",
                    "expect": { "doesNotFire": [ { "advice": "NEG-COUNTER" } ],
                                "figures": [ { "offer": "stripe", "figure": "annualTotalComp", "equals": 300000, "tolerance": 100 } ],
                                "texts": [ { "advice": "NEG-COUNTER", "offer": "stripe", "contains": ["competing offers"] } ] } }
                ] }
                """.formatted(Path.of(CASE).toAbsolutePath(), Path.of(CASE).toAbsolutePath()));

        Run run = run("test", "--rules", "rules", scenarios.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("PASS " + scenarios + ": Stripe is countered",
                "FAIL " + scenarios + ": A wrong expectation",
                "  - expected NEG-COUNTER not to fire; the report has [",
                "  - offers[stripe].annualTotalComp: expected 300000 ± 100, was 347500",
                "  - NEG-COUNTER/stripe script should contain \"competing offers\": Thank you for the offer")
                .endsWith("1 passed, 1 failed\n");
    }

    @Test
    void testReportsABrokenScenarioFile() throws IOException {
        Path scenarios = Files.writeString(tmp.resolve("s.json"), """
                { "scenarios": [ { "name": "no case", "expect": { "fires": [ { "advice": "nope" } ] } } ] }
                """);

        Run run = run("test", "--rules", "rules", scenarios.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL " + scenarios + ": no case (scenarios[0])\n  - scenarios[0].expect.fires[0].advice")
                .endsWith("0 passed, 1 failed\n");
    }

    @Test
    void coverageListsTheRulesNoScenarioMadeFire() throws IOException {
        Path scenarios = Files.writeString(tmp.resolve("s.json"), """
                { "scenarios": [ { "name": "Stripe", "caseFile": "%s", "expect": {} } ] }
                """.formatted(Path.of(CASE).toAbsolutePath()));

        Run run = run("test", "--rules", "rules", "--coverage", scenarios.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Rules no scenario made fire:", "Management offer for an IC fit  (CAR-TRACK-MISMATCH)")
                .doesNotContain("Market position of an offer  (MKT-POSITION)");
    }

    @Test
    void explainShowsTheChainBehindEachAdvice() {
        Run run = run("advise", CASE, "--rules", "rules", "--explain");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("""
                    how:
                      NEG-COUNTER ← rule "Counter citing market data" (negotiation.drl)
                        ← CounterPackage stripe ← rule "Counter package for an offer below target" (negotiation.drl)
                          ← CounterTarget stripe ← rule "Counter target" (negotiation.drl)
                            ← CounterAim stripe ← rule "Counter aim: high in the market band, plus your premium, at most the band's top" (negotiation.drl)
                              ← MarketPosition stripe ← rule "Market position against the TC band" (market.drl)
                """);
    }

    @Test
    void watchSeesAnEditToTheRulesAndKeepsTheLastGoodRulesOnAnError() throws Exception {
        Path rules = Advisors.copyOfRules(tmp);
        Path caseFile = Files.copy(Path.of(CASE), tmp.resolve("case.json"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Function<OfferAdvisor, String> advise = a -> OfferAdvisor.toText(a.advise(caseFile));
        Thread watcher = new Thread(() -> {
            try {
                new Watcher(rules, List.of(caseFile), "case", advise, new PrintWriter(out, true), new PrintWriter(err, true)).run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                err.write(e.toString());
            }
        });
        watcher.start();
        try {
            Await.until(() -> out.toString().contains("=== watching"));
            Advisors.edit(rules.resolve("data/benchmarks.json"), "\"tc\": [300000, 450000]", "\"tc\": [350000, 450000]");
            Await.until(() -> out.toString().contains("=== rules changed"));
            Await.until(() -> out.toString().contains("below HIGH_GROWTH L5 (total compensation $350,000-$450,000)"));

            Advisors.edit(rules.resolve("market.drl"), "rule \"Offer is a pay cut\"", "rule \"Offer is a pay cut\" oops");
            Await.until(() -> err.toString().contains("(keeping the last rules that compiled)"));
            assertThat(err.toString()).contains("market.drl:");

            Advisors.edit(caseFile, "\"baseSalary\": 225000", "\"baseSalary\": 275000");
            Await.until(() -> out.toString().contains("=== case changed"));
            Await.until(() -> out.toString().contains("in the upper half of HIGH_GROWTH L5 (total compensation $350,000-$450,000)"));
        } finally {
            watcher.interrupt();
            watcher.join(Duration.ofSeconds(5).toMillis());
        }
    }

    @Test
    void testWatchRunsTheScenariosAgainAfterASave() throws Exception {
        Path rules = Advisors.copyOfRules(tmp);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path career = rules.resolve("scenarios/career.json");
        Thread watcher = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "test", career.toString(), "--rules", rules.toString(), "--watch"));
        watcher.start();
        try {
            Await.until(() -> out.toString().contains("7 passed, 0 failed"));

            Advisors.edit(rules.resolve("career.drl"), "\" is a management role, but the IC track fits you\"",
                    "\" is a management role; the IC track fits you\"");
            Await.until(() -> out.toString().contains("=== rules changed"));
            Await.until(() -> out.toString().contains("6 passed, 1 failed"));
            assertThat(out.toString()).contains("FAIL " + career);
        } finally {
            watcher.interrupt();
            watcher.join(Duration.ofSeconds(5).toMillis());
        }
    }
}
