package org.offeradvisor.engine;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;
import org.offeradvisor.facts.AboutOffer;
import org.offeradvisor.facts.Offer;
import org.offeradvisor.report.Report.FiredRule;

/** Records every rule that fires, in order, with its file and the offer it matched (if any). */
final class FiringLog extends DefaultAgendaEventListener {
    private final RuleBase ruleBase;
    private final List<FiredRule> fired = new ArrayList<>();
    private FiredRule current;

    FiringLog(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = describe(event.getMatch());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        fired.add(current);
        current = null;
    }

    List<FiredRule> fired() {
        return fired;
    }

    /** The rule that was firing when a consequence failed, or null. */
    FiredRule failing() {
        return current;
    }

    /** The last {@code n} rules fired, for the runaway-rule message. */
    List<FiredRule> last(int n) {
        return fired.subList(Math.max(0, fired.size() - n), fired.size());
    }

    private FiredRule describe(Match match) {
        Rule rule = match.getRule();
        return new FiredRule(rule.getName(), ruleBase.fileOf(rule.getPackageName(), rule.getName()), offerId(match));
    }

    /** The id of the first matched offer, or of the first matched fact about one. */
    private static String offerId(Match match) {
        for (Object fact : match.getObjects()) {
            if (fact instanceof Offer offer) {
                return offer.id();
            }
        }
        for (Object fact : match.getObjects()) {
            if (fact instanceof AboutOffer about && about.offerId() != null) {
                return about.offerId();
            }
        }
        return null;
    }
}
