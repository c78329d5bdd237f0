package org.offeradvisor;

import java.util.List;

/**
 * A rule failed while advising on a valid case: an exception or error in one of its conditions or its consequence,
 * or a rule that keeps re-triggering itself. The problem names the rule, its file and the offer; the case was fine,
 * so the command line exits 1, not 2. The cause is kept for a debugging trace.
 */
public final class RulesFailedException extends OfferAdvisorException {
    public RulesFailedException(Problem problem, Throwable cause) {
        super("a rule failed", List.of(problem), cause);
    }
}
