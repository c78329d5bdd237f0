package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * What a stage's equity is worth (rules/data/stage-discounts.json): the fraction of paper value it keeps
 * after startup risk ({@code retainedLow}..{@code retainedHigh}), where that comes from, and the assumption
 * text when the guide gives no number for the stage; the ownership percent above which an options grant
 * looks like a typo ({@code ownershipCheckPercent}), and the share of today's ownership left after the
 * rounds still to come ({@code retainedOwnership}, with its assumption text). Null where a stage has none.
 */
public record StageDiscount(Stage stage, BigDecimal retainedLow, BigDecimal retainedHigh, String source,
                            String assumption, BigDecimal ownershipCheckPercent, BigDecimal retainedOwnership,
                            String dilutionAssumption) {
}
