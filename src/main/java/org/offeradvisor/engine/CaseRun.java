package org.offeradvisor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.kie.api.runtime.KieSession;
import org.offeradvisor.Problem;
import org.offeradvisor.RulesFailedException;
import org.offeradvisor.facts.Money;
import org.offeradvisor.report.Report;
import org.offeradvisor.validation.CaseFacts;

/** Runs one case in its own session: data and case facts in, rules fired, derived facts out. */
public final class CaseRun {
    /** Firings allowed for a case before a rule is taken to be looping, plus {@link #FIRINGS_PER_OFFER} per offer. */
    public static final int DEFAULT_MAX_FIRINGS = 10_000;
    /**
     * The cap grows with the case: the shipped rules fire about 20 times per offer, so any valid case advises, while a
     * looping rule, which fires without end, is still stopped.
     */
    public static final int FIRINGS_PER_OFFER = 100;

    private CaseRun() {
    }

    public static Report run(RuleBase ruleBase, CaseFacts facts, int maxFirings, boolean explain) {
        int cap = (int) Math.min(Integer.MAX_VALUE - 1L, maxFirings + (long) FIRINGS_PER_OFFER * facts.offers().size());
        return Money.inCurrency(facts.currency(), () -> runInCurrency(ruleBase, facts, cap, explain));
    }

    private static Report runInCurrency(RuleBase ruleBase, CaseFacts facts, int maxFirings, boolean explain) {
        KieSession session = ruleBase.newSession();
        FiringLog log = new FiringLog(ruleBase, explain);
        try {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) log);
            if (explain) {
                session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) log);
            }
            ruleBase.dataFacts().forEach(session::insert);
            session.insert(facts.candidate());
            session.insert(facts.situation());
            facts.offers().forEach(session::insert);
            int fired;
            try {
                fired = session.fireAllRules(maxFirings + 1);
            } catch (RuntimeException | Error e) { // conditions are evaluated here too (lazily), not on insert
                throw RuleFailures.of(ruleBase, log, e);
            }
            if (fired > maxFirings) {
                throw runaway(log, maxFirings);
            }
            Collection<? extends Object> derived = session.getObjects();
            return new ReportAssembler(ruleBase, facts, new ArrayList<>(derived), log.fired(),
                    explain ? new HowTrace(log) : null).report();
        } finally {
            session.dispose();
        }
    }

    private static RulesFailedException runaway(FiringLog log, int maxFirings) {
        List<String> last = log.last(3).stream().map(r -> "\"" + r.rule() + "\" (" + r.file() + ")").toList();
        return new RulesFailedException(new Problem("rules", "more than " + maxFirings
                + " rule firings for one case: a rule keeps re-triggering itself; the last fired were "
                + String.join(", ", last)), null);
    }
}
