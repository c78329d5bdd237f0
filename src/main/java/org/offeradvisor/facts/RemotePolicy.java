package org.offeradvisor.facts;

public enum RemotePolicy {
    ONSITE, HYBRID, REMOTE
}
