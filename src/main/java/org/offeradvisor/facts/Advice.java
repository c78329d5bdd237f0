package org.offeradvisor.facts;

import java.util.List;

/**
 * One piece of advice: the advice kind {@code id} (KNOWLEDGE.md §4), the offer it is about (null for
 * advice about the whole case), what to do and why, the rule that concluded it and the guide's section
 * it comes from. {@code script} is null unless the advice gives words to say.
 */
public record Advice(
        String id,
        String offerId,
        Category category,
        int priority,
        String title,
        String text,
        String script,
        List<String> because,
        String rule,
        String source) implements AboutOffer {

    public Advice {
        because = List.copyOf(because);
    }
}
