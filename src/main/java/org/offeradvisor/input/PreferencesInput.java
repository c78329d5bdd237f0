package org.offeradvisor.input;

/** The guide's three "when management makes sense" signals; null means unknown. */
public record PreferencesInput(
        Boolean enjoysGrowingPeople,
        Boolean wantsProductInfluence,
        Boolean comfortableGivingUpCoding) {
}
