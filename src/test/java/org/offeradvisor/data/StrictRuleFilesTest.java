package org.offeradvisor.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.Advisors;
import org.offeradvisor.InvalidRulesException;
import org.offeradvisor.Problem;
import org.offeradvisor.engine.RuleBaseLoader;

/**
 * Rule and data files are read strictly: a key given twice, a fraction where a whole number belongs and bytes that are
 * not UTF-8 are errors at {@code file:line:column}, never resolved silently (the last key winning, 4.7 read as 4).
 */
class StrictRuleFilesTest {
    @TempDir
    Path tmp;

    private List<String> dataProblems(Path rules) {
        List<Problem> problems = new ArrayList<>();
        DataFiles.load(rules, java.util.Map.of(), problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void aKeyGivenTwiceInADataFileIsAnError() {
        Path rules = Advisors.copyOfRules(tmp);
        Advisors.edit(rules.resolve("data/negotiation.json"), "\"deadlineDays\": 7,", "\"deadlineDays\": 7, \"deadlineDays\": 9999,");

        assertThat(dataProblems(rules)).containsExactly(
                "data/negotiation.json:21:36: deadlineDays: given twice in the same object; keep one");
    }

    @Test
    void aFractionForAWholeNumberIsAnErrorNotTruncated() {
        Path rules = Advisors.copyOfRules(tmp);
        Advisors.edit(rules.resolve("data/equity-defaults.json"), "\"vestingYears\": 4,", "\"vestingYears\": 4.7,");

        assertThat(dataProblems(rules)).containsExactly(
                "data/equity-defaults.json:3:19: vestingYears: must be a whole number, not 4.7");
    }

    @Test
    void aDataFileThatIsNotUtf8IsReportedAtItsFirstBadByte() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Path file = rules.resolve("data/negotiation.json");
        Files.write(file, Files.readString(file).replace("\"deadlineDays\"", "\"dead\u00ffline\"")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(dataProblems(rules)).containsExactly("data/negotiation.json:21:8: not UTF-8 text: byte 0xFF "
                + "cannot start or continue a character; save the file as UTF-8");
    }

    @Test
    void aRuleFileThatIsNotUtf8IsReportedAtItsFirstBadByte() throws IOException {
        Path rules = Advisors.copyOfRules(tmp);
        Files.write(rules.resolve("latin1.drl"), "package p;\n\n// caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> RuleBaseLoader.validate(rules))
                .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().isEqualTo("latin1.drl:3:7: not UTF-8 text: byte 0xE9 cannot start or continue a "
                                + "character; save the file as UTF-8"));
    }
}
