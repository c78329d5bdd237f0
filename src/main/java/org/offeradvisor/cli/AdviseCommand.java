package org.offeradvisor.cli;

import java.nio.file.Path;
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
        description = "Advise on the offers of a case file (JSON, see docs/CONTRACT.md).")
final class AdviseCommand implements Callable<Integer> {
    enum Format { text, json, markdown, html }

    @Spec
    CommandSpec spec;

    /** The name of standard input as the case file. */
    private static final String STANDARD_INPUT = "-";
    private static final String STANDARD_INPUT_NAME = "standard input";

    @ParentCommand
    OfferAdvisorCommand root;

    @Parameters(paramLabel = "CASE",
            description = "The case file: the candidate, the situation and the offers; - reads it from standard input.")
    Path caseFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output, atomically: FILE is either as it was "
                    + "or the whole report, never half of it; nothing is printed.")
    Path out;

    @Mixin
    RulesOption rules;

    @Option(names = "--explain",
            description = "Add the how-trace of each advice item: the chain of rules and derived facts behind it.")
    boolean explain;

    @Option(names = "--watch",
            description = "Re-run whenever a file under the rules directory or the case changes (Ctrl-C to stop).")
    boolean watch;

    @Override
    public Integer call() throws Exception {
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
        String source = source();
        Report report = explain ? advisor.explain(caseJson, source) : advisor.advise(caseJson, source);
        return switch (format) {
            case json -> OfferAdvisor.toJson(report);
            case markdown -> OfferAdvisor.toMarkdown(report);
            case html -> OfferAdvisor.toHtml(report);
            case text -> OfferAdvisor.toText(report);
        };
    }
}
