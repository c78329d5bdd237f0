package org.offeradvisor.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.offeradvisor.facts.Money;

/** Renders a report for a terminal: per offer its figures and advice with reasons, then the whole case. */
public final class ReportText {
    private static final int WIDTH = 100;

    private final StringBuilder out = new StringBuilder();
    private final List<Report.Explanation> explanations;

    private ReportText(List<Report.Explanation> explanations) {
        this.explanations = explanations;
    }

    public static String render(Report report) {
        ReportText text = new ReportText(report.explanations());
        text.write(report);
        return text.out.toString();
    }

    private void write(Report report) {
        line("OFFER ADVISOR REPORT  as of " + report.asOf() + "  (benchmarks " + report.rules().benchmarksAsOf()
                + ", " + report.rules().ruleCount() + " rules)");
        List<AdviceItem> general = report.advice().stream().filter(a -> a.offerId() == null).toList();
        if (!general.isEmpty()) {
            heading("Your situation");
            general.forEach(a -> advice(a, a.script()));
        }
        for (OfferReport offer : report.offers()) {
            offer(offer, report);
        }
        matrix(report);
        if (report.offers().isEmpty()) {
            line("");
            line("The case has no offers yet.");
        }
        if (!report.questions().isEmpty()) {
            heading("Questions to ask");
            for (Report.QuestionItem q : report.questions()) {
                wrap("- " + (q.offerId() == null ? "" : "[" + q.offerId() + "] ") + q.question(), "  ");
                wrap("  Why: " + q.why(), "    ");
            }
        }
        if (!report.assumptions().isEmpty()) {
            heading("Assumptions used (beyond the guide)");
            report.assumptions().forEach(a -> wrap("- " + a, "  "));
        }
    }

    private void matrix(Report report) {
        Report.Matrix matrix = report.decisionMatrix();
        if (matrix == null) {
            return;
        }
        heading("Decision matrix (weights: " + matrix.weightsSource() + ")");
        List<OfferReport> offers = report.offers().stream().filter(o -> o.decision() != null)
                .sorted(java.util.Comparator.comparingInt(o -> o.decision().rank())).toList();
        StringBuilder header = new StringBuilder(String.format("  %-30s %6s", "Factor", "Weight"));
        offers.forEach(o -> header.append(String.format(" %14s", clip(o.company(), 14))));
        line(header.toString());
        for (Report.Factor factor : matrix.factors()) {
            StringBuilder row = new StringBuilder(String.format("  %-30s %6s", factor.name(), factor.weight().toPlainString()));
            for (OfferReport o : offers) {
                BigDecimal value = o.decision().factors().get(factor.key());
                row.append(String.format(" %14s", value.toPlainString() + (o.decision().missing().contains(factor.key()) ? "*" : "")));
            }
            line(row.toString());
        }
        StringBuilder score = new StringBuilder(String.format("  %-30s %6s", "Weighted score", ""));
        offers.forEach(o -> score.append(String.format(" %14s", o.decision().score().toPlainString())));
        line(score.toString());
        StringBuilder rank = new StringBuilder(String.format("  %-30s %6s", "Rank", ""));
        offers.forEach(o -> rank.append(String.format(" %14s", "#" + o.decision().rank())));
        line(rank.toString());
        if (offers.stream().anyMatch(o -> !o.decision().missing().isEmpty())) {
            line("  * not scored: counted as the middle score");
        }
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + ".";
    }

