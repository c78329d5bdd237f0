package org.offeradvisor.facts;

import java.time.LocalDate;

/**
 * The negotiation situation; {@code asOf} is always set (the case's, else today). Weights may be null.
 * {@code currency} is the case's ISO 4217 code (USD when the case names none).
 */
public record Situation(
        boolean askedForCurrentSalary,
        boolean askedForExpectations,
        String preferredOfferId,
        LocalDate asOf,
        Weights weights,
        String currency) {
}
