package org.offeradvisor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.report.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "advise", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Advise on the offers of a case file (JSON, see docs/CONTRACT.md).",
                "Given a directory or several cases, advise on them all at once, in parallel, into --out DIR: one "
                        + "report per case, named after the case with the format's extension, or NAME.errors.txt with "
                        + "one line per problem when the case is refused; a report or errors file left "
                        + "by an earlier run for the same case is removed when the other is written. Progress goes "
                        + "to standard error, a summary table to standard output; the exit status is 2 if any case "
                        + "was refused, else 1 if a rule failed on one, else 0."})
final class AdviseCommand implements Callable<Integer>, Batch.Reporting {
    enum Format { text, json, markdown, html }

    @Spec
    CommandSpec spec;

    /** The name of standard input as the case file. */
    private static final String STANDARD_INPUT = "-";
    private static final String STANDARD_INPUT_NAME = "standard input";

    @ParentCommand
    OfferAdvisorCommand root;

    @Parameters(index = "0", paramLabel = "CASE",
            description = "The case file: the candidate, the situation and the offers; - reads it from standard input. "
                    + "A directory: every *.json file directly in it (not in its subdirectories), by name, as a batch.")
    Path caseFile;

    @Parameters(index = "1..*", paramLabel = "CASE", arity = "0..*",
            description = "More case files or directories, advised with the first as a batch.")
    List<Path> moreCases = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "Write the report to FILE instead of standard output, atomically: FILE is either as it was "
                    + "or the whole report, never half of it; nothing is printed. For a batch, the directory of the "
                    + "reports (created if missing).")
    Path out;

    @Mixin
    RulesOption rules;

    @Option(names = "--explain",
            description = "Add the how-trace of each advice item: the chain of rules and derived facts behind it.")
    boolean explain;

    @Option(names = "--watch",
            description = "Re-run whenever a file under the rules directory or the case changes (Ctrl-C to stop).")
    boolean watch;

    @Option(names = "--jobs", paramLabel = "N",
            description = "For a batch, how many cases are advised at once (default: the number of processors).")
    Integer jobs;

    @Override
    public Integer call() throws Exception {
        if (!moreCases.isEmpty() || (!fromStandardInput() && Files.isDirectory(caseFile))) {
            return adviseBatch();
        }
        if (watch) {
            if (fromStandardInput()) {
                throw new ParameterException(spec.commandLine(), "--watch needs a case file, not standard input (-)");
            }
            if (out != null) {
                throw new ParameterException(spec.commandLine(), "--watch prints each report; it cannot be used with --out");
            }
            new Watcher(rules.directory(), List.of(caseFile), "case", this::render, spec.commandLine().getOut(),
                    spec.commandLine().getErr()).run();
            return ExitCodes.OK;
        }
        // a missing case file is reported before any rule loads
        byte[] caseJson = fromStandardInput() ? OfferAdvisor.readCase(root.in, STANDARD_INPUT_NAME)
                : OfferAdvisor.readCase(caseFile);
        // a case the rules' data refuse is refused before any rule compiles
        String report = render(OfferAdvisor.builder(rules.directory()).checkingFirst(caseJson, source()).build(), caseJson);
        if (out != null) {
            ReportFile.write(out, report);
        } else {
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    private int adviseBatch() {
        if (watch) {
            throw new ParameterException(spec.commandLine(),
                    "--watch follows one case; it cannot be used with a directory or several cases");
        }
        if (out == null) {
            throw new ParameterException(spec.commandLine(),
                    "a directory or several cases need --out DIR, the directory to write their reports in");
        }
        List<Path> cases = new ArrayList<>(List.of(caseFile));
        cases.addAll(moreCases);
        if (cases.stream().anyMatch(c -> STANDARD_INPUT.equals(c.toString()))) {
            throw new ParameterException(spec.commandLine(), "- (standard input) is one case; it cannot be part of a batch");
        }
        if (jobs != null && jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
        }
        // the cases and the reports they would write are checked before any rule loads
        Batch batch = Batch.plan(cases, out, this);
        return batch.run(OfferAdvisor.fromRules(rules.directory()),
                jobs == null ? Runtime.getRuntime().availableProcessors() : jobs,
                Progress.forStandardError(spec.commandLine().getErr()), spec.commandLine().getOut());
    }

    private boolean fromStandardInput() {
        return STANDARD_INPUT.equals(caseFile.toString());
    }

    private String render(OfferAdvisor advisor) {
        return render(advisor, OfferAdvisor.readCase(caseFile));
    }

    private String source() {
        return fromStandardInput() ? STANDARD_INPUT_NAME : caseFile.toString();
    }

    private String render(OfferAdvisor advisor, byte[] caseJson) {
        return render(advise(advisor, caseJson, source()));
    }

    @Override
    public Report advise(OfferAdvisor advisor, byte[] caseJson, String source) {
        return explain ? advisor.explain(caseJson, source) : advisor.advise(caseJson, source);
    }

    @Override
    public String render(Report report) {
        return switch (format) {
            case json -> OfferAdvisor.toJson(report);
            case markdown -> OfferAdvisor.toMarkdown(report);
            case html -> OfferAdvisor.toHtml(report);
            case text -> OfferAdvisor.toText(report);
        };
    }

    /** The format's usual file name extension: {@code txt}, {@code md}, else the format's name. */
    @Override
    public String extension() {
        return switch (format) {
            case text -> "txt";
            case markdown -> "md";
            default -> format.name();
        };
    }
}
