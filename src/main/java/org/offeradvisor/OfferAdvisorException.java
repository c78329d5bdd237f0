package org.offeradvisor;

import java.util.List;

/**
 * A problem the user can act on: a bad case, a bad rule set, or a rule that failed on a valid case. It carries one
 * {@link Problem} per line.
 */
public abstract class OfferAdvisorException extends RuntimeException {
    private final transient List<Problem> problems;

    protected OfferAdvisorException(String summary, List<Problem> problems) {
        this(summary, problems, null);
    }

    /** With the failure behind the problems, kept for a debugging trace (never shown to a user otherwise). */
    protected OfferAdvisorException(String summary, List<Problem> problems, Throwable cause) {
        super(summary + ":\n" + String.join("\n", problems.stream().map(Problem::toString).toList()), cause);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
