package org.offeradvisor.cli;

final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    /** A rule failed on a valid case: a fault of the rules, not of the case. */
    static final int RULES_FAILED = 1;
    /** {@code test}: a scenario failed, as test runners report it. */
    static final int SCENARIO_FAILED = 1;
    static final int BAD_INPUT = 2;
    /** A batch stopped before its end (Ctrl-C), as a shell reports a program ended by SIGINT. */
    static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
