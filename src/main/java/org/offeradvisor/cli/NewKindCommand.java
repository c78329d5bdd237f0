package org.offeradvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.offeradvisor.Problem;
import org.offeradvisor.report.Printable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code new-kind ID --category C --priority P}: scaffolds a new advice kind ({@link KindScaffold}) that validates and
 * passes its scenarios as written, then says what to edit next. Refuses, writing nothing, with one line a problem.
 */
@Command(name = "new-kind", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Scaffold a new advice kind: a rule skeleton with its metadata at the end of a DRL file, its "
                + "entry in data/advice-kinds.json and two scenarios (one where it fires, one where it does not), "
                + "which validate and pass as written; then says what to edit.",
                "Writes all the files or none; refuses (exit 2) an id that exists or lacks its category's prefix, "
                        + "an unknown category, a priority other than 1-3, or a DRL file that does not exist."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the files were written", "1:an internal error", "2:refused: nothing was written"})
final class NewKindCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Parameters(index = "0", paramLabel = "ID", description = "The advice id, with its category's prefix: MKT-, EQ-, NEG-, CAR-, DEC-.")
    String id;

    @Option(names = "--category", required = true, paramLabel = "CATEGORY",
            description = "MARKET, EQUITY, NEGOTIATION, CAREER or DECISION.")
    String category;

    @Option(names = "--priority", required = true, paramLabel = "P",
            description = "1 (act now), 2 (weighs on the decision) or 3 (context).")
    int priority;

    @Option(names = "--file", paramLabel = "FILE",
            description = "The DRL file for the rule, relative to the rules directory (default: the category's, equity.drl for EQUITY).")
    String file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path dir = rules.directory();
        KindScaffold.Plan plan = KindScaffold.plan(dir, id, category.toUpperCase(Locale.ROOT), priority, file);
        if (!plan.problems().isEmpty()) {
            plan.problems().forEach(err::println);
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        try {
            plan.changes().write();
        } catch (FileChanges.Failed e) {
            err.println(new Problem(shown(dir, e.target()), "cannot be written, so nothing was: " + e.reason()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        String drl = shown(dir, plan.drl());
        String kinds = shown(dir, plan.kinds());
        String scenarios = shown(dir, plan.scenarios());
        PrintWriter out = spec.commandLine().getOut();
        out.println(Printable.plain("new-kind " + id + ": wrote"));
        out.println(Printable.plain("  " + drl + ":" + plan.ruleLine() + "  rule \"" + plan.ruleName()
                + "\", which fires for an offer whose base salary is above $"
                + String.format(Locale.ROOT, "%,d", KindScaffold.THRESHOLD)));
        out.println(Printable.plain("  " + kinds + ":" + plan.kindLine() + "  the kind, with a summary to write"));
        out.println(Printable.plain("  " + scenarios + "  one scenario where it fires, one where it does not"));
        out.println("Next:");
        out.println(Printable.plain("  1. " + drl + ":" + plan.ruleLine()
                + "  write the condition, the title, text and because, and @source (the guide's section)"));
        out.println(Printable.plain("  2. " + kinds + ":" + plan.kindLine() + "  write the summary"));
        out.println(Printable.plain("  3. " + scenarios + "  make its cases fit the new condition: one that fires, a near miss"));
        out.println(Printable.plain("  4. offer-advisor validate --rules " + dir + " && offer-advisor test --rules " + dir));
        out.flush();
        return ExitCodes.OK;
    }

    /** A written file as the user named its rules directory: rules/equity.drl for --rules rules. */
    private static String shown(Path dir, Path file) {
        Path absolute = dir.toAbsolutePath().normalize();
        return file.startsWith(absolute) ? dir.resolve(absolute.relativize(file)).toString() : file.toString();
    }
}
