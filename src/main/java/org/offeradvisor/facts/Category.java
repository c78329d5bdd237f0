package org.offeradvisor.facts;

public enum Category {
    MARKET, EQUITY, NEGOTIATION, CAREER, DECISION
}
