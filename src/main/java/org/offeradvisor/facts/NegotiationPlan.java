package org.offeradvisor.facts;

import java.util.List;

/** The Step 3 table for one offer: each component, how negotiable, whether it applies. */
public record NegotiationPlan(String offerId, List<Row> rows) implements AboutOffer {
    public NegotiationPlan {
        rows = List.copyOf(rows);
    }

    public record Row(String key, String component, String negotiability, String typicalRange, boolean applicable,
                      String note) {
    }
}
