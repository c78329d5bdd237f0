package org.offeradvisor.cli;

import java.nio.file.Path;
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
        description = "Advise on the offers of a case file (JSON, see FACTS.md).")
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

    @Override
    public Integer call() {
        OfferAdvisor advisor = OfferAdvisor.fromRules(rules.directory());
        Report report = advisor.advise(caseFile);
        String rendered = format == Format.json ? OfferAdvisor.toJson(report) : OfferAdvisor.toText(report);
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
