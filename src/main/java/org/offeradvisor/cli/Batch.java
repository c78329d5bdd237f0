package org.offeradvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.offeradvisor.InvalidCaseException;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.OfferAdvisorException;
import org.offeradvisor.Problem;
import org.offeradvisor.RulesFailedException;
import org.offeradvisor.report.Report;

/**
 * {@code advise DIR|CASE... --out DIR}: advises on many cases with one rule base, a fixed number of them at once, and
 * writes each case's report to the output directory under the case's base name ({@code alice.json} gives
 * {@code alice.txt}), or, when the case is refused or a rule fails on it, {@code alice.errors.txt} with one line per
 * problem; whichever of the two an earlier run left is then removed, so that the directory never shows an old report
 * beside a new refusal or the reverse. Every file is written whole or not at all ({@link ReportFile}).
 *
 * <p>What can be checked before any rule loads is checked first, and refuses the whole batch: a case file that does
 * not exist, an output "directory" that is a file, and two cases that would write the same file.
 */
final class Batch {
    /** How long a stopped batch waits for the cases under way to end, each leaving its files whole or as they were. */
    private static final long STOP_WAIT_SECONDS = 5;

    /** What each case becomes: its report (with or without the how-trace), rendered in the command's format. */
    interface Reporting {
        Report advise(OfferAdvisor advisor, byte[] caseJson, String source);

        String render(Report report);

        /** The report file's extension, without the dot. */
        String extension();
    }

    /** One case of the batch: its file as given, its file name, and the two files it may leave in the directory. */
    record Case(Path file, String name, Path report, Path errors) {
    }

    /** How a case ended, and the exit status it gives the batch: the highest of its cases'. */
    enum Status {
        ADVISED("ok", ExitCodes.OK),
        REFUSED("refused", ExitCodes.BAD_INPUT),
        NOT_WRITTEN("not written", ExitCodes.BAD_INPUT),
        RULE_FAILED("rule failed", ExitCodes.RULES_FAILED),
        INTERNAL_ERROR("internal error", ExitCodes.INTERNAL_ERROR);

        final String label;
        final int exitCode;

        Status(String label, int exitCode) {
            this.label = label;
            this.exitCode = exitCode;
        }
    }

    /** A case's end: its report when it was advised, else the problems, one line each, as the errors file has them. */
    record Outcome(Case batchCase, Status status, Report report, List<Problem> problems) {
        Outcome {
            problems = List.copyOf(problems);
        }
    }

    /** The batch as a whole is refused before any case runs; one line per problem, exit status 2. */
    static final class Refused extends OfferAdvisorException {
        Refused(List<Problem> problems) {
            super("the batch was refused", problems);
        }
    }

    /** A case's work stops because the batch is stopping; it leaves its files as they were. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final List<Case> cases;
    private final Path outDir;
    private final Reporting reporting;
    private volatile boolean stopping;
    private volatile ExecutorService pool;
    /** Cases being advised at once: {@code --jobs}; the pool has a thread more per job, to write while others work. */
    private volatile Semaphore working;
    private volatile Progress progress;

    private Batch(List<Case> cases, Path outDir, Reporting reporting) {
        this.cases = cases;
        this.outDir = outDir;
        this.reporting = reporting;
    }

    /**
     * The cases that {@code arguments} name (a directory: each {@code *.json} regular file directly in it, by name),
     * each once, in order, with the files they would write in {@code outDir}; {@link Refused} if they cannot all be
     * advised there.
     */
    static Batch plan(List<Path> arguments, Path outDir, Reporting reporting) {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new Refused(List.of(new Problem(outDir.toString(),
                    "is a file; the reports of a directory or of several cases go into a directory")));
        }
        List<Problem> problems = new ArrayList<>();
        Map<Path, Path> files = new LinkedHashMap<>(); // by absolute path, so that a case named twice runs once
        for (Path argument : arguments) {
            for (Path file : caseFiles(argument, problems)) {
                files.putIfAbsent(file.toAbsolutePath().normalize(), file);
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            arguments.forEach(a -> problems.add(new Problem(a.toString(), "holds no *.json case file")));
        }
        List<Case> cases = files.values().stream().map(file -> batchCase(file, outDir, reporting.extension())).toList();
        problems.addAll(clashes(cases, files.keySet()));
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new Batch(cases, outDir, reporting);
    }

