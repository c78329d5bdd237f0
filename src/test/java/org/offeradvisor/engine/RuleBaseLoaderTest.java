package org.offeradvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.Advisors;
import org.offeradvisor.InvalidRulesException;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.Problem;
import org.offeradvisor.Reports;
import org.offeradvisor.RulesFailedException;
import org.offeradvisor.report.Report;

class RuleBaseLoaderTest {
    private static final String CASE = """
            { "candidate": { "level": "L5" },
              "situation": { "asOf": "2026-12-01" },
              "offers": [ { "id": "g", "company": "Google", "companyType": "FAANG", "level": "L5",
                            "baseSalary": 250000, "annualBonusPercent": 15,
                            "equity": { "type": "RSU", "grantValue": 600000 } } ] }
            """;

    @TempDir
    Path tmp;

    private List<String> problemsOf(Path rules) {
        try {
            OfferAdvisor.fromRules(rules);
        } catch (InvalidRulesException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the rules in " + rules + " were accepted");
    }

    @Test
    void theShippedRulesCompileAndCountEveryRule() {
        RuleBase base = RuleBaseLoader.load(Advisors.RULES);
        assertThat(base.ruleCount()).isGreaterThan(10);
        assertThat(base.fingerprint()).matches("sha256:[0-9a-f]{64}");
        assertThat(base.data().benchmarksAsOf()).isEqualTo("2026");
    }

    @Test
    void aBrokenRuleIsReportedWithItsFileAndLine() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Advisors.edit(rules.resolve("market.drl"), "$o : Offer( companyType == CompanyType.OTHER, $id : id )",
                "$o : Ofer( companyType == CompanyType.OTHER, $id : id )");
        int line = lineOf(rules.resolve("market.drl"), "Ofer(");

        assertThat(problemsOf(rules)).anySatisfy(p -> assertThat(p)
                .startsWith("market.drl:" + line + ":").endsWith(": no fact type Ofer; did you mean Offer?"));
    }

    @Test
    void aSyntaxErrorIsReportedWithItsFileAndLine() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Files.writeString(rules.resolve("broken.drl"), """
                package org.offeradvisor.rules.broken;

                rule "Half written"
                when
                    String( length > )
                then
                end
                """);

