package org.offeradvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.offeradvisor.Advisors;
import org.offeradvisor.InvalidRulesException;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.Problem;
import org.offeradvisor.cli.Main;

/**
 * A rule author's usual mistakes, each injected at a known place of a copy of the shipped rules, are reported as one
 * line in the author's words at the line and column of the offending token: by {@link OfferAdvisor#fromRules}, by the
 * {@code validate} command, by the executable-model compiler's messages (which differ from the classic compiler's in
 * wording and position) and by the edit loop's classic compile ({@link RuleReloader}). The expected position is
 * computed from the injected text, so a wrong column fails.
 */
class CompileErrorsTest {
    /** A mistake: in {@code file}, {@code from} replaced by {@code to} (a new file when {@code from} is null). */
    private record Mistake(String file, String from, String to, String token, String message, boolean compiled) {
    }

    private static final String STAGE_DISCOUNT = "$c : Compensation( offerId == $id, paperValue > 0 )";

    private static final Mistake FIELD = new Mistake("equity.drl", STAGE_DISCOUNT,
            "$c : Compensation( offerId == $id, annualEquty > percentOf( annualTotalComp, 10 ) )", "annualEquty",
            "Compensation has no field annualEquty; did you mean annualEquity? Its fields: offerId, baseSalary, bonus, "
                    + "paperValue, vestingYears, annualEquity, annualTotalComp, yearByYear", true);
    private static final Mistake TYPE = new Mistake("equity.drl", STAGE_DISCOUNT,
            "$c : Compensaton( offerId == $id, paperValue > 0 )", "Compensaton",
            "no fact type Compensaton; did you mean Compensation?", true);
    private static final Mistake IMPORT = new Mistake("extra.drl", null, """
            package org.offeradvisor.rules.extra;

            rule "Equity above a tenth of pay"
            when
                Compensation( annualEquity > 10000 )
            then
            end
            """, "Compensation", "Compensation is not imported; add: import org.offeradvisor.facts.Compensation; "
            + "(or import org.offeradvisor.facts.*; for every fact type)", true);
    private static final Mistake SYNTAX = new Mistake("equity.drl", "rule \"Stage discount on equity\"",
            "rule \"Stage discount on equity\" oops", "oops", "unexpected 'oops' in rule \"Stage discount on equity\"", true);
    private static final Mistake METADATA = new Mistake("equity.drl",
            "@adviceId(\"EQ-STAGE-DISCOUNT\") @category(\"EQUITY\") @priority(2)",
            "@adviceId(\"EQ-STAGE-DISCOUNT\") @category(\"EQUITY\")", "rule \"Stage discount on equity\"",
            "rule \"Stage discount on equity\" gives advice but has no @priority; add it under the rule line: @priority(2)",
            false);
    private static final Mistake FUNCTION_IN_CONDITION = new Mistake("equity.drl", STAGE_DISCOUNT,
            "$c : Compensation( offerId == $id, paperValue > percentOff( annualTotalComp, 10 ) )", "percentOff",
            "no function percentOff; did you mean percentOf?", true);
    private static final Mistake FUNCTION_IN_CONSEQUENCE = new Mistake("equity.drl",
            "+ \" on paper.\" )", "+ \" on paper, \" + usdd( $c.paperValue() ) )", "usdd",
            "no function usdd; did you mean usd?", true);

    @TempDir
    Path tmp;

    @Test
    void aMisspeltFieldNamesTheFactItsFieldsAndTheClosestOne() {
        assertReported(FIELD);
    }

    @Test
    void anUnknownFactTypeNamesTheClosestOne() {
        assertReported(TYPE);
    }

    @Test
    void aFactTypeNotImportedNamesTheImportToAdd() {
        assertReported(IMPORT);
    }

    @Test
    void aSyntaxErrorIsAtTheOffendingTokenWithoutTheParsersJargon() {
        assertReported(SYNTAX);
    }

    @Test
    void aMissingMetadataTagIsAtTheRuleAndShowsTheTagToAdd() {
        assertReported(METADATA);
    }

