package org.offeradvisor.facts;

/** An offer levelled below where the candidate belongs: the level offered, the level deserved and why. */
public record LevelGap(String offerId, Level offered, Level deserved, String why) implements AboutOffer {
}
