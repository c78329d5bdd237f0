package org.offeradvisor.facts;

import java.math.BigDecimal;

/** An offer's rank in the decision matrix (1 is the best), with its rounded score. */
public record DecisionRank(String offerId, int rank, BigDecimal score) implements AboutOffer {
}
