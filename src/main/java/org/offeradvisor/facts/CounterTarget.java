package org.offeradvisor.facts;

import java.math.BigDecimal;

/** The total compensation to counter toward for an offer, and how it was set (KNOWLEDGE.md §4). */
public record CounterTarget(String offerId, BigDecimal target, String basis) implements AboutOffer {
}
