package org.offeradvisor;

import java.util.List;

/** The case was refused before any rule ran; each problem names its JSON path. */
public final class InvalidCaseException extends OfferAdvisorException {
    public InvalidCaseException(List<Problem> problems) {
        super("invalid case", problems);
    }
}
