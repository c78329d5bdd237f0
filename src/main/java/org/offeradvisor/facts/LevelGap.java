package org.offeradvisor.facts;

/**
 * An offer levelled below where the candidate belongs: the level offered, the level deserved and why.
 * {@code downLevel} is true when the offer is below the candidate's own level (NEG-LEVEL), false when
 * the candidate's Staff+ signals argue for a stretch to the next level (NEG-LEVEL-STRETCH).
 */
public record LevelGap(String offerId, Level offered, Level deserved, boolean downLevel, String why) implements AboutOffer {
}
