package org.offeradvisor.facts;

import java.util.List;

/**
 * Which track fits the candidate (MANAGEMENT, EITHER or IC), from the known true management signals;
 * provisional when any signal is unknown.
 */
public record TrackFit(String fit, List<String> trueSignals, List<String> falseSignals, List<String> unknownSignals) {
    public TrackFit {
        trueSignals = List.copyOf(trueSignals);
        falseSignals = List.copyOf(falseSignals);
        unknownSignals = List.copyOf(unknownSignals);
    }

    public boolean provisional() {
        return !unknownSignals.isEmpty();
    }
}
