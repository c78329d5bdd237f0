package org.offeradvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.cli.Main;

/**
 * RULES.md's walk-through "Your first advice kind in ten minutes", followed literally: every
 * {@code <!-- walkthrough:run -->} block's commands run in-process through the command line (with the author's
 * {@code my-rules} copy and case files mapped into a temporary folder), every {@code <!-- walkthrough:replace PATH -->}
 * replaces its "before" block, which must occur exactly once, by its "after" block, and every
 * {@code <!-- walkthrough:file PATH -->} writes its block, in the order of the document. A block that goes stale
 * (a skeleton {@code new-kind} no longer writes, a rule that no longer compiles, a scenario that fails) fails the
 * test. Also compiles a new rule file that starts with exactly the lines of "The imports a rule file needs".
 */
class RulesWalkthroughTest {
    private static final Path GUIDE = Path.of("RULES.md");
    private static final Pattern MARKER = Pattern.compile("<!-- walkthrough:(run|replace|file)(?: (\\S+))? -->\\n");
    private static final Pattern FENCE = Pattern.compile("```[a-z]*\\n(.*?\\n)```\\n", Pattern.DOTALL);
    private static final String KIND = "EQ-EQUITY-CONCENTRATION";

    @TempDir
    Path tmp;

    private Path rules;
    private final List<Command> commands = new ArrayList<>();

    /** One command of a run block, as written, and what it did. */
    record Command(String line, int status, String out, String err) {
    }

    @Test
    void theWalkThroughWorksAsWritten() throws IOException {
        String guide = Files.readString(GUIDE);
        int replaces = 0;
        int files = 0;
        Matcher marker = MARKER.matcher(guide);
        while (marker.find()) {
            String kind = marker.group(1);
            Matcher fence = FENCE.matcher(guide);
            if (!fence.find(marker.end()) || fence.start() != marker.end()) {
                fail("RULES.md: the block after <!-- walkthrough:%s --> at offset %d is not a fenced block right under it",
                        kind, marker.start());
            }
            switch (kind) {
                case "run" -> {
                    for (String line : fence.group(1).split("\n")) {
                        run(line.strip());
                    }
                }
                case "file" -> {
                    Files.writeString(resolve(marker.group(2)), fence.group(1));
                    files++;
                }
                default -> {
                    String before = fence.group(1);
                    if (!fence.find()) {
                        fail("RULES.md: walkthrough:replace %s has no second (after) block", marker.group(2));
                    }
                    replace(resolve(marker.group(2)), before, fence.group(1));
                    replaces++;
                }
            }
        }
        assertThat(replaces).as("replace blocks").isEqualTo(5);
        assertThat(files).as("file blocks").isEqualTo(2);

        Command validate = only("./offer-advisor validate --rules my-rules");
        assertThat(validate.out()).endsWith("0 warning(s), ok\n");
        assertThat(validate.err()).isEmpty();

        List<Command> tests = all("./offer-advisor test --rules my-rules");
        assertThat(tests).hasSize(2);
        Path scenarios = rules.resolve("scenarios/eq-equity-concentration.json");
        for (Command test : tests) {
            assertThat(test.out())
                    .contains("PASS " + scenarios + ": " + KIND + " fires when equity is 55.56% of annual pay")
                    .contains("PASS " + scenarios + ": " + KIND + " does not fire when equity is 33.33% of annual pay")
                    .contains(" 0 failed")
                    .doesNotContain("FAIL");
        }

        List<Command> advise = all("./offer-advisor advise equity-heavy.json --rules my-rules");
        assertThat(advise).hasSize(2);
        assertThat(advise.get(0).out())
                .contains("[2] " + KIND + ": Equity is 55.56% of Acme's annual pay")
                .contains("More than 50% of this offer's pay is equity")
                .contains("because annual equity $250,000 = paper value $1,000,000 / 4 vesting years")
                .contains("because share 55.56% = $250,000 / annual total comp $450,000 > 50%");
        // after the threshold went from 50 to 40 in data/equity-concentration.json
        assertThat(advise.get(1).out())
                .contains("[2] " + KIND + ": Equity is 55.56% of Acme's annual pay")
                .contains("More than 40% of this offer's pay is equity")
                .contains("$450,000 > 40%")
                .doesNotContain("More than 50%");
        assertThat(Files.readString(rules.resolve("data/equity-concentration.json"))).contains("40");

        // the summary quotes the tuned number
        OfferAdvisor advisor = OfferAdvisor.builder(rules).clock(Advisors.CLOCK).build();
        assertThat(advisor.adviceKinds()).filteredOn(k -> k.id().equals(KIND)).singleElement()
                .satisfies(k -> assertThat(k.summary()).isEqualTo("Equity is more than 40% of annual pay."));
    }

