package org.offeradvisor;

/**
 * One thing wrong with a case or a rule set: where ({@code offers[1].equity.vestingSchedulePercent}, or
 * {@code market.drl:12:5}) and what. {@link #toString()} is the line a user sees.
 */
public record Problem(String where, String message) {

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
