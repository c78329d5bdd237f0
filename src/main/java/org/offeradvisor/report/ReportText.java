package org.offeradvisor.report;

import java.math.BigDecimal;
import java.util.List;

import org.offeradvisor.facts.Money;

/**
 * Renders a report for a terminal. It opens with what to do now (KNOWLEDGE.md §8.10), in at most
 * {@value #SUMMARY_LINES} lines, then the scripts to say, then the advice about the whole case, each offer's
 * figures and advice, the decision matrix, the questions to ask and the assumptions used. Every string of the
 * report is shown {@link Printable#plain plain}: a company name cannot forge a line of it or colour the terminal.
 */
public final class ReportText extends ReportOutline {
    private static final int WIDTH = 100;
    /** The narrowest money column of the year-by-year table. */
    private static final int MONEY_COLUMN = 12;
    /** The report's first lines, title included, that tell a reader what to do next. */
    static final int SUMMARY_LINES = 12;

    private ReportText(Report report) {
        super(report);
    }

    public static String render(Report report) {
        return new ReportText(report).writeSections();
    }

    @Override
    protected void title() {
        line("OFFER ADVISOR REPORT  as of " + report.asOf() + "  (benchmarks " + report.rules().benchmarksAsOf()
                + ", " + report.rules().ruleCount() + " rules)");
    }

    @Override
    protected void situation(List<AdviceItem> general) {
        heading("Your situation");
        general.forEach(this::advice);
        table();
    }

    @Override
    protected void noOffers() {
        line("");
        line("The case has no offers yet.");
    }

    @Override
    protected void questions(List<Report.QuestionItem> questions) {
        heading("Questions to ask");
        for (Report.QuestionItem q : questions) {
            wrap("- " + (q.offerId() == null ? "" : "[" + q.offerId() + "] ") + q.question(), "  ");
            wrap("  Why: " + q.why(), "    ");
        }
    }

    @Override
    protected void assumptions(List<String> assumptions) {
        heading("Assumptions used (beyond the guide)");
        assumptions.forEach(a -> wrap("- " + a, "  "));
    }

    /** What to do now, within the first {@value #SUMMARY_LINES} lines of the report. */
    @Override
    protected void summary(Report.Summary summary) {
        List<String> lines = new java.util.ArrayList<>();
        int width = summary.offers().stream().map(o -> Printable.plain(companyOf(o.offerId())).length())
                .max(Integer::compare).orElse(0);
        for (Report.OfferSummary o : summary.offers()) {
            lines.add(clip(String.format("  %-" + Math.min(width, 24) + "s  %-9s  %-36s %s", clip(companyOf(o.offerId()), 24),
                    o.verdict(),
                    o.counterTarget() == null ? "" : "counter at " + Money.brief(o.counterTarget())
                            + (o.lead() == null ? "" : ", lead: " + leadName(o.lead())),
                    deadline(o.deadlineDays())), WIDTH));
        }
        int n = 0;
        for (String action : summary.actions()) {
            lines.addAll(wrapped("  " + (++n) + ". " + action, "     "));
        }
        if (lines.isEmpty()) {
            lines.add("  Add the offers you have to the case: there is nothing to decide yet.");
        }
        int room = SUMMARY_LINES - 4;
        line("");
        line("What to do now");
        line("==============");
        if (lines.size() > room) {
            lines = new java.util.ArrayList<>(lines.subList(0, room - 1));
            lines.add("  ... more below, under each offer");
        }
        lines.forEach(this::line);
    }

    @Override
    protected void scripts(List<AdviceItem> scripted) {
        heading("Scripts to use");
        for (AdviceItem a : scripted) {
            line("");
            wrap("  To " + recipient(a) + " (" + a.id() + "):", "    ");
            wrap("    \"" + a.script() + "\"", "     ");
        }
    }

    /** The guide's Step 3 table, once for the case. */
    private void table() {
        if (report.negotiationTable().isEmpty()) {
            return;
        }
        line("");
        line(String.format("    %-28s %-13s %s", "Component", "Negotiability", "Typical range"));
        for (Report.PlanRow row : report.negotiationTable()) {
            List<String> range = wrapped(row.typicalRange() + (row.note() == null ? "" : " (" + row.note() + ")"), "",
                    WIDTH - 47);
            line(String.format("    %-28s %-13s %s", row.component(), row.negotiability(), range.get(0)));
            range.subList(1, range.size()).forEach(r -> line(" ".repeat(47) + r));
        }
    }

