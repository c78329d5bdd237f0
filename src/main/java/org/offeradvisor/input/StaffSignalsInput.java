package org.offeradvisor.input;

/** The guide's five "Staff+ roles require" signals; null means unknown. */
public record StaffSignalsInput(
        Boolean crossTeamInfluence,
        Boolean setsTechnicalDirection,
        Boolean mentorsSeniorEngineers,
        Boolean writesDesignDocsOthersFollow,
        Boolean drivesCrossCuttingInitiatives) {
}
