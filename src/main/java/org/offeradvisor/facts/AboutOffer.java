package org.offeradvisor.facts;

/** A derived fact about one offer (or, with a null id, about the whole case). */
public interface AboutOffer {
    String offerId();
}
