package org.offeradvisor.input;

public record LocationInput(String country, String state, String city) {
}
