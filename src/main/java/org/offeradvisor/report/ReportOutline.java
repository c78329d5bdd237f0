package org.offeradvisor.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.offeradvisor.facts.Money;

/**
 * What every human-readable form of a report shows, and in which order: what to do now first (KNOWLEDGE.md §8.10),
 * then the scripts to say, the advice about the whole case with the negotiation table, each offer's figures and
 * advice, the decision matrix, the questions to ask and the assumptions used. A form (the terminal text, Markdown)
 * only says how each section looks, so the forms cannot drift apart; the wording they share (whom a script is for,
 * a deadline, a lead, a band position) is here too.
 */
abstract class ReportOutline {
    /** Where an advice item with a script points, the script itself being under "Scripts to use". */
    static final String SCRIPT_ABOVE = "under \"Scripts to use\" above";
    /** The row of a counter package that gives what its rows add up to. */
    static final String IF_ALL_GRANTED = "if all granted";

    protected final Report report;
    /** What the form has written so far. */
    protected final StringBuilder out = new StringBuilder();

    protected ReportOutline(Report report) {
        this.report = report;
    }

    /** Writes the sections in order, amounts in the report's currency, and returns the whole report. */
    protected final String writeSections() {
        return Money.inCurrency(report.currency(), () -> {
            title();
            summary(report.summary());
            List<AdviceItem> scripted = report.advice().stream().filter(a -> a.script() != null).toList();
            if (!scripted.isEmpty()) {
                scripts(scripted);
            }
            List<AdviceItem> general = adviceAbout(null);
            if (!general.isEmpty()) {
                situation(general);
            }
            report.offers().forEach(offer -> offer(offer, adviceAbout(offer.id())));
            if (report.decisionMatrix() != null) {
                matrix(report.decisionMatrix(), ranked());
            }
            if (report.offers().isEmpty()) {
                noOffers();
            }
            if (!report.questions().isEmpty()) {
                questions(report.questions());
            }
            if (!report.assumptions().isEmpty()) {
                assumptions(report.assumptions());
            }
            return out.toString();
        });
    }

    /** The report's title: its date, the benchmarks' year and the number of rules. */
    protected abstract void title();

    /** What to do now: each offer's verdict, counter and deadline, then the actions. */
    protected abstract void summary(Report.Summary summary);

    /** Every script of the report, with {@link #recipient whom} it is for. */
    protected abstract void scripts(List<AdviceItem> scripted);

    /** The advice about the whole case, then the negotiation table. */
    protected abstract void situation(List<AdviceItem> general);

    /** One offer's figures, year-by-year table, counter package and advice. */
    protected abstract void offer(OfferReport offer, List<AdviceItem> advice);

    /** The decision matrix, with the offers it scores in rank order. */
    protected abstract void matrix(Report.Matrix matrix, List<OfferReport> ranked);

    protected abstract void noOffers();

    protected abstract void questions(List<Report.QuestionItem> questions);

    protected abstract void assumptions(List<String> assumptions);

    /** The advice about an offer (null: about the whole case), in report order. */
    private List<AdviceItem> adviceAbout(String offerId) {
        return report.advice().stream().filter(a -> Objects.equals(a.offerId(), offerId)).toList();
    }

    /** The offers the decision matrix scores, rank 1 first. */
    private List<OfferReport> ranked() {
        return report.offers().stream().filter(o -> o.decision() != null)
                .sorted(Comparator.comparingInt(o -> o.decision().rank())).toList();
    }

    /** The how-trace of an advice item, when the report was made with {@code --explain}. */
    protected final Optional<List<String>> explanation(AdviceItem a) {
        return report.explanations() == null ? Optional.empty() : report.explanations().stream()
                .filter(e -> e.adviceId().equals(a.id()) && Objects.equals(e.offerId(), a.offerId()))
                .findFirst().map(Report.Explanation::trace);
    }

    /** The company of an offer, or the id when the report has no such offer. */
    protected final String companyOf(String offerId) {
        return report.offers().stream().filter(o -> o.id().equals(offerId)).map(OfferReport::company).findFirst()
                .orElse(offerId);
    }

    /** Whom a script is for: "Stripe's recruiter", "Acme Labs' recruiter", or "any recruiter". */
    protected final String recipient(AdviceItem a) {
        if (a.offerId() == null) {
            return "any recruiter";
        }
        String company = companyOf(a.offerId());
        return company + (company.endsWith("s") ? "' recruiter" : "'s recruiter");
    }

    /** "expires in 4 days", "expires today", "expired 3 days ago"; empty without a deadline. */
    protected static String deadline(Long days) {
        if (days == null) {
            return "";
        }
        if (days < 0) {
            return "expired " + -days + (days == -1 ? " day ago" : " days ago");
        }
        return days == 0 ? "expires today" : "expires in " + days + (days == 1 ? " day" : " days");
    }

    /** A counter's lead component in words. */
    protected static String leadName(String lead) {
        return switch (lead) {
            case "baseSalary" -> "base salary";
            case "signingBonus" -> "signing bonus";
            default -> lead;
        };
    }

