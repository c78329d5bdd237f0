package org.offeradvisor.facts;

/** A fixed piece of script wording (rules/data/scripts.json), by group and key. */
public record Phrase(String group, String key, String text) {
}
