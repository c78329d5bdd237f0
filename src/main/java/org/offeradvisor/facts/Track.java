package org.offeradvisor.facts;

public enum Track {
    IC, MANAGEMENT
}