    /** The kind of an offer's equity: "none (all cash)", "RSU", "OPTIONS, 0.25% of the company". */
    protected static String equityKind(OfferReport.EquityFigures equity) {
        if ("NONE".equals(equity.type())) {
            return "none (all cash)";
        }
        return equity.type() + (equity.ownershipPercent() == null ? ""
                : ", " + equity.ownershipPercent().toPlainString() + "% of the company");
    }

    /**
     * What an offer's equity is worth: on paper, and risk-adjusted with its range when the stage discounts it
     * ({@code between} the two); empty for an all-cash offer.
     */
    protected static Optional<String> equityValue(OfferReport.EquityFigures equity, String between) {
        if ("NONE".equals(equity.type())) {
            return Optional.empty();
        }
        String paper = equity.paperValue() == null ? "unknown (counted as $0)" : money(equity.paperValue());
        boolean discounted = equity.riskAdjustedValue() != null
                && equity.riskAdjustedLow().compareTo(equity.paperValue()) != 0;
        return Optional.of("paper " + paper + (discounted ? between + "risk-adjusted " + money(equity.riskAdjustedValue())
                + " (range " + money(equity.riskAdjustedLow()) + "-" + money(equity.riskAdjustedHigh()) + ")" : ""));
    }

    /** An offer against its band: "in the lower half of FAANG L5 (total compensation $350,000-$500,000)". */
    protected static String market(OfferReport.Market market) {
        return market.band() == null ? "no benchmark"
                : placement(market.position()) + " " + market.band() + " (" + market.basis() + " "
                + money(market.low()) + "-" + money(market.high()) + ")";
    }

    private static String placement(String position) {
        return switch (position) {
            case "BELOW_BAND" -> "below";
            case "ABOVE_BAND" -> "above";
            case "LOWER_HALF" -> "in the lower half of";
            default -> "in the upper half of";
        };
    }

    /** "Counter at $435,000, leading with the equity": the heading of an offer's counter package. */
    protected static String counterHeading(OfferReport.Counter counter) {
        return "Counter at " + money(counter.targetTotalComp())
                + (counter.lead() == null ? "" : ", leading with the " + leadName(counter.lead()));
    }

    /**
     * An offer's counter package as rows of (what, ask, a year), a {@link CounterSum}: the offer as it stands, each
     * recurring ask and any rounding, signed, then {@value #IF_ALL_GRANTED} with what they add up to, then the
     * one-time asks with no amount a year.
     */
    protected static List<List<String>> counterRows(OfferReport offer) {
        CounterSum sum = CounterSum.of(offer);
        List<List<String>> rows = new ArrayList<>();
        for (CounterSum.Row r : sum.annual()) {
            String amount = money(r.perYear().abs());
            rows.add(List.of(r.what(), r.ask() == null ? "" : r.ask(),
                    rows.isEmpty() ? amount : (r.perYear().signum() < 0 ? "-" : "+") + amount));
        }
        rows.add(List.of(IF_ALL_GRANTED, "", money(sum.total())));
        sum.once().forEach(r -> rows.add(List.of(r.what(), r.ask(), "")));
        return rows;
    }

    /**
     * The decision matrix's rows: each factor's name, weight and the offers' values (an unscored one marked
     * {@code *}), then the weighted scores and the ranks, for the offers in the order given.
     */
    protected static List<List<String>> matrixRows(Report.Matrix matrix, List<OfferReport> ranked) {
        List<List<String>> rows = new ArrayList<>();
        for (Report.Factor factor : matrix.factors()) {
            List<String> row = new ArrayList<>(List.of(factor.name(), factor.weight().toPlainString()));
            ranked.forEach(o -> row.add(o.decision().factors().get(factor.key()).toPlainString()
                    + (o.decision().missing().contains(factor.key()) ? "*" : "")));
            rows.add(row);
        }
        rows.add(Stream.concat(Stream.of("Weighted score", ""),
                ranked.stream().map(o -> o.decision().score().toPlainString())).toList());
        rows.add(Stream.concat(Stream.of("Rank", ""), ranked.stream().map(o -> "#" + o.decision().rank())).toList());
        return rows;
    }

    /** The offer ranked first by the matrix, if any. */
    protected static Optional<OfferReport> winner(List<OfferReport> ranked) {
        return ranked.stream().filter(o -> o.decision().rank() == 1).findFirst();
    }

    /** ", rank 1 with a weighted score of 4.45": what follows the winner's name. */
    protected static String winnerScore(OfferReport winner) {
        return ", rank 1 with a weighted score of " + winner.decision().score().toPlainString();
    }

    /** The note under a matrix where some offer lacks a factor's score. */
    protected static Optional<String> notScoredNote(List<OfferReport> ranked) {
        return ranked.stream().anyMatch(o -> !o.decision().missing().isEmpty())
                ? Optional.of("* not scored: counted as the middle score") : Optional.empty();
    }

    /** An amount, or "-" when it cannot be computed. */
    protected static String money(BigDecimal amount) {
        return amount == null ? "-" : Money.usd(amount);
    }
}
