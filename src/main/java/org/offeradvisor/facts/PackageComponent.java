package org.offeradvisor.facts;

/**
 * A row of the guide's Step 3 table (rules/data/negotiation.json): a component of the package, how
 * negotiable it is, its typical range; {@code allCashNote} says why it does not apply to an all-cash offer.
 */
public record PackageComponent(int order, String key, String component, String typicalRange, String negotiability,
                               String note, String allCashNote) {
}
