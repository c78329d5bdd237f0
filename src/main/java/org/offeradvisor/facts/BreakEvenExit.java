package org.offeradvisor.facts;

import java.math.BigDecimal;

/**
 * What an options grant needs the company to sell for to make up the cash it pays less than a reference
 * (KNOWLEDGE.md §8.8), unrounded; {@code multiple} is that exit over the last round's valuation, null when
 * the valuation is unknown.
 */
public record BreakEvenExit(String offerId, BigDecimal exitValue, BigDecimal multiple) implements AboutOffer {
}
