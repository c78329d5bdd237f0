package org.offeradvisor.facts;

/**
 * An offer whose figures are unusual enough to check the offer letter first (KNOWLEDGE.md §8.6): why, in a
 * sentence for the advice ({@code finding}) and a line of arithmetic ({@code because}).
 */
public record Outlier(String offerId, String finding, String because) implements AboutOffer {
}
