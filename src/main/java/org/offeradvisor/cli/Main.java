package org.offeradvisor.cli;

import java.io.InputStream;
import java.io.PrintWriter;

import org.offeradvisor.report.Printable;

import picocli.CommandLine;

/**
 * The {@code offer-advisor} command. Exit status 0 on success, 2 for a bad case, bad rules or bad usage, 1 for an
 * internal error (and, for {@code test}, a failed scenario). Every message goes to standard error as lines a user can
 * act on, with what the user typed or wrote shown {@link Printable#plain plain}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given output streams and no standard input. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(InputStream.nullInputStream(), out, err, args);
    }

    /** Runs the command line with the given standard input and output streams, for tests and embedding. */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new OfferAdvisorCommand(in));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures(err));
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("offer-advisor: " + Printable.plain(ex.getMessage()));
            err.println("Try 'offer-advisor --help'.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        return cli.execute(args);
    }
}
