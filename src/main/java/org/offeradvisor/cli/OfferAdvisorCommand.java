package org.offeradvisor.cli;

import picocli.CommandLine.Command;

@Command(name = "offer-advisor",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Explained advice on software engineering job offers: market position, equity, "
                + "negotiation, career fit and the decision.",
        subcommands = {AdviseCommand.class, ValidateCommand.class, RulesCommand.class, TestCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:advice given", "1:a rule failed on the case, or an internal error", "2:bad case, bad rules or bad usage"})
final class OfferAdvisorCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
