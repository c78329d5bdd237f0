package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * What the candidate aims for with an offer (KNOWLEDGE.md §8.1), unrounded: their own target, a point high in
 * the offer's band, or a raise over an offer without one. {@code ownTarget} says it is the candidate's own
 * figure; {@code basis} shows how it was set.
 */
public record CounterAim(String offerId, BigDecimal aim, boolean ownTarget, String basis) implements AboutOffer {
}
