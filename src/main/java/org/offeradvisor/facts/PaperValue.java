package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * The paper value P of an offer's whole equity grant (KNOWLEDGE.md §2), unrounded; {@code value} is null
 * when it cannot be computed. {@code basis} says how it was valued, for the explanation.
 */
public record PaperValue(String offerId, BigDecimal value, String basis) implements AboutOffer {

    public boolean known() {
        return value != null;
    }
}