    @Test
    void aMisspeltFunctionInAConditionNamesTheClosestFunction() {
        assertReported(FUNCTION_IN_CONDITION);
    }

    @Test
    void aMisspeltFunctionInAConsequenceNamesTheClosestFunction() {
        assertReported(FUNCTION_IN_CONSEQUENCE);
    }

    @Test
    void theEditLoopReportsEachMistakeTheSameWayAndRecovers() {
        Path rules = Advisors.copyOfRules(tmp);
        RuleReloader reloader = new RuleReloader(rules, null); // the test cache: the first load compiles nothing
        reloader.load();
        for (Mistake mistake : List.of(FIELD, TYPE, IMPORT, SYNTAX, METADATA, FUNCTION_IN_CONDITION, FUNCTION_IN_CONSEQUENCE)) {
            String original = read(rules.resolve(mistake.file()));
            String expected = inject(rules, mistake);
            try {
                assertThatThrownBy(reloader::load).as(mistake.message()).isInstanceOfSatisfying(InvalidRulesException.class,
                        e -> assertThat(e.problems()).map(Problem::toString).containsExactly(expected));
            } finally {
                restore(rules.resolve(mistake.file()), original);
            }
        }
        assertThat(reloader.load().ruleCount()).isGreaterThan(10);
    }

    @Test
    void anUnrecognisedMessageKeepsTheEnginesWordsWithoutItsNoise() {
        String text = """
                Unable to Analyse Expression x > 1:
                [Error: unable to resolve method using strict-mode: org.example.Thing.x()]
                [Near : {... x > 1 ....}]
                             ^
                [Line: 3, Column: 4]""";

        assertThat(CompileErrors.clean(text))
                .isEqualTo("Unable to Analyse Expression x > 1: unable to resolve method using strict-mode: org.example.Thing.x()");
        assertThat(CompileErrors.syntax("mismatched input 'then' expecting ')' in rule \"R\""))
                .isEqualTo("unexpected 'then' in rule \"R\"; expected ')'");
        assertThat(CompileErrors.syntax("no viable alternative at input '<EOF>'")).isEqualTo("unexpected the end of the file");
    }

    /**
     * Injects the mistake and checks that loading the rules, {@code validate} and the executable model's messages all
     * report exactly one problem: the mistake's message at its token.
     */
    private void assertReported(Mistake mistake) {
        Path rules = Advisors.copyOfRules(tmp);
        String expected = inject(rules, mistake);

        assertThatThrownBy(() -> OfferAdvisor.fromRules(rules)).isInstanceOfSatisfying(InvalidRulesException.class,
                e -> assertThat(e.problems()).map(Problem::toString).containsExactly(expected));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "validate", "--rules", rules.toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(expected + "\n");

        if (mistake.compiled()) {
            // the loader reports the classic compiler's messages; the executable model's, worded and placed differently,
            // translate to the same problem
            List<Problem> problems = new ArrayList<>();
            RuleBaseLoader.build(KieServices.get(), Map.of(mistake.file(), read(rules.resolve(mistake.file()))), true, problems);
            assertThat(problems).map(Problem::toString).containsExactly(expected);
        }
    }

    /** Makes the mistake in the copy of the rules; the problem expected, at the line and column of its token. */
    private static String inject(Path rules, Mistake mistake) {
        Path file = rules.resolve(mistake.file());
        if (mistake.from() == null) {
            restore(file, mistake.to());
        } else {
            Advisors.edit(file, mistake.from(), mistake.to());
        }
        String text = read(file);
        int offset = text.indexOf(mistake.token());
        assertThat(text.indexOf(mistake.token(), offset + 1)).as("the token is found once").isEqualTo(-1);
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        int column = offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1; // counted from 1, as editors count
        return mistake.file() + ":" + line + ":" + column + ": " + mistake.message();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void restore(Path file, String text) {
        try {
            if (text == null) {
                Files.delete(file);
            } else {
                Files.writeString(file, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
