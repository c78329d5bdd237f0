package org.offeradvisor.facts;

public record Location(String country, String state, String city) {
}
