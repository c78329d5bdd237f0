package org.offeradvisor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.offeradvisor.Problem;
import org.offeradvisor.engine.RuleBaseLoader;
import org.offeradvisor.engine.Validation;
import org.offeradvisor.report.Printable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Check a rule set without running a case: compiles every DRL file and reads every data file.",
                "Errors (exit 2) and warnings (exit 0) are printed as file:line:column: message."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        Validation validation = RuleBaseLoader.validate(rules.directory());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Problem warning : validation.warnings()) {
            err.println(Printable.plain(warning.where()) + ": warning: " + Printable.plain(warning.message()));
        }
        for (Problem error : validation.errors()) {
            err.println(error);
        }
        err.flush();
        if (!validation.ok()) {
            out.printf("%s: %d error(s), %d warning(s)%n", Printable.plain(rules.directory().toString()), validation.errors().size(),
                    validation.warnings().size());
            out.flush();
            return ExitCodes.BAD_INPUT;
        }
        out.printf("%s: %d rules, %d warning(s), ok%n", Printable.plain(rules.directory().toString()), validation.ruleBase().ruleCount(),
                validation.warnings().size());
        out.flush();
        return ExitCodes.OK;
    }
}