        assertThat(problemsOf(rules)).anySatisfy(p -> assertThat(p).startsWith("broken.drl:5:"));
    }

    @Test
    void aDuplicateRuleNameIsAnErrorEvenAcrossFiles() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Files.writeString(rules.resolve("extra.drl"), """
                package org.offeradvisor.rules.extra;

                import org.offeradvisor.facts.*;

                rule "Offer figures"
                when
                    Offer()
                then
                end
                """);
        int original = lineOf(rules.resolve("compensation.drl"), "rule \"Offer figures\"");

        assertThat(problemsOf(rules)).containsExactly(
                "extra.drl:5:1: duplicate rule name \"Offer figures\": also at compensation.drl:" + original);
    }

    @Test
    void adviceMetadataMustBeComplete() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Advisors.edit(rules.resolve("market.drl"), "@adviceId(\"MKT-PAY-CUT\") @category(\"MARKET\") @priority(2)",
                "@adviceId(\"MKT-PAY-CUT\") @category(\"MONEY\")");
        int line = lineOf(rules.resolve("market.drl"), "rule \"Offer is a pay cut\"");

        assertThat(problemsOf(rules)).containsExactly(
                "market.drl:" + line + ":1: rule \"Offer is a pay cut\" gives advice but has no @priority; "
                        + "add it under the rule line: @priority(2)",
                "market.drl:" + line + ":1: rule \"Offer is a pay cut\": @category(\"MONEY\") is not one of "
                        + "[MARKET, EQUITY, NEGOTIATION, CAREER, DECISION]");
    }

    @Test
    void aMissingDataFileIsNamed() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Files.delete(rules.resolve("data/benchmarks.json"));

        assertThat(problemsOf(rules)).containsExactly("data/benchmarks.json: missing: the rules need this data file");
    }

    @Test
    void aDataFileThatDoesNotParseIsReportedWithLineAndColumn() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Advisors.edit(rules.resolve("data/benchmarks.json"), "\"tc\": [150000, 230000] },", "\"tc\": [150000, 230000] ");
        int next = lineOf(rules.resolve("data/benchmarks.json"), "\"FAANG L4\"");

        assertThat(problemsOf(rules)).singleElement().asString()
                .startsWith("data/benchmarks.json:" + next + ":5: invalid JSON: unexpected character '{': was expecting comma to separate Object entries");
    }

    @Test
    void aDataFileThatBreaksItsShapeIsReportedWithLineAndPath() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Advisors.edit(rules.resolve("data/benchmarks.json"), "\"tc\": [150000, 230000]", "\"tc\": [230000, 150000]");
        Advisors.edit(rules.resolve("data/benchmarks.json"), "\"level\": \"L4\"", "\"level\": \"L44\"");
        Advisors.edit(rules.resolve("data/specializations.json"), "\"focus\"", "\"focuss\"");

        int l3 = lineOf(rules.resolve("data/benchmarks.json"), "\"FAANG L3\"");
        int l4 = lineOf(rules.resolve("data/benchmarks.json"), "\"FAANG L4\"");
        int generalist = lineOf(rules.resolve("data/specializations.json"), "\"focuss\"");

        assertThat(problemsOf(rules)).containsExactly(
                "data/benchmarks.json:" + l3 + ":98: bands[0].tc: must be [low, high] with 0 <= low <= high",
                "data/benchmarks.json:" + l4 + ":60: bands[1].level: \"L44\" is not a level code of data/levels.json",
                "data/specializations.json:" + generalist + ":49: specializations[0].focuss: unknown field");
    }

    @Test
    void aNonexistentRulesDirectoryIsNamed() {
        assertThat(problemsOf(tmp.resolve("nowhere"))).singleElement().asString().endsWith("nowhere: not a directory of rules");
    }

    @Test
    void changingANumberInRulesChangesTheNextReportWithoutRebuilding() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Report before = OfferAdvisor.fromRules(rules).advise(CASE);
        assertThat(Reports.offer(before, "g").market().position()).isEqualTo("UPPER_HALF");

        Advisors.edit(rules.resolve("data/benchmarks.json"), "\"tc\": [350000, 500000]", "\"tc\": [450000, 600000]");
        Report after = OfferAdvisor.fromRules(rules).advise(CASE);

        assertThat(Reports.offer(after, "g").market().position()).isEqualTo("BELOW_BAND");
        assertThat(Reports.offer(after, "g").market().low()).isEqualByComparingTo("450000");
        assertThat(after.rules().fingerprint()).isNotEqualTo(before.rules().fingerprint());
    }

    @Test
    void changingAConditionInADrlFileChangesTheNextReport() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Advisors.edit(rules.resolve("market.drl"), "Candidate( currentTotalComp != null, $current : currentTotalComp )",
                "Candidate( $current : 1000000B )");

        Report report = OfferAdvisor.fromRules(rules).advise(CASE);

        assertThat(Reports.only(report, "MKT-PAY-CUT", "g").title()).isEqualTo("Google is a pay cut of $563K");
    }

    @Test
    void aRuleThatKeepsFiringIsStoppedWithAClearError() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Files.writeString(rules.resolve("loop.drl"), """
                package org.offeradvisor.rules.loop;

                import org.offeradvisor.facts.*;

                rule "Echo forever"
                when
                    $a : Assumption()
                then
                    insert( new Assumption( null, $a.text() + "!" ) );
                end

                rule "Start echoing"
                when
                    Offer()
                then
                    insert( new Assumption( null, "x" ) );
                end
                """);
        OfferAdvisor advisor = OfferAdvisor.builder(rules).maxFirings(200).build();

        assertThatThrownBy(() -> advisor.advise(CASE))
                .isInstanceOfSatisfying(RulesFailedException.class, e -> assertThat(e.problems())
                        .singleElement().asString()
                        // the cap: 200, plus 100 for the case's one offer
                        .isEqualTo("rules: more than 300 rule firings for one case: a rule keeps re-triggering itself; "
                                + "the last fired were \"Echo forever\" (loop.drl), \"Echo forever\" (loop.drl), "
                                + "\"Echo forever\" (loop.drl)"));
    }

    @Test
    void aRuleWhoseConsequenceFailsIsNamedWithItsFileAndOffer() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Files.writeString(rules.resolve("fail.drl"), """
                package org.offeradvisor.rules.fail;

                import org.offeradvisor.facts.*;

                rule "Divide by zero"
                when
                    $o : Offer()
                then
                    System.out.println( $o.baseSalary().divide( java.math.BigDecimal.ZERO ) );
                end
                """);

        assertThatThrownBy(() -> OfferAdvisor.fromRules(rules).advise(CASE))
                .isInstanceOfSatisfying(RulesFailedException.class, e -> assertThat(e.problems())
                        .singleElement().asString()
                        .isEqualTo("fail.drl:5:1: rule \"Divide by zero\" failed on offer g: ArithmeticException: Division by zero"));
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }
}
