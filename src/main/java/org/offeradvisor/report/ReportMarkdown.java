package org.offeradvisor.report;

import java.util.ArrayList;
import java.util.List;

import org.offeradvisor.facts.Money;

/**
 * Renders a report as GitHub-flavoured Markdown, to paste into a document or an issue tracker: the same sections as
 * the text report ({@link ReportOutline}), with headings, tables for what is tabular (the summary, the year-by-year
 * pay, the counter package as a sum, the negotiation table, the decision matrix) and the scripts as block quotes,
 * which wrap to the page and copy as plain sentences. Each advice item shows its title, text and script pointer;
 * its "because" lines, rule and source are folded in a {@code <details>} element, so the document reads short and
 * still explains everything (where HTML is not rendered, the list inside still shows, only unfolded).
 *
 * <p>Every string, the report's and this class's own, is written through {@link MarkdownText} ({@code cell} in
 * tables and headings, {@code inline} elsewhere): whatever a case or the rules wrote shows as literal text, never as
 * a link, a tag, emphasis, a heading or a new table cell.
 */
public final class ReportMarkdown extends ReportOutline {
    private ReportMarkdown(Report report) {
        super(report);
    }

    public static String render(Report report) {
        return new ReportMarkdown(report).writeSections();
    }

    @Override
    protected void title() {
        heading(1, "Offer Advisor report");
        paragraph("As of " + report.asOf() + " (benchmarks " + report.rules().benchmarksAsOf() + ", "
                + report.rules().ruleCount() + " rules)");
    }

    @Override
    protected void summary(Report.Summary summary) {
        heading(2, "What to do now");
        if (!summary.offers().isEmpty()) {
            table(List.of("Offer", "Verdict", "Counter", "Deadline"), "---",
                    summary.offers().stream().map(o -> List.of(companyOf(o.offerId()), o.verdict(),
                            o.counterTarget() == null ? "" : "at " + Money.brief(o.counterTarget())
                                    + (o.lead() == null ? "" : ", lead: " + leadName(o.lead())),
                            deadline(o.deadlineDays()))).toList());
        }
        if (summary.actions().isEmpty() && summary.offers().isEmpty()) {
            paragraph("Add the offers you have to the case: there is nothing to decide yet.");
        }
        int n = 0;
        for (String action : summary.actions()) {
            raw(++n + ". " + MarkdownText.inline(action));
        }
        if (n > 0) {
            raw("");
        }
    }

    @Override
    protected void scripts(List<AdviceItem> scripted) {
        heading(2, "Scripts to use");
        for (AdviceItem a : scripted) {
            raw(strong("To " + recipient(a)) + " (" + MarkdownText.inline(a.id()) + "):");
            raw("");
            raw("> " + MarkdownText.inline(a.script()));
            raw("");
        }
    }

    @Override
    protected void situation(List<AdviceItem> general) {
        heading(2, "Your situation");
        general.forEach(this::advice);
        if (!report.negotiationTable().isEmpty()) {
            heading(3, "What is negotiable");
            table(List.of("Component", "Negotiability", "Typical range"), "---",
                    report.negotiationTable().stream().map(row -> List.of(row.component(), row.negotiability(),
                            row.typicalRange() + (row.note() == null ? "" : " (" + row.note() + ")"))).toList());
        }
    }

    @Override
    protected void offer(OfferReport offer, List<AdviceItem> advice) {
        heading(2, offer.company() + " (" + offer.id() + ")" + (offer.level() == null ? "" : ", " + offer.level()));
        item("Annual total comp", money(offer.annualTotalComp()));
        item("Year-one total comp", money(offer.yearOneTotalComp()));
        item("Equity", equityKind(offer.equity()) + equityValue(offer.equity(), ", ").map(v -> ": " + v).orElse(""));
        if (offer.riskAdjustedAnnualTotalComp() != null
                && offer.riskAdjustedAnnualTotalComp().compareTo(offer.annualTotalComp()) != 0) {
            item("Risk-adjusted annual", money(offer.riskAdjustedAnnualTotalComp()));
        }
        if (offer.market() != null) {
            item("Market", market(offer.market()));
        }
        raw("");
        if (!offer.yearByYear().isEmpty()) {
            heading(3, "Year by year");
            table(List.of("Year", "Base", "Bonus", "Equity", "Signing", "Total"), "---:",
                    offer.yearByYear().stream().map(y -> List.of(String.valueOf(y.year()), money(y.base()),
                            money(y.bonus()), money(y.equity()), money(y.signing()), money(y.total()))).toList());
        }
        if (offer.counter() != null) {
            counter(offer);
        }
        if (!advice.isEmpty()) {
            heading(3, "Advice");
            advice.forEach(this::advice);
        }
    }

