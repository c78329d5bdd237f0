package org.offeradvisor.facts;

import java.math.BigDecimal;

/** One row of the year-by-year table, unrounded; the total is the sum of the parts. */
public record YearFigures(int year, BigDecimal base, BigDecimal bonus, BigDecimal equity, BigDecimal signing,
                          BigDecimal total) {
}