    @Test
    void aRuleFileWithTheDocumentedImportsCompiles() throws IOException {
        String guide = Files.readString(GUIDE);
        Matcher block = Pattern.compile("<!-- rules:imports -->\\n```drl\\n(.*?\\n)```\\n", Pattern.DOTALL).matcher(guide);
        assertThat(block.find()).as("RULES.md has a <!-- rules:imports --> block").isTrue();
        String imports = block.group(1);
        assertThat(imports).startsWith("package ").contains("import org.offeradvisor.facts.*;")
                .contains("import function org.offeradvisor.facts.Calc.percentOf;")
                .contains("import function org.offeradvisor.facts.Money.usd;")
                .contains("import function org.offeradvisor.facts.Explain.advice;");
        Path copy = Advisors.copyOfRules(tmp);
        Files.writeString(copy.resolve("mine.drl"), imports + """

                rule "Ten percent of annual pay"
                when
                    $c : Compensation( $id : offerId )
                    Offer( id == $id, companyType == CompanyType.OTHER )
                then
                    BigDecimal tenth = percentOf( $c.annualTotalComp(), new BigDecimal( 10 ) );
                    insert( new Question( $id, "Is " + usd( tenth ) + " (" + pct( divide( tenth, $c.annualTotalComp() ) )
                        + " of the pay) negotiable?", "a check of the imports" ) );
                end
                """);
        String path = copy.toString();
        Command validate = cli("validate", "--rules", path);
        assertThat(validate.status()).as(validate.err()).isZero();
        assertThat(validate.err()).isEmpty();
        assertThat(validate.out()).endsWith("0 warning(s), ok\n");
        Command listed = cli("rules", "--rules", path);
        assertThat(listed.out()).contains("Ten percent of annual pay");
    }

    private void run(String line) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        if (line.equals("cp -r rules my-rules")) {
            rules = Advisors.copyOfRules(tmp);
            return;
        }
        if (!line.startsWith("./offer-advisor ") || line.contains("\"") || line.contains("'")) {
            fail("RULES.md: a walkthrough:run command this test cannot follow: " + line);
        }
        List<String> args = new ArrayList<>();
        for (String word : line.substring("./offer-advisor ".length()).split("\\s+")) {
            args.add(word.equals("my-rules") ? rules.toString()
                    : Files.exists(tmp.resolve(word)) && word.endsWith(".json") ? tmp.resolve(word).toString() : word);
        }
        Command done = cli(args.toArray(String[]::new));
        commands.add(new Command(line, done.status(), done.out(), done.err()));
        assertThat(done.status()).as("%s%n%s%s", line, done.out(), done.err()).isZero();
    }

    private static Command cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Command(String.join(" ", args), status, out.toString(), err.toString());
    }

    /** A path of the walk-through: my-rules/... in the copy of the rules, anything else in the working folder. */
    private Path resolve(String path) {
        if (path.startsWith("my-rules/")) {
            assertThat(rules).as("RULES.md copies the rules before editing " + path).isNotNull();
            return rules.resolve(path.substring("my-rules/".length()));
        }
        return tmp.resolve(path);
    }

    private static void replace(Path file, String before, String after) throws IOException {
        String text = Files.readString(file);
        int first = text.indexOf(before);
        if (first < 0 || text.indexOf(before, first + 1) >= 0) {
            fail("RULES.md: walkthrough:replace %s: the text to replace occurs %s in the file, not exactly once:%n%s",
                    file, first < 0 ? "nowhere" : "more than once", before);
        }
        Files.writeString(file, text.substring(0, first) + after + text.substring(first + before.length()));
    }

    private List<Command> all(String line) {
        return commands.stream().filter(c -> c.line().equals(line)).toList();
    }

    private Command only(String line) {
        List<Command> found = all(line);
        assertThat(found).as("RULES.md runs: " + line).hasSize(1);
        return found.get(0);
    }
}
