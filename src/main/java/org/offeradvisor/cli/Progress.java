package org.offeradvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.offeradvisor.report.Printable;

/**
 * A batch's progress on standard error: on a terminal, one line redrawn as cases end
 * ({@code [=========>          ] 12/20 cases, 1 refused}); elsewhere (a log, a pipe, a CI job), one line per case as it
 * ends ({@code 12/20 alice.json ok}, {@code 13/20 bob.json refused (2 problems)}), its file name shown
 * {@link Printable#plain plain}. Either way a last line gives the time the batch took.
 */
abstract class Progress {
    final PrintWriter err;
    int total;
    int done;
    int refused;
    int failed;
    private boolean saidStopped;

    Progress(PrintWriter err) {
        this.err = err;
    }

    /** The bar when standard error is a terminal, else the lines. */
    static Progress forStandardError(PrintWriter err) {
        return standardErrorIsTerminal() ? new Bar(err) : new Lines(err);
    }

    /** One line per case. */
    static Progress lines(PrintWriter err) {
        return new Lines(err);
    }

    /**
     * Whether standard error is a terminal (and not a dumb one). {@link System#console()} says whether standard input and
     * output are; standard error, where the bar goes, may be a terminal when standard output is redirected and the
     * reverse. On Linux, {@code /proc/self/fd/2} says which device it is; elsewhere the console is the best guess.
     */
    static boolean standardErrorIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException noProc) {
            return System.console() != null;
        }
    }

    synchronized void start(int total) {
        this.total = total;
        show(null);
    }

    /** A case has ended; returns its outcome. */
    synchronized Batch.Outcome finished(Batch.Outcome outcome) {
        done++;
        switch (outcome.status()) {
            case ADVISED -> { }
            case REFUSED -> refused++;
            default -> failed++;
        }
        show(outcome);
        return outcome;
    }

    /** Every case has ended, with {@code jobs} at a time in {@code nanos} nanoseconds. */
    synchronized void end(int jobs, long nanos) {
        finish();
        double seconds = nanos / 1e9;
        err.printf(Locale.ROOT, "%d cases in %.2f s with %d job%s (%.1f cases/s)%n", total, seconds, jobs,
                jobs == 1 ? "" : "s", seconds > 0 ? total / seconds : 0.0);
        err.flush();
    }

    /** The batch was stopped before its end; said once, by whichever of the batch and its stopping says it first. */
    synchronized void stopped() {
        if (saidStopped) {
            return;
        }
        saidStopped = true;
        finish();
        err.printf("stopped after %d of %d cases; each report and errors file is whole or as it was%n", done, total);
        err.flush();
    }

    /** Shows the progress after {@code outcome} (null: before any case ends). */
    abstract void show(Batch.Outcome outcome);

    /** Ends what {@link #show} left, before a last line. */
    abstract void finish();

    /** How a case ended, in a few words: {@code ok}, {@code refused (2 problems)}, {@code rule failed}. */
    static String describe(Batch.Outcome outcome) {
        if (outcome.status() != Batch.Status.REFUSED) {
            return outcome.status().label;
        }
        int problems = outcome.problems().size();
        return outcome.status().label + " (" + problems + (problems == 1 ? " problem)" : " problems)");
    }

    private static final class Lines extends Progress {
        Lines(PrintWriter err) {
            super(err);
        }

        @Override
        void show(Batch.Outcome outcome) {
            if (outcome != null) {
                err.println(done + "/" + total + " " + Printable.plain(outcome.batchCase().name()) + " "
                        + describe(outcome));
                err.flush();
            }
        }

        @Override
        void finish() {
        }
    }

    private static final class Bar extends Progress {
        private static final int WIDTH = 30;
        private int shown;

        Bar(PrintWriter err) {
            super(err);
        }

        @Override
        void show(Batch.Outcome outcome) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            StringBuilder line = new StringBuilder("\r[").append("=".repeat(filled));
            if (filled < WIDTH) {
                line.append('>').append(" ".repeat(WIDTH - filled - 1));
            }
            line.append("] ").append(done).append('/').append(total).append(" cases");
            if (refused > 0) {
                line.append(", ").append(refused).append(" refused");
            }
            if (failed > 0) {
                line.append(", ").append(failed).append(" failed");
            }
            int length = line.length();
            line.append(" ".repeat(Math.max(0, shown - length)));
            shown = length;
            err.print(line);
            err.flush();
        }

        @Override
        void finish() {
            err.println();
        }
    }
}
