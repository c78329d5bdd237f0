package org.offeradvisor.engine;

import java.util.Collection;
import java.util.List;

import org.offeradvisor.Problem;

import tools.jackson.databind.json.JsonMapper;

/** What compiling a rule set found besides its classes: each rule's description and the lint warnings, cached with it. */
record RulesDescription(List<RuleInfo> rules, List<Problem> warnings) {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    RulesDescription {
        rules = List.copyOf(rules);
        warnings = List.copyOf(warnings);
    }

    static byte[] write(Collection<RuleInfo> rules, List<Problem> warnings) {
        return MAPPER.writeValueAsBytes(new RulesDescription(List.copyOf(rules), warnings));
    }

    static RulesDescription read(byte[] json) {
        if (json == null) {
            throw new IllegalStateException("no description of the rules");
        }
        return MAPPER.readValue(json, RulesDescription.class);
    }
}
