package org.offeradvisor.report;

import java.util.List;

/** One advice item as reported (docs/CONTRACT.md); {@code offerId} and {@code script} may be null. */
public record AdviceItem(
        String id,
        String offerId,
        String category,
        int priority,
        String title,
        String text,
        String script,
        List<String> because,
        String rule,
        String source) {

    public AdviceItem {
        because = List.copyOf(because);
    }
}
