package org.offeradvisor.facts;

/** The benchmark band a researched range is quoted from when a recruiter asks for expectations, and why it. */
public record AnchorBand(Band band, String why) {
}