    /** The counter package as a sum whose rows add up to what the offer pays if every ask is granted. */
    private void counter(OfferReport offer) {
        heading(3, counterHeading(offer.counter()));
        table(List.of("Counter package", "Ask", "A year"), "---", counterRows(offer));
    }

    @Override
    protected void matrix(Report.Matrix matrix, List<OfferReport> ranked) {
        heading(2, "Decision matrix");
        paragraph("Weights: " + matrix.weightsSource());
        List<String> header = new ArrayList<>(List.of("Factor", "Weight"));
        ranked.forEach(o -> header.add(o.company()));
        table(header, "---", matrixRows(matrix, ranked));
        winner(ranked).ifPresent(winner -> raw(strong("Winner: " + winner.company())
                + MarkdownText.inline(winnerScore(winner))));
        notScoredNote(ranked).ifPresent(note -> {
            raw("");
            raw(MarkdownText.inline(note));
        });
        raw("");
    }

    @Override
    protected void noOffers() {
        paragraph("The case has no offers yet.");
    }

    @Override
    protected void questions(List<Report.QuestionItem> questions) {
        heading(2, "Questions to ask");
        for (Report.QuestionItem q : questions) {
            raw("- " + (q.offerId() == null ? "" : strong(companyOf(q.offerId())) + ": ")
                    + MarkdownText.inline(q.question()));
            raw("  - " + MarkdownText.inline("Why: " + q.why()));
        }
        raw("");
    }

    @Override
    protected void assumptions(List<String> assumptions) {
        heading(2, "Assumptions used (beyond the guide)");
        assumptions.forEach(a -> raw("- " + MarkdownText.inline(a)));
        raw("");
    }

    /** One advice item: its title and text, then why, folded. */
    private void advice(AdviceItem a) {
        raw(strong("[" + a.priority() + "] " + a.id() + ": " + a.title()));
        raw("");
        paragraph(a.text());
        if (a.script() != null) {
            paragraph("Script: " + SCRIPT_ABOVE + ".");
        }
        raw("<details><summary>Why</summary>");
        raw("");
        a.because().forEach(reason -> raw("- " + MarkdownText.inline("because " + reason)));
        raw("- " + MarkdownText.inline("rule \"" + a.rule() + "\"; source: " + a.source()));
        raw("");
        explanation(a).ifPresent(trace -> {
            paragraph("How:");
            raw(MarkdownText.fence(trace));
        });
        raw("</details>");
        raw("");
    }

    /** A table; every cell is escaped, and {@code align} is each column's delimiter ({@code ---}, {@code ---:}). */
    private void table(List<String> header, String align, List<List<String>> rows) {
        row(header);
        raw("|" + (" " + align + " |").repeat(header.size()));
        rows.forEach(this::row);
        raw("");
    }

    private void row(List<String> cells) {
        StringBuilder row = new StringBuilder("|");
        cells.forEach(cell -> row.append(' ').append(MarkdownText.cell(cell)).append(" |"));
        raw(row.toString());
    }

    private void item(String label, String value) {
        raw("- " + strong(label + ":") + " " + MarkdownText.inline(value));
    }

    /** Bold text; its ends are stripped of spaces, which would keep the asterisks from closing. */
    private static String strong(String text) {
        return "**" + MarkdownText.inline(text.strip()) + "**";
    }

    private void heading(int level, String title) {
        raw("#".repeat(level) + " " + MarkdownText.cell(title));
        raw("");
    }

    private void paragraph(String text) {
        raw(MarkdownText.inline(text));
        raw("");
    }

    /** A line of Markdown as it is: every user string in it has been escaped by the caller. */
    private void raw(String line) {
        out.append(line.stripTrailing()).append('\n');
    }
}
