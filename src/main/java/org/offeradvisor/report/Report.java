package org.offeradvisor.report;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The explained advice report (docs/CONTRACT.md): per-offer figures, the advice ordered by priority, id and
 * offer, the questions to ask, the assumptions used and every rule that fired, in firing order.
 *
 * <p>{@code currentTotalComp} is the candidate's current pay as the case gives it (null when it does not), for the
 * views drawn for the candidate (the HTML pay chart's line at current pay); it is private input (CONTRACT.md), so it
 * is not part of the JSON report.
 */
public record Report(
        int schemaVersion,
        RulesInfo rules,
        String asOf,
        String currency,
        Summary summary,
        List<OfferReport> offers,
        List<PlanRow> negotiationTable,
        Matrix decisionMatrix,
        List<AdviceItem> advice,
        List<QuestionItem> questions,
        List<String> assumptions,
        List<FiredRule> firedRules,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Explanation> explanations,
        @JsonIgnore BigDecimal currentTotalComp) {

    public Report {
        offers = List.copyOf(offers);
        negotiationTable = List.copyOf(negotiationTable);
        advice = List.copyOf(advice);
        questions = List.copyOf(questions);
        assumptions = List.copyOf(assumptions);
        firedRules = List.copyOf(firedRules);
        explanations = explanations == null ? null : List.copyOf(explanations);
    }

    /** The how-trace of one advice item, asked for with --explain: the chain of rules and facts behind it. */
    public record Explanation(String adviceId, String offerId, List<String> trace) {
        public Explanation {
            trace = List.copyOf(trace);
        }
    }

    /**
     * What to do now (KNOWLEDGE.md §8.10): the recommended offer (null without offers), each offer's verdict,
     * counter target and lead (null unless it gets a counter), days to its deadline (negative when past, null
     * without one), and at most a handful of actions, most urgent first.
     */
    public record Summary(String recommendedOfferId, List<OfferSummary> offers, List<String> actions) {
        public Summary {
            offers = List.copyOf(offers);
            actions = List.copyOf(actions);
        }
    }

    public record OfferSummary(String offerId, String verdict, BigDecimal counterTarget, String lead, Long deadlineDays) {
    }

    /** A row of the guide's Step 3 table, once for the case: how negotiable a component is and its typical range. */
    public record PlanRow(String component, String negotiability, String typicalRange, String note) {
    }

    /** Which knowledge produced the report. */
    public record RulesInfo(String fingerprint, String benchmarksAsOf, int ruleCount) {
    }

    /** The decision matrix's weights by factor, in the guide's order, and where they come from. */
    public record Matrix(String weightsSource, List<Factor> factors) {
        public Matrix {
            factors = List.copyOf(factors);
        }
    }

    public record Factor(String key, String name, BigDecimal weight) {
    }

    public record QuestionItem(String offerId, String question, String why) {
    }

    public record FiredRule(String rule, String file, String offerId) {
    }
}
