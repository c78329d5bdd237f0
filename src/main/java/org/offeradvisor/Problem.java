package org.offeradvisor;

import org.offeradvisor.report.Printable;

/**
 * One thing wrong with a case or a rule set: where ({@code offers[1].equity.vestingSchedulePercent}, or
 * {@code market.drl:12:5}) and what. The two fields are exact (a JSON key or a value the user wrote stays as
 * written, for an HTTP front end's problem list); {@link #toString()} is the line a user sees, with whatever the
 * user wrote in it shown {@link Printable#plain plain}, so that a key cannot forge a second line or a colour.
 */
public record Problem(String where, String message) {

    @Override
    public String toString() {
        return Printable.plain(where) + ": " + Printable.plain(message);
    }
}
