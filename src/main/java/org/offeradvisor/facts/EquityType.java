package org.offeradvisor.facts;

public enum EquityType {
    RSU, OPTIONS, NONE
}
