package org.offeradvisor.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.offeradvisor.facts.AboutOffer;
import org.offeradvisor.facts.Offer;
import org.offeradvisor.report.Report.FiredRule;

/**
 * Records every rule that fires, in order, with its file and the offer it matched (if any); and, only when
 * explaining (the how-trace), the facts each firing matched and which firing inserted each fact.
 */
final class FiringLog extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final RuleBase ruleBase;
    private final boolean explain;
    private final List<FiredRule> fired = new ArrayList<>();
    private final List<List<Object>> matched = new ArrayList<>();
    private final Map<Object, Integer> insertedBy = new IdentityHashMap<>();
    private FiredRule current;
    private List<Object> currentObjects;

    /** With {@code explain}, also what the how-trace needs: the facts matched and who inserted what. */
    FiringLog(RuleBase ruleBase, boolean explain) {
        this.ruleBase = ruleBase;
        this.explain = explain;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        List<Object> objects = event.getMatch().getObjects();
        current = describe(event.getMatch().getRule(), objects);
        fired.add(current);
        if (explain) {
            currentObjects = List.copyOf(objects);
            matched.add(currentObjects);
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        current = null;
        currentObjects = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null && currentObjects != null) {
            insertedBy.put(event.getObject(), fired.size() - 1);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
    }

    /** The index of the firing that inserted a fact, or null for a fact of the case or the data. */
    Integer firingThatInserted(Object fact) {
        return insertedBy.get(fact);
    }

    /** The facts a firing matched. */
    List<Object> matchedBy(int firing) {
        return matched.get(firing);
    }

    List<FiredRule> fired() {
        return current == null ? fired : fired.subList(0, fired.size() - 1);
    }

    /** The rule that was firing when a consequence failed, or null. */
    FiredRule failing() {
        return current;
    }

    /** The last {@code n} rules fired, for the runaway-rule message. */
    List<FiredRule> last(int n) {
        return fired.subList(Math.max(0, fired.size() - n), fired.size());
    }

    private FiredRule describe(Rule rule, List<Object> objects) {
        return new FiredRule(rule.getName(), ruleBase.fileOf(rule), offerId(objects));
    }

    /** The id of the first matched offer, or of the first matched fact about one. */
    private static String offerId(List<Object> objects) {
        for (Object fact : objects) {
            if (fact instanceof Offer offer) {
                return offer.id();
            }
        }
        for (Object fact : objects) {
            if (fact instanceof AboutOffer about && about.offerId() != null) {
                return about.offerId();
            }
        }
        return null;
    }
}
