package org.offeradvisor.facts;

/**
 * Another live offer a counter script for {@code offerId} may truthfully cite (KNOWLEDGE.md §8.3): it pays
 * close to the target, or is at a higher level. {@code why} says which, for the explanation.
 */
public record ComparableOffer(String offerId, String otherOfferId, String why) implements AboutOffer {
}
