package org.offeradvisor.validation;

import java.util.List;

import org.offeradvisor.facts.Candidate;
import org.offeradvisor.facts.Offer;
import org.offeradvisor.facts.Situation;

/** A valid case, normalized into the facts the rules reason over. */
public record CaseFacts(String currency, Candidate candidate, Situation situation, List<Offer> offers) {
    public CaseFacts {
        offers = List.copyOf(offers);
    }
}
