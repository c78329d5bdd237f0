package org.offeradvisor;

import java.util.List;

/** The rule set did not compile or load, or a rule misbehaved; each problem names a file and line. */
public final class InvalidRulesException extends OfferAdvisorException {
    public InvalidRulesException(List<Problem> problems) {
        super("invalid rules", problems);
    }
}