    private static List<Path> caseFiles(Path argument, List<Problem> problems) {
        if (!Files.isDirectory(argument)) {
            if (!Files.exists(argument)) {
                problems.add(new Problem(argument.toString(), "no such file"));
                return List.of();
            }
            return List.of(argument);
        }
        try (Stream<Path> listing = Files.list(argument)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(argument.toString(), "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    private static Case batchCase(Path file, Path outDir, String extension) {
        String name = file.getFileName().toString();
        String base = name.endsWith(".json") && name.length() > ".json".length()
                ? name.substring(0, name.length() - ".json".length()) : name;
        return new Case(file, name, outDir.resolve(base + "." + extension), outDir.resolve(base + ".errors.txt"));
    }

    /** Two cases that would write the same file, and a report that would replace a case of the batch. */
    private static List<Problem> clashes(List<Case> cases, Set<Path> inputs) {
        List<Problem> problems = new ArrayList<>();
        Map<Path, Case> writers = new HashMap<>();
        for (Case c : cases) {
            for (Path output : List.of(c.report(), c.errors())) {
                Path absolute = output.toAbsolutePath().normalize();
                Case other = writers.putIfAbsent(absolute, c);
                if (other != null) {
                    problems.add(new Problem(other.file().toString(), "has the same base name as " + c.file()
                            + "; both would write " + output + " (rename one)"));
                    break;
                }
                if (inputs.contains(absolute)) {
                    problems.add(new Problem(output.toString(), "is a case of this batch; "
                            + (absolute.equals(c.file().toAbsolutePath().normalize()) ? "its own report"
                            : "the report of " + c.file()) + " would replace it (choose another --out)"));
                }
            }
        }
        return problems;
    }

    /**
     * Advises on every case with {@code advisor}, {@code jobs} at a time, telling {@code progress} as each ends, then
     * prints the summary table to {@code out}; returns the exit status: 2 if any case was refused (or its report could
     * not be written), else 1 if a rule failed on one, else 0. Stopped (Ctrl-C, or {@link #stop()}), it lets the cases
     * under way end and returns {@link ExitCodes#INTERRUPTED} without a summary.
     */
    int run(OfferAdvisor advisor, int jobs, Progress progress, PrintWriter out) {
        createOutDir();
        this.progress = progress;
        AtomicInteger threads = new AtomicInteger();
        // A report is forced to the disk before its rename (ReportFile), which waits on the disk: twice as many threads
        // as jobs let a case be advised while another's report is written, and at most --jobs cases are advised at once.
        working = new Semaphore(jobs);
        pool = Executors.newFixedThreadPool(Math.min(2 * jobs, cases.size()), task -> {
            Thread thread = new Thread(task, "offer-advisor-batch-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Thread onExit = new Thread(this::stopAndWait, "offer-advisor-batch-stop");
        Runtime.getRuntime().addShutdownHook(onExit);
        long start = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        try {
            progress.start(cases.size());
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Case c : cases) {
                futures.add(pool.submit(() -> progress.finished(advise(advisor, c))));
            }
            for (int i = 0; i < cases.size(); i++) {
                Outcome outcome = await(futures.get(i), cases.get(i));
                if (outcome != null) {
                    outcomes.add(outcome);
                }
            }
        } finally {
            pool.shutdown();
            removeHook(onExit);
        }
        if (stopping) {
            awaitPool();
            progress.stopped();
            return ExitCodes.INTERRUPTED;
        }
        progress.end(Math.min(jobs, cases.size()), System.nanoTime() - start);
        BatchSummary.print(out, outcomes, outDir);
        return outcomes.stream().mapToInt(o -> o.status().exitCode).max().orElse(ExitCodes.OK);
    }

    /**
     * Stops the batch: no case starts any more and the cases under way write nothing more; a file being written is
     * left as it was ({@link ReportFile}). {@link #run} then returns once they have ended.
     */
    void stop() {
        stopping = true;
        ExecutorService running = pool;
        if (running != null) {
            running.shutdownNow().forEach(task -> ((Future<?>) task).cancel(false));
        }
    }

    /** On Ctrl-C: stops, and waits for the cases under way, before the program removes its temporary files and ends. */
    private void stopAndWait() {
        stop();
        awaitPool();
        progress.stopped();
    }

    private void awaitPool() {
        try {
            pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread onExit) {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException exiting) {
            // the hook is running: it is what stops the batch
        }
    }

    private void createOutDir() {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new Refused(List.of(new Problem(outDir.toString(), "cannot create the directory: "
                    + ReportFile.reason(e))));
        }
    }

    /** The outcome of a case's task, or null for a case the batch stopped before or during. */
    private Outcome await(Future<Outcome> future, Case c) {
        try {
            return future.get();
        } catch (CancellationException e) {
            return null;
        } catch (ExecutionException e) {
            if (stopping || e.getCause() instanceof Stopped) {
                return null;
            }
            return new Outcome(c, Status.INTERNAL_ERROR, null,
                    List.of(new Problem(c.file().toString(), Failures.internalError(e.getCause()))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return null;
        }
    }

    private Outcome advise(OfferAdvisor advisor, Case c) {
        Report report = null;
        String text = null;
        Status failed = null;
        List<Problem> problems = List.of();
        try {
            working.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        try {
            report = reporting.advise(advisor, OfferAdvisor.readCase(c.file()), c.file().toString());
            text = reporting.render(report);
        } catch (InvalidCaseException e) {
            failed = Status.REFUSED;
            problems = e.problems();
        } catch (RulesFailedException e) {
            failed = Status.RULE_FAILED;
            problems = e.problems();
        } catch (OfferAdvisorException e) {
            failed = Status.REFUSED;
            problems = e.problems();
        } catch (RuntimeException e) {
            failed = Status.INTERNAL_ERROR;
            problems = List.of(new Problem(c.file().toString(), Failures.internalError(e)));
        } finally {
            working.release(); // its report or errors file is written while another case is advised
        }
        if (failed != null) {
            return refused(c, failed, problems);
        }
        try {
            writeUnlessStopping(c.report(), text);
            remove(c.errors());
            return new Outcome(c, Status.ADVISED, report, List.of());
        } catch (OfferAdvisorException e) {
            stopIfStopping();
            return new Outcome(c, Status.NOT_WRITTEN, report, e.problems());
        }
    }

    /** A case without a report: its problems in its errors file, and its report from an earlier run removed. */
    private Outcome refused(Case c, Status status, List<Problem> problems) {
        StringBuilder lines = new StringBuilder();
        problems.forEach(p -> lines.append(p).append('\n'));
        try {
            writeUnlessStopping(c.errors(), lines.toString());
            remove(c.report());
            return new Outcome(c, status, null, problems);
        } catch (OfferAdvisorException e) {
            stopIfStopping();
            List<Problem> all = new ArrayList<>(problems);
            all.addAll(e.problems());
            return new Outcome(c, status, null, all);
        }
    }

    /** Writes nothing once the batch is stopping, so that a case cut short cannot replace a good report. */
    private void writeUnlessStopping(Path file, String text) {
        stopIfStopping();
        ReportFile.write(file, text);
    }

    /** Ends a case's work once the batch is stopping: a write it interrupted is no failure of the case. */
    private void stopIfStopping() {
        if (stopping) {
            throw new Stopped();
        }
    }

    private static void remove(Path stale) {
        try {
            Files.deleteIfExists(stale);
        } catch (IOException e) {
            throw new Refused(List.of(new Problem(stale.toString(),
                    "is left from an earlier run and cannot be removed: " + ReportFile.reason(e))));
        }
    }
}
