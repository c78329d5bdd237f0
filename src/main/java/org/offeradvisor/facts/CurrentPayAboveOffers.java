package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * The candidate's current pay is above every offer's annual total comp (KNOWLEDGE.md §8.5): it anchors high,
 * not low. {@code highestOffer} is the best offer's annual total comp.
 */
public record CurrentPayAboveOffers(BigDecimal current, BigDecimal highestOffer) {
}
