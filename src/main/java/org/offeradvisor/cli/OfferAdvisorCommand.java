package org.offeradvisor.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: its subcommands do the work; on its own it is bad usage (the usage on standard error, exit 2). */
@Command(name = "offer-advisor",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Explained advice on software engineering job offers: market position, equity, "
                + "negotiation, career fit and the decision.",
        subcommands = {AdviseCommand.class, ValidateCommand.class, RulesCommand.class, TestCommand.class,
                NewKindCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:a rule failed on a valid case, or an internal error; for test, a scenario failed",
                "2:bad case, bad rules, bad usage, or a report file (--out) that cannot be written"})
final class OfferAdvisorCommand implements Callable<Integer> {
    /** The standard input of this run, for a command that reads a case from it. */
    final InputStream in;

    @Spec
    CommandSpec spec;

    OfferAdvisorCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().flush();
        return ExitCodes.BAD_INPUT;
    }
}
