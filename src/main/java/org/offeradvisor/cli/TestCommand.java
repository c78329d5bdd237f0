package org.offeradvisor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.Problem;
import org.offeradvisor.engine.RuleInfo;
import org.offeradvisor.report.Printable;
import org.offeradvisor.scenario.ScenarioResult;
import org.offeradvisor.scenario.ScenarioRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run scenario files: cases with the advice, figures and wording you expect of them "
                + "(schema/scenario.schema.json).",
                "Prints each failure and a summary 'N passed, N failed'; exit 0 when all pass, 1 when any fails "
                        + "(a malformed scenario fails alone), 2 for bad rules, a missing scenario file or bad usage.",
                "Without SCENARIOS, runs the scenarios of the rules: DIR/scenarios/, else DIR/../scenarios/ "
                        + "(DIR: --rules, default the rules/ directory of this installation)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every scenario passed", "1:a scenario failed, or an internal error",
                "2:bad rules, a missing scenario file, rules without scenarios, or bad usage"})
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Parameters(paramLabel = "SCENARIOS", arity = "0..*",
            description = "Scenario files, or directories of them (default: the scenarios of the rules, DIR/scenarios/ "
                    + "or else DIR/../scenarios/).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--coverage", description = "Also list the rules that no scenario made fire.")
    boolean coverage;

    @Option(names = "--watch",
            description = "Run again whenever a file under the rules directory, a scenario file or a case file a "
                    + "scenario names changes (Ctrl-C to stop).")
    boolean watch;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (paths.isEmpty() && ScenarioFolder.of(rules.directory()).isEmpty()) {
            spec.commandLine().getErr().println(Printable.plain("no scenarios for the rules in " + rules.directory()
                    + ": no scenario file (*.json) in " + String.join(" or ",
                    ScenarioFolder.candidates(rules.directory()).stream().map(Path::toString).toList())));
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        List<Path> missing = roots().stream().filter(root -> !Files.exists(root)).toList();
        if (!missing.isEmpty()) { // before any rule loads, as advise does for its case
            missing.forEach(root -> spec.commandLine().getErr().println(new Problem(root.toString(), "no such file")));
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        if (watch) {
            new Watcher(rules.directory(), this::watched, "scenarios", advisor -> {
                StringWriter text = new StringWriter();
                run(advisor, new PrintWriter(text));
                return text.toString();
            }, out, spec.commandLine().getErr()).run();
            return ExitCodes.OK;
        }
        long failed = run(OfferAdvisor.fromRules(rules.directory()), out);
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SCENARIO_FAILED;
    }

    /** Runs every scenario with the advisor's rules, prints each result and the summary; the number that failed. */
    private long run(OfferAdvisor advisor, PrintWriter out) {
        ScenarioRunner runner = new ScenarioRunner(advisor);
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : files()) {
            results.addAll(runner.run(file));
        }
        for (ScenarioResult result : results) {
            out.println((result.passed() ? "PASS " : "FAIL ") + Printable.plain(result.file()) + ": "
                    + Printable.plain(result.name()));
            result.failures().forEach(f -> out.println("  - " + Printable.plain(f)));
        }
        if (coverage) {
            coverage(out, results, advisor);
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.println((results.size() - failed) + " passed, " + failed + " failed");
        out.flush();
        return failed;
    }

    private void coverage(PrintWriter out, List<ScenarioResult> results, OfferAdvisor advisor) {
        Set<String> fired = results.stream().flatMap(r -> r.firedRules().stream())
                .map(f -> f.file() + "\u0000" + f.rule()).collect(Collectors.toSet());
        List<RuleInfo> all = advisor.rules();
        List<RuleInfo> missed = all.stream().filter(r -> !fired.contains(r.file() + "\u0000" + r.name())).toList();
        out.println();
        out.println("Coverage: " + (all.size() - missed.size()) + " of " + all.size() + " rules fired in some scenario");
        if (!missed.isEmpty()) {
            out.println("Rules no scenario made fire:");
            missed.forEach(r -> out.println(Printable.plain("  " + r.file() + ":" + r.line() + "  " + r.name()
                    + (r.adviceId() == null ? "" : "  (" + r.adviceId() + ")"))));
        }
        out.println();
    }

    /** The scenario files and folders named, else the scenarios folder of the rules (checked to exist in call). */
    private List<Path> roots() {
        return paths.isEmpty() ? ScenarioFolder.of(rules.directory()).stream().toList() : paths;
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path root : roots()) {
            if (Files.isDirectory(root)) {
                files.addAll(ScenarioFolder.files(root));
            } else {
                files.add(root);
            }
        }
        return files;
    }

    /** What a watch follows: the scenario files and folders, and the case files the scenarios name as they are now. */
    private List<Path> watched() {
        List<Path> watched = new ArrayList<>(roots());
        for (Path file : files()) {
            watched.addAll(ScenarioRunner.caseFiles(file));
        }
        return watched;
    }
}