    private void offer(OfferReport offer, Report report) {
        heading(offer.company() + " (" + offer.id() + ")" + (offer.level() == null ? "" : ", " + offer.level()));
        row("Annual total comp", money(offer.annualTotalComp()));
        row("Year-one total comp", money(offer.yearOneTotalComp()));
        OfferReport.EquityFigures equity = offer.equity();
        if ("NONE".equals(equity.type())) {
            row("Equity", "none (all cash)");
        } else {
            row("Equity", equity.type() + (equity.ownershipPercent() == null ? ""
                    : ", " + equity.ownershipPercent().toPlainString() + "% of the company"));
            String paper = equity.paperValue() == null ? "unknown (counted as $0)" : money(equity.paperValue());
            boolean discounted = equity.riskAdjustedValue() != null
                    && equity.riskAdjustedLow().compareTo(equity.paperValue()) != 0;
            row("  value", "paper " + paper + (discounted ? "   risk-adjusted " + money(equity.riskAdjustedValue())
                    + " (range " + money(equity.riskAdjustedLow()) + "-" + money(equity.riskAdjustedHigh()) + ")" : ""));
        }
        if (offer.riskAdjustedAnnualTotalComp() != null
                && offer.riskAdjustedAnnualTotalComp().compareTo(offer.annualTotalComp()) != 0) {
            row("Risk-adjusted annual", money(offer.riskAdjustedAnnualTotalComp()));
        }
        OfferReport.Market market = offer.market();
        if (market != null) {
            row("Market", market.band() == null ? "no benchmark"
                    : placement(market.position()) + " " + market.band() + " (" + market.basis() + " "
                    + money(market.low()) + "-" + money(market.high()) + ")");
        }
        if (!offer.yearByYear().isEmpty()) {
            line("");
            line(String.format("  %-6s%12s%12s%12s%12s%12s", "Year", "Base", "Bonus", "Equity", "Signing", "Total"));
            for (OfferReport.Year y : offer.yearByYear()) {
                line(String.format("  %-6d%12s%12s%12s%12s%12s", y.year(), money(y.base()), money(y.bonus()),
                        money(y.equity()), money(y.signing()), money(y.total())));
            }
        }
        List<AdviceItem> advice = report.advice().stream().filter(a -> Objects.equals(a.offerId(), offer.id())).toList();
        plan(offer, advice);
        advice.forEach(a -> advice(a, a.script() == null ? null : "in the negotiation plan above"));
    }

    private void plan(OfferReport offer, List<AdviceItem> advice) {
        List<AdviceItem> scripted = advice.stream().filter(a -> a.script() != null).toList();
        if (offer.negotiationPlan().isEmpty() && scripted.isEmpty()) {
            return;
        }
        line("");
        line("  Negotiation plan" + (offer.counter() == null ? ""
                : ": counter at " + money(offer.counter().targetTotalComp()) + " total compensation"));
        if (!offer.negotiationPlan().isEmpty()) {
            line(String.format("  %-28s %-13s %-36s %s", "Component", "Negotiability", "Typical range", "Ask"));
            for (OfferReport.PlanRow row : offer.negotiationPlan()) {
                line(String.format("  %-28s %-13s %-36s %s", row.component(), row.applicable() ? row.negotiability() : "n/a",
                        row.applicable() ? row.typicalRange() : row.note(),
                        row.ask() == null ? "" : "+" + money(row.ask())
                                + ("Equity (RSU/stock)".equals(row.component()) && offer.counter().equityShares() != null
                                ? " (" + Money.number(offer.counter().equityShares()) + " options)" : "")));
            }
        }
        for (AdviceItem a : scripted) {
            line("");
            wrap("  " + a.id() + ", say: \"" + a.script() + "\"", "    ");
        }
    }

    /** One advice item; {@code script} is the script to show, or where it is shown. */
    private void advice(AdviceItem a, String script) {
        line("");
        wrap("[" + a.priority() + "] " + a.id() + ": " + a.title(), "      ");
        wrap("    " + a.text(), "    ");
        if (script != null && script.equals(a.script())) {
            wrap("    Say: \"" + script + "\"", "         ");
        } else if (script != null) {
            wrap("    Script: " + script + ".", "      ");
        }
        for (String reason : a.because()) {
            wrap("    because " + reason, "      ");
        }
        wrap("    rule \"" + a.rule() + "\"; source: " + a.source(), "      ");
        if (explanations != null) {
            explanations.stream().filter(e -> e.adviceId().equals(a.id()) && Objects.equals(e.offerId(), a.offerId()))
                    .findFirst().ifPresent(e -> {
                        line("    how:");
                        e.trace().forEach(t -> line("      " + t));
                    });
        }
    }

    private void heading(String title) {
        line("");
        line(title);
        line("=".repeat(Math.min(WIDTH, title.length())));
    }

    private void row(String label, String value) {
        line(String.format("  %-20s %s", label, value));
    }

    private static String placement(String position) {
        return switch (position) {
            case "BELOW_BAND" -> "below";
            case "ABOVE_BAND" -> "above";
            case "LOWER_HALF" -> "in the lower half of";
            default -> "in the upper half of";
        };
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "-" : Money.usd(amount);
    }

    /** Wraps at word boundaries to the page width; continuation lines get {@code indent}. */
    private void wrap(String text, String indent) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        StringBuilder current = new StringBuilder(text.substring(0, start));
        boolean empty = true;
        for (String word : text.substring(start).split(" +")) {
            if (!empty && current.length() + 1 + word.length() > WIDTH) {
                line(current.toString());
                current = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                current.append(' ');
            }
            current.append(word);
            empty = false;
        }
        line(current.toString());
    }

    private void line(String s) {
        out.append(s.stripTrailing()).append('\n');
    }
}
