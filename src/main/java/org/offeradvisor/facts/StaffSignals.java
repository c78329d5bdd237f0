package org.offeradvisor.facts;

/** "Staff+ roles require" signals; a null is unknown, never false. */
public record StaffSignals(
        Boolean crossTeamInfluence,
        Boolean setsTechnicalDirection,
        Boolean mentorsSeniorEngineers,
        Boolean writesDesignDocsOthersFollow,
        Boolean drivesCrossCuttingInitiatives) {
}
