package org.offeradvisor.scenario;

import java.util.List;

import org.offeradvisor.report.Report.FiredRule;

/** How one scenario went: its file and name, each failed expectation, and the rules that fired. */
public record ScenarioResult(String file, String name, List<String> failures, List<FiredRule> firedRules) {
    public ScenarioResult {
        failures = List.copyOf(failures);
        firedRules = List.copyOf(firedRules);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
