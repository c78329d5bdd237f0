package org.offeradvisor.facts;

import java.util.List;
import java.util.Locale;

/**
 * Where asking for salary history is unlawful (rules/data/salary-history-bans.json, dated): US states by
 * postal code and cities by name, matched ignoring case. Not legal advice, and says so.
 */
public record SalaryHistoryBan(String asOf, String note, List<String> states, List<String> cities) {
    public SalaryHistoryBan {
        states = List.copyOf(states);
        cities = List.copyOf(cities);
    }

    /** Whether a location is covered: a US (or unspecified) country whose state or city is listed. */
    public boolean covers(Location location) {
        if (location == null || (location.country() != null && !"US".equalsIgnoreCase(location.country()))) {
            return false;
        }
        return matches(states, location.state()) || matches(cities, location.city());
    }

    /** What matched, for the explanation: the state code or the city name. */
    public String matchOf(Location location) {
        return matches(states, location.state()) ? location.state().toUpperCase(Locale.ROOT) : location.city();
    }

    private static boolean matches(List<String> names, String name) {
        return name != null && names.stream().anyMatch(n -> n.equalsIgnoreCase(name.strip()));
    }
}
