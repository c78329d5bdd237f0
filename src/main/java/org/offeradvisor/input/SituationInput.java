package org.offeradvisor.input;

public record SituationInput(
        Boolean askedForCurrentSalary,
        Boolean askedForExpectations,
        String preferredOfferId,
        String asOf,
        WeightsInput weights) {
}