    @Override
    protected void matrix(Report.Matrix matrix, List<OfferReport> offers) {
        heading("Decision matrix (weights: " + matrix.weightsSource() + ")");
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
        return Printable.clip(s, width);
    }

    @Override
    protected void offer(OfferReport offer, List<AdviceItem> advice) {
        heading(offer.company() + " (" + offer.id() + ")" + (offer.level() == null ? "" : ", " + offer.level()));
        row("Annual total comp", money(offer.annualTotalComp()));
        row("Year-one total comp", money(offer.yearOneTotalComp()));
        row("Equity", equityKind(offer.equity()));
        equityValue(offer.equity(), "   ").ifPresent(value -> row("  value", value));
        if (offer.riskAdjustedAnnualTotalComp() != null
                && offer.riskAdjustedAnnualTotalComp().compareTo(offer.annualTotalComp()) != 0) {
            row("Risk-adjusted annual", money(offer.riskAdjustedAnnualTotalComp()));
        }
        if (offer.market() != null) {
            row("Market", market(offer.market()));
        }
        yearByYear(offer.yearByYear());
        counter(offer);
        advice.forEach(this::advice);
    }

    /**
     * The year-by-year table. Its money columns are as wide as the widest amount in it plus two spaces (at least
     * {@value #MONEY_COLUMN}), so that no amount a case may hold runs into its neighbour.
     */
    private void yearByYear(List<OfferReport.Year> years) {
        if (years.isEmpty()) {
            return;
        }
        int width = years.stream()
                .flatMap(y -> java.util.stream.Stream.of(y.base(), y.bonus(), y.equity(), y.signing(), y.total()))
                .mapToInt(amount -> money(amount).length() + 2).reduce(MONEY_COLUMN, Math::max);
        String row = "  %-6s" + ("%" + width + "s").repeat(5);
        line("");
        line(String.format(row, "Year", "Base", "Bonus", "Equity", "Signing", "Total"));
        for (OfferReport.Year y : years) {
            line(String.format(row, y.year(), money(y.base()), money(y.bonus()), money(y.equity()), money(y.signing()),
                    money(y.total())));
        }
    }

    /** The counter package: each ask, and what the offer pays if they are granted. */
    private void counter(OfferReport offer) {
        OfferReport.Counter k = offer.counter();
        if (k == null) {
            return;
        }
        line("");
        line("  " + counterHeading(k));
        CounterSum.of(offer).asks().forEach(ask -> row("  " + ask.what(), ask.ask()));
        row("  " + IF_ALL_GRANTED, money(k.resultingAnnualTotalComp()) + " a year");
    }

    /** One advice item; its script, if any, is shown under "Scripts to use". */
    private void advice(AdviceItem a) {
        line("");
        wrap("[" + a.priority() + "] " + a.id() + ": " + a.title(), "      ");
        wrap("    " + a.text(), "    ");
        if (a.script() != null) {
            wrap("    Script: " + SCRIPT_ABOVE + ".", "      ");
        }
        for (String reason : a.because()) {
            wrap("    because " + reason, "      ");
        }
        wrap("    rule \"" + a.rule() + "\"; source: " + a.source(), "      ");
        explanation(a).ifPresent(trace -> {
            line("    how:");
            trace.forEach(t -> line("      " + t));
        });
    }

    private void heading(String title) {
        String shown = Printable.plain(title);
        line("");
        line(shown);
        line("=".repeat(Math.min(WIDTH, shown.length())));
    }

    private void row(String label, String value) {
        line(String.format("  %-20s %s", label, value));
    }

    private void wrap(String text, String indent) {
        wrapped(text, indent).forEach(this::line);
    }

    /** Wraps at word boundaries to the page width; continuation lines get {@code indent}. */
    private static List<String> wrapped(String text, String indent) {
        return wrapped(text, indent, WIDTH);
    }

    private static List<String> wrapped(String userText, String indent, int width) {
        String text = Printable.plain(userText);
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        StringBuilder current = new StringBuilder(text.substring(0, start));
        boolean empty = true;
        for (String word : text.substring(start).split(" +")) {
            if (!empty && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                current.append(' ');
            }
            current.append(word);
            empty = false;
        }
        lines.add(current.toString());
        return lines;
    }

    /** Every line of the report passes here: whatever a case or the rules wrote is shown escaped, never acted on. */
    private void line(String s) {
        out.append(Printable.plain(s).stripTrailing()).append('\n');
    }
}
