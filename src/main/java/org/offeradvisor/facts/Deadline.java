package org.offeradvisor.facts;

import java.time.LocalDate;

/**
 * An offer's deadline against the advice date (KNOWLEDGE.md §8.7): {@code days} from {@code asOf} to
 * {@code expiresOn}, negative when past, null (and never expired) when the offer states no deadline.
 */
public record Deadline(String offerId, LocalDate expiresOn, Long days, boolean expired) implements AboutOffer {

    public static Deadline of(Offer offer, LocalDate asOf) {
        if (offer.expiresOn() == null) {
            return new Deadline(offer.id(), null, null, false);
        }
        long days = Dates.daysBetween(asOf, offer.expiresOn());
        return new Deadline(offer.id(), offer.expiresOn(), days, days < 0);
    }
}
