package org.offeradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.Advisors;
import org.offeradvisor.InvalidCaseException;
import org.offeradvisor.OfferAdvisor;

/**
 * {@code advise DIR|CASE... --out DIR}: the batch itself runs in-process on the rule base the tests share; what is
 * refused before any rule loads runs through the command line.
 */
class BatchTest {
    private static final String BAD = """
            { "candidate": { "level": "L5" }, "offers": [ { "id": "a" } ] }
            """;
    private static final String BROKEN = "{ \"candidate\": ";

    @TempDir
    Path tmp;

    private static AdviseCommand reporting(AdviseCommand.Format format) {
        AdviseCommand command = new AdviseCommand();
        command.format = format;
        return command;
    }

    /** A folder of the first {@code good} examples, plus bad.json (three problems) and broken.json (not JSON). */
    private Path folderOfCases(int good) throws IOException {
        Path cases = Files.createDirectory(tmp.resolve("cases"));
        try (Stream<Path> examples = Files.list(Path.of("facts-examples"))) {
            for (Path example : examples.sorted().limit(good).toList()) {
                Files.copy(example, cases.resolve(example.getFileName()));
            }
        }
        Files.writeString(cases.resolve("bad.json"), BAD);
        Files.writeString(cases.resolve("broken.json"), BROKEN);
        Files.createDirectory(cases.resolve("nested")); // not searched
        Files.writeString(cases.resolve("nested").resolve("deeper.json"), BAD);
        Files.writeString(cases.resolve("notes.txt"), "not a case");
        return cases;
    }

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static String textReport(Path caseFile) {
        return OfferAdvisor.toText(Advisors.shipped().advise(caseFile));
    }

    @Test
    void aFolderOfTwentyCasesGivesEighteenReportsTwoErrorFilesASummaryAndStatus2() throws IOException {
        Path cases = folderOfCases(18);
        Path out = Files.createDirectory(tmp.resolve("out"));
        // an earlier run's files: an errors file of a case that is now advised, a report of one now refused
        Files.writeString(out.resolve("faang-senior.errors.txt"), "an old refusal\n");
        Files.writeString(out.resolve("bad.txt"), "an old report\n");
        Files.writeString(out.resolve("notes.md"), "not the batch's\n");
        StringWriter summary = new StringWriter();
        StringWriter progress = new StringWriter();

        int status = Batch.plan(List.of(cases), out, reporting(AdviseCommand.Format.text))
                .run(Advisors.shipped(), 2, Progress.lines(new PrintWriter(progress)), new PrintWriter(summary));

        assertThat(status).isEqualTo(2);
        List<String> files = namesIn(out);
        assertThat(files).filteredOn(f -> f.endsWith(".errors.txt"))
                .containsExactly("bad.errors.txt", "broken.errors.txt");
        assertThat(files).filteredOn(f -> !f.endsWith(".errors.txt") && f.endsWith(".txt")).hasSize(18)
                .contains("faang-senior.txt", "three-offer-custom-weights.txt").doesNotContain("bad.txt", "broken.txt");
        assertThat(files).contains("notes.md").hasSize(21);
        assertThat(out.resolve("faang-senior.txt")).hasContent(textReport(cases.resolve("faang-senior.json")));
        assertThat(out.resolve("bad.errors.txt")).hasContent("""
                offers[0].company: required
                offers[0].companyType: required
                offers[0].baseSalary: required""");
        assertThat(Files.readString(out.resolve("broken.errors.txt")))
                .startsWith(cases.resolve("broken.json") + ":1:").contains("invalid JSON").endsWith("\n");

        List<String> rows = summary.toString().lines().toList();
        assertThat(rows).hasSize(22);
        assertThat(rows.get(0)).matches("case +offers +recommended +verdicts or error");
        assertThat(rows).anyMatch(r -> r.matches("faang-senior\\.json +1 +google-cloud +google-cloud NEGOTIATE"))
                .anyMatch(r -> r.matches("three-offer-custom-weights\\.json +3 +forge +cloudflare \\w+, google \\w+, forge \\w+"))
                .anyMatch(r -> r.matches("bad\\.json +- +- +refused: offers\\[0]\\.company: required \\(and 2 more\\)"))
                .anyMatch(r -> r.matches("broken\\.json +- +- +refused: .*broken\\.json:1:\\d+: invalid JSON: .*"));
        assertThat(rows.get(21)).isEqualTo("20 cases: 18 advised, 2 refused; the files are in " + out);
        // the columns line up: every row's second column ends where the header's does
        int offersEnd = rows.get(0).indexOf("offers") + "offers".length();
        assertThat(rows.subList(1, 21)).allMatch(r -> r.charAt(offersEnd - 1) != ' ' && r.charAt(offersEnd) == ' ');

        List<String> lines = progress.toString().lines().toList();
        assertThat(lines.subList(0, 20)).allMatch(l -> l.matches("\\d+/20 \\S+\\.json (ok|refused \\(\\d problems?\\))"));
        assertThat(lines.subList(0, 20)).extracting(l -> l.substring(0, l.indexOf('/')))
                .containsExactly(IntStream.rangeClosed(1, 20).mapToObj(String::valueOf).toArray(String[]::new));
        assertThat(lines).anyMatch(l -> l.matches("\\d+/20 bad\\.json refused \\(3 problems\\)"));
        assertThat(lines).hasSize(21);
        assertThat(lines.get(20)).matches("20 cases in [\\d.]+ s with 2 jobs \\([\\d.]+ cases/s\\)");
    }

