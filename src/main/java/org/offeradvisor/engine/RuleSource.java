package org.offeradvisor.engine;

/** Where a rule is written: its file relative to the rules directory, and line. */
record RuleSource(String name, String file, int line) {
}
