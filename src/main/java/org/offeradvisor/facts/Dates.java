package org.offeradvisor.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Date arithmetic for rules. */
public final class Dates {
    private Dates() {
    }

    /** Whole days from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
