package org.offeradvisor.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * The total compensation to counter toward for an offer (KNOWLEDGE.md §8.1), how it was set, step by step,
 * and the candidate's aim and the reach cap it was weighed against (for NEG-MARKET-GAP).
 */
public record CounterTarget(String offerId, BigDecimal target, CounterAim aim, BigDecimal reachCap,
                            List<String> steps) implements AboutOffer {

    public CounterTarget {
        steps = List.copyOf(steps);
    }

    /** How the target was set, in one line. */
    public String basis() {
        return String.join("; ", steps);
    }
}
