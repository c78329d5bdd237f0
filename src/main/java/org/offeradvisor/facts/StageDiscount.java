package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * The fraction of paper value a stage's equity keeps after startup risk (rules/data/stage-discounts.json):
 * {@code retainedLow}..{@code retainedHigh}, where it comes from, and the assumption text when the guide
 * gives no number for the stage.
 */
public record StageDiscount(Stage stage, BigDecimal retainedLow, BigDecimal retainedHigh, String source,
                            String assumption) {
}
