package org.offeradvisor.engine;

import java.util.List;

/**
 * What checking a rule set found: errors (the rule set cannot be used), warnings (it can, but something
 * looks wrong), and the rule base when there were no errors.
 */
public record Validation(List<org.offeradvisor.Problem> errors, List<org.offeradvisor.Problem> warnings,
                         RuleBase ruleBase) {
    public Validation {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
