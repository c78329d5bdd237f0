package org.offeradvisor.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.OfferAdvisorException;
import org.offeradvisor.Problem;
import org.offeradvisor.engine.RuleReloader;
import org.offeradvisor.report.Printable;

/**
 * Re-runs whenever a file under the rules directory or one of the inputs (the case of {@code advise}, the scenario
 * files or directories of {@code test} and the case files they name) changes: reloads the rules when they changed,
 * recompiling only the files that did ({@link RuleReloader}; the last good rules keep serving, and the new errors are
 * printed, when they do not compile), then prints the new output. An input under the rules directory (the scenarios
 * that travel with the rules) re-runs without reloading the rules. The inputs are asked for again after each run, so
 * a case file a scenario starts naming is watched from then on. Runs until interrupted.
 */
final class Watcher {
    /** How long to wait for the rest of a save (editors write in several steps) before re-running. */
    private static final long SETTLE_MILLIS = 50;

    private final Path rulesDir;
    private final Supplier<List<Path>> inputsNow;
    private List<Path> inputs;
    private final String inputsName;
    private final Function<OfferAdvisor, String> run;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<WatchKey, Path> watched = new HashMap<>();
    private final RuleReloader reloader;
    private OfferAdvisor advisor;

    /**
     * @param inputs     files or directories whose changes re-run too
     * @param inputsName what they are, for the heading of a re-run ("case changed", "scenarios changed")
     * @param run        what to print with the rules as they are
     */
    Watcher(Path rulesDir, List<Path> inputs, String inputsName, Function<OfferAdvisor, String> run, PrintWriter out,
            PrintWriter err) {
        this(rulesDir, () -> inputs, inputsName, run, out, err);
    }

    /** @param inputs the files or directories whose changes re-run too, as they are now (asked again after each run) */
    Watcher(Path rulesDir, Supplier<List<Path>> inputs, String inputsName, Function<OfferAdvisor, String> run,
            PrintWriter out, PrintWriter err) {
        this.rulesDir = rulesDir.toAbsolutePath().normalize();
        this.inputsNow = inputs;
        this.inputs = absolute(inputs.get());
        this.inputsName = inputsName;
        this.reloader = new RuleReloader(this.rulesDir, null);
        this.run = run;
        this.out = out;
        this.err = err;
    }

    void run() throws IOException, InterruptedException {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            registerTree(service, rulesDir);
            registerInputs(service);
            rebuild();
            report(Printable.plain("watching " + rulesDir + " and "
                    + String.join(", ", inputs.stream().map(Path::toString).toList()) + " (Ctrl-C to stop)"));
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.take();
                boolean rulesChanged = false;
                boolean inputChanged = false;
                while (key != null) {
                    Path dir = watched.get(key);
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (dir == null || !(event.context() instanceof Path name)) {
                            continue;
                        }
                        Path changed = dir.resolve(name);
                        boolean input = isInput(changed);
                        if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed) && (input || changed.startsWith(rulesDir))) {
                            registerTree(service, changed);
                        }
                        rulesChanged |= changed.startsWith(rulesDir) && !input;
                        inputChanged |= input;
                    }
                    key.reset();
                    key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                }
                if (rulesChanged) {
                    rebuild();
                }
                if (rulesChanged || inputChanged) {
                    report((rulesChanged ? "rules" : inputsName) + " changed");
                    inputs = absolute(inputsNow.get());
                    registerInputs(service);
                }
            }
        }
    }

    private void rebuild() {
        try {
            advisor = OfferAdvisor.builder(rulesDir).reloadingWith(reloader).build();
        } catch (OfferAdvisorException e) {
            print(e);
            if (advisor != null) {
                err.println("(keeping the last rules that compiled)");
                err.flush();
            }
        }
    }

    private void report(String why) {
        out.println("=== " + why + " at " + java.time.LocalTime.now().withNano(0));
        if (advisor == null) {
            out.println("(no rules compile yet: fix the errors above)");
        } else {
            try {
                out.print(run.apply(advisor));
            } catch (OfferAdvisorException e) {
                print(e);
            }
        }
        out.flush();
    }

    /** An input file itself, or a file under an input directory. */
    private boolean isInput(Path changed) {
        return inputs.stream().anyMatch(input -> changed.equals(input) || (Files.isDirectory(input) && changed.startsWith(input)));
    }

    private void print(OfferAdvisorException e) {
        for (Problem problem : e.problems()) {
            err.println(problem);
        }
        err.flush();
    }

    /** Watches each input directory's tree, and the folder of each input file (a save may replace the file). */
    private void registerInputs(WatchService service) throws IOException {
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                registerTree(service, input);
            } else if (input.getParent() != null && Files.isDirectory(input.getParent())
                    && !watched.containsValue(input.getParent())) {
                register(service, input.getParent());
            }
        }
    }

    private static List<Path> absolute(List<Path> paths) {
        return paths.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
    }

    private void registerTree(WatchService service, Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                register(service, dir);
            }
        }
    }

    private void register(WatchService service, Path dir) throws IOException {
        watched.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
    }
}
