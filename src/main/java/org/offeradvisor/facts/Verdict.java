package org.offeradvisor.facts;

/** What to do first with an offer (KNOWLEDGE.md §8.10): EXPIRED, CHECK, LEVEL, NEGOTIATE, STRONG or CONSIDER. */
public record Verdict(String offerId, String verdict) implements AboutOffer {
}
