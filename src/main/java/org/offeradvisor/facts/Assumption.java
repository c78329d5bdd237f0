package org.offeradvisor.facts;

/** An assumption (KNOWLEDGE.md: beyond the guide) that this case actually used; offerId may be null. */
public record Assumption(String offerId, String text) implements AboutOffer {
}
