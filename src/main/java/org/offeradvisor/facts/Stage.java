package org.offeradvisor.facts;

public enum Stage {
    SEED_A, GROWTH_B_C, LATE_PRE_IPO, PUBLIC
}
