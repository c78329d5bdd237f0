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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.OfferAdvisorException;
import org.offeradvisor.Problem;

/**
 * Re-runs a case whenever a file under the rules directory or the case itself changes: rebuilds the rules
 * when they changed (keeping the last good rules, and printing the new errors, when they do not compile),
 * then prints the new report. Runs until interrupted.
 */
final class Watcher {
    /** How long to wait for the rest of a save (editors write in several steps) before re-running. */
    private static final long SETTLE_MILLIS = 150;

    private final Path rulesDir;
    private final Path caseFile;
    private final Function<OfferAdvisor, String> advise;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<WatchKey, Path> watched = new HashMap<>();
    private OfferAdvisor advisor;

    Watcher(Path rulesDir, Path caseFile, Function<OfferAdvisor, String> advise, PrintWriter out, PrintWriter err) {
        this.rulesDir = rulesDir.toAbsolutePath().normalize();
        this.caseFile = caseFile.toAbsolutePath().normalize();
        this.advise = advise;
        this.out = out;
        this.err = err;
    }

    void run() throws IOException, InterruptedException {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            registerTree(service, rulesDir);
            register(service, caseFile.getParent());
            rebuild();
            report("watching " + rulesDir + " and " + caseFile + " (Ctrl-C to stop)");
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.take();
                boolean rulesChanged = false;
                boolean caseChanged = false;
                while (key != null) {
                    Path dir = watched.get(key);
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (dir == null || !(event.context() instanceof Path name)) {
                            continue;
                        }
                        Path changed = dir.resolve(name);
                        if (changed.startsWith(rulesDir)) {
                            rulesChanged = true;
                            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                                registerTree(service, changed);
                            }
                        }
                        caseChanged |= changed.equals(caseFile);
                    }
                    key.reset();
                    key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                }
                if (rulesChanged) {
                    rebuild();
                }
                if (rulesChanged || caseChanged) {
                    report(rulesChanged ? "rules changed" : "case changed");
                }
            }
        }
    }

    private void rebuild() {
        try {
            advisor = OfferAdvisor.builder(rulesDir).forEdits().build();
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
                out.print(advise.apply(advisor));
            } catch (OfferAdvisorException e) {
                print(e);
            }
        }
        out.flush();
    }

    private void print(OfferAdvisorException e) {
        for (Problem problem : e.problems()) {
            err.println(problem);
        }
        err.flush();
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
