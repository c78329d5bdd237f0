package org.offeradvisor.facts;

import java.util.List;

/** A row of the level table (rules/data/levels.json): rank 3..8, code L3..L8, the title used in scripts. */
public record Level(int rank, String code, String title, List<String> aliases) {
    public Level {
        aliases = List.copyOf(aliases);
    }
}
