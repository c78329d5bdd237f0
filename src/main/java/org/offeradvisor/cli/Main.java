package org.offeradvisor.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** The {@code offer-advisor} command: exit 0 on success, 2 for a bad case or bad rules, 1 for an internal error. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given output streams, for tests and embedding. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new OfferAdvisorCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures(err));
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("offer-advisor: " + ex.getMessage());
            err.println("Try 'offer-advisor --help'.");
            return ExitCodes.BAD_INPUT;
        });
        return cli.execute(args);
    }
}
