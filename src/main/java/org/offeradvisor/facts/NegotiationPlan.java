package org.offeradvisor.facts;

import java.util.List;

/** The guide's Step 3 table, once for the case: each component, how negotiable, its typical range, a note. */
public record NegotiationPlan(List<Row> rows) {
    public NegotiationPlan {
        rows = List.copyOf(rows);
    }

    public record Row(String component, String negotiability, String typicalRange, String note) {
    }
}
