package org.offeradvisor.engine;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.offeradvisor.InvalidRulesException;
import org.offeradvisor.Problem;
import org.offeradvisor.facts.Advice;
import org.offeradvisor.facts.Assumption;
import org.offeradvisor.facts.Calc;
import org.offeradvisor.facts.BreakEvenExit;
import org.offeradvisor.facts.Compensation;
import org.offeradvisor.facts.Deadline;
import org.offeradvisor.facts.SummaryAction;
import org.offeradvisor.facts.Verdict;
import org.offeradvisor.facts.CounterPackage;
import org.offeradvisor.facts.DecisionPolicy;
import org.offeradvisor.facts.DecisionRank;
import org.offeradvisor.facts.DecisionWeights;
import org.offeradvisor.facts.MatrixRow;
import org.offeradvisor.facts.NegotiationPlan;
import org.offeradvisor.facts.MarketPosition;
import org.offeradvisor.facts.Offer;
import org.offeradvisor.facts.Ownership;
import org.offeradvisor.facts.PaperValue;
import org.offeradvisor.facts.Question;
import org.offeradvisor.facts.RiskAdjustedEquity;
import org.offeradvisor.report.AdviceItem;
import org.offeradvisor.report.OfferReport;
import org.offeradvisor.report.Report;
import org.offeradvisor.report.Report.FiredRule;
import org.offeradvisor.report.Report.QuestionItem;
import org.offeradvisor.validation.CaseFacts;

/** Turns the facts a session derived into the report, in the stable order docs/CONTRACT.md fixes. */
final class ReportAssembler {
    /** The version of the report's shape (docs/CONTRACT.md, schema/report.schema.json). */
    static final int SCHEMA_VERSION = 2;

    private final RuleBase ruleBase;
    private final CaseFacts facts;
    private final List<Object> derived;
    private final List<FiredRule> fired;
    private final HowTrace trace;
    private final Map<Class<?>, List<?>> byType = new HashMap<>();

    ReportAssembler(RuleBase ruleBase, CaseFacts facts, List<Object> derived, List<FiredRule> fired, HowTrace trace) {
        this.ruleBase = ruleBase;
        this.facts = facts;
        this.derived = derived;
        this.fired = fired;
        this.trace = trace;
    }

    Report report() {
        Map<String, Integer> order = facts.offers().stream().collect(Collectors.toMap(Offer::id, Offer::index));
        Comparator<String> byOffer = Comparator.nullsFirst(Comparator.comparing(order::get));
        List<Advice> ordered = all(Advice.class).stream()
                .sorted(Comparator.comparingInt(Advice::priority)
                        .thenComparing(Advice::id)
                        .thenComparing(Advice::offerId, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Advice::title))
                .toList();
        List<AdviceItem> advice = ordered.stream()
                .map(a -> new AdviceItem(a.id(), a.offerId(), a.category().name(), a.priority(), a.title(), a.text(),
                        a.script(), a.because(), a.rule(), a.source()))
                .toList();
        List<Report.Explanation> explanations = trace == null ? null : ordered.stream()
                .map(a -> new Report.Explanation(a.id(), a.offerId(), trace.of(a))).toList();
        List<QuestionItem> questions = all(Question.class).stream()
                .sorted(Comparator.comparing(Question::offerId, byOffer).thenComparing(Question::question))
                .map(q -> new QuestionItem(q.offerId(), q.question(), q.why()))
                .distinct()
                .toList();
        List<String> assumptions = all(Assumption.class).stream().map(Assumption::text).distinct().sorted().toList();
        return new Report(SCHEMA_VERSION,
                new Report.RulesInfo(ruleBase.fingerprint(), ruleBase.data().benchmarksAsOf(), ruleBase.ruleCount()),
                facts.situation().asOf().toString(), facts.currency(), summary(),
                facts.offers().stream().map(this::offer).toList(), table(), matrix(), advice, questions, assumptions, fired,
                explanations, facts.candidate().currentTotalComp());
    }

    private Report.Summary summary() {
        List<Offer> offers = facts.offers();
        String recommended = offers.size() == 1 ? offers.get(0).id()
                : all(DecisionRank.class).stream().filter(r -> r.rank() == 1).map(DecisionRank::offerId).findFirst().orElse(null);
        List<Report.OfferSummary> rows = offers.stream().map(o -> {
            Verdict verdict = one(Verdict.class, o.id(), Verdict::offerId);
            CounterPackage counter = one(CounterPackage.class, o.id(), CounterPackage::offerId);
            Deadline deadline = one(Deadline.class, o.id(), Deadline::offerId);
            return new Report.OfferSummary(o.id(), verdict == null ? null : verdict.verdict(),
                    counter == null ? null : Calc.whole(counter.target()), counter == null ? null : counter.lead(),
                    deadline == null ? null : deadline.days());
        }).toList();
        Map<String, Integer> order = offers.stream().collect(Collectors.toMap(Offer::id, Offer::index));
        List<String> actions = all(SummaryAction.class).stream()
                .sorted(Comparator.comparingInt(SummaryAction::order)
                        .thenComparing(a -> a.offerId() == null ? -1 : order.getOrDefault(a.offerId(), -1))
                        .thenComparing(SummaryAction::text))
                .map(SummaryAction::text)
                .distinct()
                .limit(ruleBase.data().negotiationPolicy().maxSummaryActions())
                .toList();
        return new Report.Summary(recommended, rows, actions);
    }

