package org.offeradvisor.facts;

/**
 * One sentence of the summary's "what to do now" (KNOWLEDGE.md §8.10): {@code order} ranks the kinds of
 * action (the deadline before the scripts, the recommendation last); actions of one kind follow the offers'
 * order in the case.
 */
public record SummaryAction(int order, String offerId, String text) implements AboutOffer {
}
