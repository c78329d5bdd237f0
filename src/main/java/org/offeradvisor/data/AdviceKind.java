package org.offeradvisor.data;

/** A documented advice kind (rules/data/advice-kinds.json): its id, category, priority and what it says. */
public record AdviceKind(String id, String category, int priority, String summary) {
}