    private List<Report.PlanRow> table() {
        return all(NegotiationPlan.class).stream().findFirst()
                .map(plan -> plan.rows().stream()
                        .map(r -> new Report.PlanRow(r.component(), r.negotiability(), r.typicalRange(), r.note())).toList())
                .orElse(List.of());
    }

    private Report.Matrix matrix() {
        List<DecisionWeights> weights = all(DecisionWeights.class);
        if (weights.isEmpty()) {
            return null;
        }
        DecisionPolicy policy = ruleBase.data().decisionPolicy();
        return new Report.Matrix(weights.get(0).source(), weights.get(0).weights().entrySet().stream()
                .map(w -> new Report.Factor(w.getKey(), policy.nameOf(w.getKey()), w.getValue())).toList());
    }

    private OfferReport offer(Offer offer) {
        Compensation comp = one(Compensation.class, offer.id(), Compensation::offerId);
        PaperValue paper = one(PaperValue.class, offer.id(), PaperValue::offerId);
        RiskAdjustedEquity risk = one(RiskAdjustedEquity.class, offer.id(), RiskAdjustedEquity::offerId);
        Ownership ownership = one(Ownership.class, offer.id(), Ownership::offerId);
        MarketPosition market = one(MarketPosition.class, offer.id(), MarketPosition::offerId);
        CounterPackage counter = one(CounterPackage.class, offer.id(), CounterPackage::offerId);
        BreakEvenExit breakEven = one(BreakEvenExit.class, offer.id(), BreakEvenExit::offerId);
        DecisionRank rank = one(DecisionRank.class, offer.id(), DecisionRank::offerId);
        MatrixRow row = one(MatrixRow.class, offer.id(), MatrixRow::offerId);
        return new OfferReport(offer.id(), offer.company(), offer.level() == null ? null : offer.level().code(),
                comp == null ? null : Calc.whole(comp.annualTotalComp()),
                comp == null ? null : Calc.whole(comp.yearOneTotalComp()),
                comp == null ? List.of() : comp.yearByYear().stream()
                        .map(y -> new OfferReport.Year(y.year(), Calc.whole(y.base()), Calc.whole(y.bonus()),
                                Calc.whole(y.equity()), Calc.whole(y.signing()), Calc.whole(y.total())))
                        .toList(),
                new OfferReport.EquityFigures(offer.equity().type().name(),
                        paper == null ? null : Calc.whole(paper.value()),
                        risk == null ? null : Calc.whole(risk.low()),
                        risk == null ? null : Calc.whole(risk.high()),
                        risk == null ? null : Calc.whole(risk.value()),
                        ownership == null ? null : Calc.twoDecimals(ownership.percent()),
                        breakEven == null ? null : ask(breakEven.exitValue()),
                        breakEven == null ? null : Calc.twoDecimals(breakEven.multiple())),
                risk == null ? null : Calc.whole(risk.annualTotalComp()),
                market == null ? null : new OfferReport.Market(market.band() == null ? null : market.band().name(),
                        market.basis(), Calc.whole(market.low()), Calc.whole(market.high()), market.position().name()),
                counter == null ? null : new OfferReport.Counter(Calc.whole(counter.target()), ask(counter.baseIncrease()),
                        ask(counter.equityIncrease()), counter.equityShares(), ask(counter.signingBonus()),
                        ask(counter.makeWholeEquity()), ask(counter.resultingAnnualTotalComp()), counter.lead()),
                rank == null || row == null ? null
                        : new OfferReport.Decision(rank.score(), rank.rank(), row.factors(), row.missing()));
    }

    /** A counter amount as reported: rounded half up to the policy's step (nearest 1,000). */
    private BigDecimal ask(BigDecimal amount) {
        return Calc.roundTo(amount, ruleBase.data().negotiationPolicy().askRoundTo());
    }

    /** The derived facts of a type, in session order; each type is looked for once, as it is asked per offer. */
    @SuppressWarnings("unchecked")
    private <T> List<T> all(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type, t -> derived.stream().filter(t::isInstance).toList());
    }

    /** The one fact of a type about an offer; two would mean the rules are not mutually exclusive. */
    private <T> T one(Class<T> type, String offerId, Function<T, String> idOf) {
        List<T> matches = all(type).stream().filter(f -> offerId.equals(idOf.apply(f))).toList();
        if (matches.size() > 1) {
            throw new InvalidRulesException(List.of(new Problem("rules", "the rules derived " + matches.size() + " "
                    + type.getSimpleName() + " facts for offer " + offerId + "; exactly one was expected: "
                    + "the rules that derive it must exclude each other")));
        }
        return matches.isEmpty() ? null : matches.get(0);
    }
}
