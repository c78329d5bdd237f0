package org.offeradvisor.facts;

import java.math.BigDecimal;

/** The offer with the most technical challenges + career growth (ties to the better rank). */
public record LearningOffer(String offerId, BigDecimal learning) implements AboutOffer {
}
