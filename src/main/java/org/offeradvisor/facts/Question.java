package org.offeradvisor.facts;

/** A question the candidate should ask about an offer, and why it matters. */
public record Question(String offerId, String question, String why) implements AboutOffer {
}
