package org.offeradvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.RulesFailedException;
import org.offeradvisor.cli.Main;

/** A rule that fails on a valid case, in a condition or a consequence, is named in one line: rule, file, offer. */
class RuleFaultsTest {
    @TempDir
    static Path tmp;
    static Path rules;
    static OfferAdvisor advisor;

    @BeforeAll
    static void faultyRules() throws IOException {
        rules = Advisors.copyOfRulesWithFaults(tmp);
        advisor = OfferAdvisor.fromRules(rules);
    }

    private static String caseFor(String company) {
        return """
                { "candidate": { "level": "L5" }, "situation": { "asOf": "2026-12-01" },
                  "offers": [ { "id": "x", "company": "%s", "companyType": "FAANG", "level": "L5", "baseSalary": 250000 } ] }
                """.formatted(company);
    }

    @Test
    void aFailedConditionNamesItsRuleAndFileInsteadOfOnlyTheException() {
        // the offer has no title: the condition's title.length() throws a NullPointerException
        assertThatThrownBy(() -> advisor.advise(caseFor("Untitled")))
                .isInstanceOfSatisfying(RulesFailedException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().startsWith("faults.drl:5:1: the condition of rule \"Long title\" failed: "
                                + "NullPointerException: "));
    }

    @Test
    void anErrorThrownInAConsequenceIsNamedWithTheRuleFileAndOffer() {
        assertThatThrownBy(() -> advisor.advise(caseFor("Deep")))
                .isInstanceOfSatisfying(RulesFailedException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().isEqualTo("faults.drl:11:1: rule \"Recurse\" failed on offer x: StackOverflowError"));
    }

    @Test
    void aFailedRuleExitsWithStatus1InOneLineWithoutATrace() throws IOException {
        Path caseFile = tmp.resolve("zero.json");
        Files.writeString(caseFile, caseFor("Zero"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "advise", caseFile.toString(),
                "--rules", rules.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo(
                "faults.drl:18:1: rule \"Divide by zero\" failed on offer x: ArithmeticException: Division by zero\n");
    }

    @Test
    void theSameRulesAdviseOnACaseThatTriggersNoFault() {
        assertThat(advisor.advise(caseFor("Fine")).offers()).hasSize(1);
    }
}
