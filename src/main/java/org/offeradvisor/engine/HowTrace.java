package org.offeradvisor.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.offeradvisor.facts.AboutOffer;
import org.offeradvisor.facts.Advice;
import org.offeradvisor.report.Report.FiredRule;

/**
 * The how-trace of an advice item: the rule that gave it, the derived facts that rule matched, the rules
 * that derived those, and so on down to the case. Facts of the case and the data are the leaves and are
 * not shown; a fact already explained higher up is named once more, marked "(above)".
 */
final class HowTrace {
    private final FiringLog log;

    HowTrace(FiringLog log) {
        this.log = log;
    }

    List<String> of(Advice advice) {
        List<String> lines = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        explain(advice, 0, lines, seen);
        return lines;
    }

    private void explain(Object fact, int depth, List<String> lines, Set<Object> seen) {
        Integer firing = log.firingThatInserted(fact);
        if (firing == null) {
            return;
        }
        FiredRule rule = log.fired().get(firing);
        String indent = "  ".repeat(depth);
        if (!seen.add(fact)) {
            lines.add(indent + "← " + name(fact) + " (above)");
            return;
        }
        lines.add(indent + (depth == 0 ? "" : "← ") + name(fact) + " ← rule \"" + rule.rule() + "\" (" + rule.file() + ")");
        for (Object matched : log.matchedBy(firing)) {
            explain(matched, depth + 1, lines, seen);
        }
    }

    private static String name(Object fact) {
        if (fact instanceof Advice advice) {
            return advice.id();
        }
        String offer = fact instanceof AboutOffer about && about.offerId() != null ? " " + about.offerId() : "";
        return fact.getClass().getSimpleName() + offer;
    }
}
