package org.offeradvisor.cli;

import java.io.PrintWriter;

import org.offeradvisor.OfferAdvisorException;
import org.offeradvisor.Problem;
import org.offeradvisor.report.Printable;
import org.offeradvisor.RulesFailedException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into what a user can act on: one line per problem, never a stack trace. */
final class Failures implements IExecutionExceptionHandler {
    private final PrintWriter err;

    Failures(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (ex instanceof OfferAdvisorException problems) {
            for (Problem problem : problems.problems()) {
                err.println(problem);
            }
            if (ex instanceof RulesFailedException && ex.getCause() != null && debugging()) {
                ex.getCause().printStackTrace(err);
            }
            err.flush();
            return ex instanceof RulesFailedException ? ExitCodes.RULES_FAILED : ExitCodes.BAD_INPUT;
        }
        err.println("offer-advisor: " + internalError(ex));
        err.println("Please report it with the case and rules that caused it (set OFFER_ADVISOR_DEBUG=1 for a trace).");
        if (debugging()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /** An unexpected failure in a few words: {@code internal error: IllegalStateException: its message}. */
    static String internalError(Throwable ex) {
        return "internal error: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + Printable.plain(ex.getMessage()));
    }

    /** {@code OFFER_ADVISOR_DEBUG} set: a trace follows the one-line message, for whoever debugs the rules or the program. */
    private static boolean debugging() {
        return System.getenv("OFFER_ADVISOR_DEBUG") != null;
    }
}
