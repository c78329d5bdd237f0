package org.offeradvisor.facts;

/** The offer the candidate would rather accept (KNOWLEDGE.md §7.2), and why it is the one. */
public record PreferredOffer(String offerId, String why) implements AboutOffer {
}
