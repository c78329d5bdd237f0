package org.offeradvisor.facts;

public enum Specialization {
    GENERALIST, INFRASTRUCTURE, PLATFORM, DISTRIBUTED_SYSTEMS, PERFORMANCE, SECURITY
}
