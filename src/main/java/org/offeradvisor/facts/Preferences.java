package org.offeradvisor.facts;

/** "When management makes sense" signals; a null is unknown, never false. */
public record Preferences(Boolean enjoysGrowingPeople, Boolean wantsProductInfluence, Boolean comfortableGivingUpCoding) {
}
