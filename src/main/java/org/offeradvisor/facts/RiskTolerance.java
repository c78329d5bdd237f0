package org.offeradvisor.facts;

public enum RiskTolerance {
    LOW, MEDIUM, HIGH
}