    @Test
    void aStoppedBatchLeavesEachFileWholeOrAsItWasAndNoTemporaryFile() throws IOException {
        Path cases = folderOfCases(12);
        Path out = Files.createDirectory(tmp.resolve("out"));
        List<Path> caseFiles;
        try (Stream<Path> files = Files.list(cases)) {
            caseFiles = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path c : caseFiles) {
            String base = c.getFileName().toString().replace(".json", "");
            Files.writeString(out.resolve(base + ".txt"), "the report of an earlier run\n");
            Files.writeString(out.resolve(base + ".errors.txt"), "the errors of an earlier run\n");
        }
        Batch batch = Batch.plan(List.of(cases), out, reporting(AdviseCommand.Format.text));
        StringWriter err = new StringWriter();
        Progress stoppingAfterFour = new Progress(new PrintWriter(err)) {
            @Override
            void show(Batch.Outcome outcome) {
                if (done == 4) {
                    batch.stop(); // as Ctrl-C does, from a worker: the cases under way are interrupted
                }
            }

            @Override
            void finish() {
            }
        };

        int status = batch.run(Advisors.shipped(), 2, stoppingAfterFour, new PrintWriter(new StringWriter()));

        assertThat(status).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(err.toString()).matches("stopped after \\d+ of 14 cases; .*\\n");
        assertThat(namesIn(out)).noneMatch(f -> f.endsWith(".tmp"));
        // each case's files are the earlier run's, or this run's whole file without the other one
        List<String> advisedNow = new ArrayList<>();
        for (Path c : caseFiles) {
            String base = c.getFileName().toString().replace(".json", "");
            Path report = out.resolve(base + ".txt");
            Path errors = out.resolve(base + ".errors.txt");
            boolean bad = c.endsWith("bad.json") || c.endsWith("broken.json");
            Path written = bad ? errors : report;
            Path removed = bad ? report : errors;
            if (Files.exists(removed)) {
                assertThat(report).hasContent("the report of an earlier run");
                assertThat(errors).hasContent("the errors of an earlier run");
            } else {
                assertThat(written).hasContent(bad ? errorLines(c) : textReport(c));
                advisedNow.add(base);
            }
        }
        assertThat(advisedNow).hasSizeBetween(4, 6);
    }

    private static String errorLines(Path caseFile) {
        try {
            Advisors.shipped().advise(caseFile);
            throw new AssertionError(caseFile + " was advised");
        } catch (InvalidCaseException e) {
            StringBuilder lines = new StringBuilder();
            e.problems().forEach(p -> lines.append(p).append('\n'));
            return lines.toString();
        }
    }

    @Test
    void aReportFileIsNotWrittenByAnInterruptedThreadAndLeavesNoTemporaryFile() throws IOException {
        Path target = tmp.resolve("report.txt");
        Files.writeString(target, "the last good report\n");

        Thread.currentThread().interrupt();
        try {
            ReportFile.write(target, "a new report\n");
            throw new AssertionError("written by an interrupted thread");
        } catch (ReportFile.CannotWrite e) {
            assertThat(e.problems()).hasToString("[" + target + ": cannot write the report: interrupted]");
        } finally {
            Thread.interrupted();
        }

        assertThat(target).hasContent("the last good report");
        assertThat(namesIn(tmp)).containsExactly("report.txt");
    }

