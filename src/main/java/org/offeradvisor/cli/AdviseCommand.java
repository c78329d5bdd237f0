package org.offeradvisor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.report.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "advise", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Advise on the offers of a case file (JSON, see docs/CONTRACT.md).")
final class AdviseCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CASE", description = "The case file: the candidate, the situation and the offers.")
    Path caseFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

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
            new Watcher(rules.directory(), List.of(caseFile), "case", this::render, spec.commandLine().getOut(),
                    spec.commandLine().getErr()).run();
            return ExitCodes.OK;
        }
        byte[] caseJson = OfferAdvisor.readCase(caseFile); // a missing case file is reported before any rule loads
        spec.commandLine().getOut().print(render(OfferAdvisor.fromRules(rules.directory()), caseJson));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private String render(OfferAdvisor advisor) {
        return render(advisor, OfferAdvisor.readCase(caseFile));
    }

    private String render(OfferAdvisor advisor, byte[] caseJson) {
        String source = caseFile.toString();
        Report report = explain ? advisor.explain(caseJson, source) : advisor.advise(caseJson, source);
        return format == Format.json ? OfferAdvisor.toJson(report) : OfferAdvisor.toText(report);
    }
}
