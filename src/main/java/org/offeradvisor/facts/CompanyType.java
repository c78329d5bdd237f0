package org.offeradvisor.facts;

public enum CompanyType {
    FAANG, HIGH_GROWTH, STARTUP, OTHER
}