    /** The command line: what it refuses before any rule loads, and one small batch end to end. */
    @Nested
    class FromTheCommandLine {
        @Test
        void aBatchWritesItsReportsAndPrintsItsSummary() throws IOException {
            Path cases = Files.createDirectory(tmp.resolve("cases"));
            Files.copy(Path.of("facts-examples/two-offer-comparison.json"), cases.resolve("two.json"));
            Files.writeString(cases.resolve("bad.json"), BAD);
            Path out = tmp.resolve("reports").resolve("json");

            Run run = Run.of("advise", cases.toString(), "--format", "json", "--out", out.toString(), "--rules", "rules",
                    "--jobs", "2");

            assertThat(run.status()).isEqualTo(2);
            assertThat(namesIn(out)).containsExactly("bad.errors.txt", "two.json");
            assertThat(Files.readString(out.resolve("two.json"))).startsWith("{\n  \"schemaVersion\": 2,");
            assertThat(run.out()).contains("two.json", "confluent", "bad.json", "refused: offers[0].company: required")
                    .endsWith("2 cases: 1 advised, 1 refused; the files are in " + out + "\n");
            assertThat(run.err()).contains("bad.json refused (3 problems)", "two.json ok");
        }

        @Test
        void twoCasesWithOneBaseNameAreRefusedNamingBoth() throws IOException {
            Path first = Files.createDirectories(tmp.resolve("a")).resolve("alice.json");
            Path second = Files.createDirectories(tmp.resolve("b")).resolve("alice.json");
            Files.writeString(first, BAD);
            Files.writeString(second, BAD);
            Path out = tmp.resolve("out");

            Run run = Run.of("advise", first.toString(), second.toString(), "--out", out.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo(first + ": has the same base name as " + second + "; both would write "
                    + out.resolve("alice.txt") + " (rename one)\n");
            assertThat(out).doesNotExist();
        }

        @Test
        void reportsThatWouldReplaceTheCasesAreRefused() throws IOException {
            Path cases = Files.createDirectory(tmp.resolve("cases"));
            Files.writeString(cases.resolve("alice.json"), BAD);

            Run run = Run.of("advise", cases.toString(), "--format", "json", "--out", cases.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(cases.resolve("alice.json")
                    + ": is a case of this batch; its own report would replace it (choose another --out)\n");
            assertThat(cases.resolve("alice.json")).hasContent(BAD.strip());
        }

        @Test
        void anOutThatIsAFileIsRefusedAndLeftAsItWas() throws IOException {
            Path out = tmp.resolve("out");
            Files.writeString(out, "a file\n");

            Run run = Run.of("advise", "facts-examples", "--out", out.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(out + ": is a file; the reports of a directory or of several cases go "
                    + "into a directory\n");
            assertThat(out).hasContent("a file");
        }

        @Test
        void aCaseThatDoesNotExistAndAnEmptyDirectoryAreRefusedBeforeAnyRuleLoads() throws IOException {
            Path empty = Files.createDirectory(tmp.resolve("empty"));
            Path out = tmp.resolve("out");

            Run missing = Run.of("advise", "facts-examples", "no-such.json", "--out", out.toString(), "--rules", "no-rules");
            Run none = Run.of("advise", empty.toString(), "--out", out.toString(), "--rules", "no-rules");

            assertThat(missing.status()).isEqualTo(2);
            assertThat(missing.err()).isEqualTo("no-such.json: no such file\n");
            assertThat(none.status()).isEqualTo(2);
            assertThat(none.err()).isEqualTo(empty + ": holds no *.json case file\n");
            assertThat(out).doesNotExist();
        }

        @Test
        void badRulesStopTheBatchBeforeAnyCase() {
            Path out = tmp.resolve("out");

            Run run = Run.of("advise", "facts-examples", "--out", out.toString(), "--rules", tmp.resolve("no-rules").toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            // no progress line ("1/20 ..."), matched as a line's start: the temporary folder's name may end in 1
            assertThat(run.err()).doesNotContainPattern("(?m)^\\d+/\\d+").doesNotContain("Exception").isNotEmpty();
            assertThat(out).doesNotExist();
        }

        @Test
        void watchWithoutOutAndStandardInputAreBadUsageInABatch() {
            String[][] commands = {
                    {"advise", "facts-examples/faang-senior.json", "facts-examples/netflix-all-cash.json", "--watch",
                            "--out", tmp.resolve("out").toString()},
                    {"advise", "facts-examples"},
                    {"advise", "facts-examples", "-", "--out", tmp.resolve("out").toString()},
                    {"advise", "facts-examples", "--jobs", "0", "--out", tmp.resolve("out").toString()}};
            String[] messages = {"--watch follows one case; it cannot be used with a directory or several cases",
                    "a directory or several cases need --out DIR, the directory to write their reports in",
                    "- (standard input) is one case; it cannot be part of a batch", "--jobs must be at least 1, not 0"};

            for (int i = 0; i < commands.length; i++) {
                Run run = Run.of(commands[i]);
                assertThat(run.status()).isEqualTo(2);
                assertThat(run.err()).isEqualTo("offer-advisor: " + messages[i] + "\nTry 'offer-advisor --help'.\n");
            }
            assertThat(tmp.resolve("out")).doesNotExist();
        }
    }
}
