package org.offeradvisor.facts;

/** The benchmark row that applies to an offer, chosen in market.drl (KNOWLEDGE.md §7.5). */
public record BenchmarkBand(String offerId, Band band) implements AboutOffer {
}
