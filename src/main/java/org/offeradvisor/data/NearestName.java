package org.offeradvisor.data;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name nearest to a misspelt one, for a "did you mean" in a problem: within a third of the name's length in
 * edits (letters added, removed or changed, case ignored), or one the name begins (a field name cut short), so that an
 * unrelated name is never suggested.
 */
final class NearestName {
    private NearestName() {
    }

    /** The nearest of {@code known} to {@code name}, if one is near enough; the first in order among equals. */
    static Optional<String> to(String name, Collection<String> known) {
        int limit = Math.max(1, name.length() / 3);
        return known.stream()
                .filter(k -> !k.equals(name))
                .filter(k -> distance(k, name) <= limit || startsWith(k, name))
                .min(Comparator.comparingInt((String k) -> distance(k, name)));
    }

    /** {@code " (did you mean X?)"}, or nothing. */
    static String suggestion(String name, Collection<String> known) {
        return to(name, known).map(k -> " (did you mean " + k + "?)").orElse("");
    }

    /** Whether {@code known} begins with {@code name}, of three letters or more, case ignored. */
    private static boolean startsWith(String known, String name) {
        return name.length() >= 3 && known.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT));
    }

    private static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int change = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }
}
