package org.offeradvisor.facts;

import java.math.BigDecimal;

/** The share of the fully diluted company an offer's grant is, in percent, unrounded. */
public record Ownership(String offerId, BigDecimal percent) implements AboutOffer {
}
