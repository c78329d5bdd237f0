package org.offeradvisor.facts;

public enum Position {
    BELOW_BAND, LOWER_HALF, UPPER_HALF, ABOVE_BAND, NO_BENCHMARK
}
