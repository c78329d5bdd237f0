package org.offeradvisor;

import java.util.List;

/** A problem the user can fix: a bad case or a bad rule set. It carries one {@link Problem} per line. */
public abstract class OfferAdvisorException extends RuntimeException {
    private final transient List<Problem> problems;

    protected OfferAdvisorException(String summary, List<Problem> problems) {
        super(summary + ":\n" + String.join("\n", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
