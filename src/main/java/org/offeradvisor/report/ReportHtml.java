package org.offeradvisor.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.offeradvisor.facts.Money;
import org.offeradvisor.report.HtmlSections.Advice;
import org.offeradvisor.report.HtmlSections.Counter;
import org.offeradvisor.report.HtmlSections.Figure;
import org.offeradvisor.report.HtmlSections.Matrix;
import org.offeradvisor.report.HtmlSections.Notes;
import org.offeradvisor.report.HtmlSections.Offer;
import org.offeradvisor.report.HtmlSections.Page;
import org.offeradvisor.report.HtmlSections.Question;
import org.offeradvisor.report.HtmlSections.Script;
import org.offeradvisor.report.HtmlSections.Scripts;
import org.offeradvisor.report.HtmlSections.Situation;
import org.offeradvisor.report.HtmlSections.Summary;
import org.offeradvisor.report.HtmlSections.SummaryRow;
import org.offeradvisor.report.HtmlSections.Table;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders a report as one self-contained HTML page, to read on a phone, print or send: the sections of
 * {@link ReportOutline} in its order, each through a jte template of src/main/jte (compiled to classes of this
 * package at build time, so a run compiles none), with every user string auto-escaped by jte after being made
 * {@link Printable#plain plain}. Each offer gets a stacked bar chart of its pay year by year, a strip placing it and
 * its counter target against its benchmark band ({@link SvgCharts}), its counter package as a sum and its scripts in
 * boxes to copy; the decision matrix gets a bar chart of the weighted scores; each advice item folds its reasons in a
 * {@code <details>} element. The page loads nothing: its style, charts and one small script are inline, and its
 * content security policy forbids any other.
 */
public final class ReportHtml extends ReportOutline {
    private ReportHtml(Report report) {
        super(report);
    }

    /** The templates, compiled at build time into this package. */
    private static final class Templates {
        static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
                ReportHtml.class.getClassLoader(), ReportHtml.class.getPackageName());
    }

    public static String render(Report report) {
        String body = new ReportHtml(report).writeSections();
        return template("page", new Page("Offer Advisor report, as of " + shown(report.asOf()), null,
                output -> output.writeContent(body)));
    }

    /**
     * The page of every report with no report in it: its style and its script are those of every report, so that a page
     * showing reports in a frame, which its own content security policy governs too, can allow exactly them.
     */
    public static String shell() {
        return template("page", new Page("Offer Advisor report", null, output -> { }));
    }

    @Override
    protected void title() {
        section("header", new Page("Offer Advisor report", "As of " + shown(report.asOf()) + " (benchmarks "
                + shown(report.rules().benchmarksAsOf()) + ", " + report.rules().ruleCount() + " rules)", null));
    }

    @Override
    protected void summary(Report.Summary summary) {
        List<SummaryRow> offers = summary.offers().stream().map(o -> new SummaryRow(shown(companyOf(o.offerId())),
                anchor(o.offerId()), o.verdict() == null ? "" : shown(o.verdict()), cssName("verdict", o.verdict()),
                o.counterTarget() == null ? "" : shown("counter at " + Money.brief(o.counterTarget())
                        + (o.lead() == null ? "" : ", lead: " + leadName(o.lead()))),
                deadline(o.deadlineDays()), o.offerId().equals(summary.recommendedOfferId()))).toList();
        String recommended = summary.recommendedOfferId() == null ? null : shown(companyOf(summary.recommendedOfferId()));
        section("summary", new Summary(offers, recommended, shown(summary.actions()), offers.isEmpty()
                && summary.actions().isEmpty() ? "Add the offers you have to the case: there is nothing to decide yet."
                : null));
    }

    @Override
    protected void scripts(List<AdviceItem> scripted) {
        section("scripts", new Scripts(scripted.stream().filter(a -> a.offerId() == null).map(this::script).toList(),
                scripted.stream().filter(a -> a.offerId() != null).map(this::script).toList()));
    }

    @Override
    protected void situation(List<AdviceItem> general) {
        section("situation", new Situation(general.stream().map(this::advice).toList(), report.negotiationTable().stream()
                .map(row -> shown(List.of(row.component(), row.negotiability(),
                        row.typicalRange() + (row.note() == null ? "" : " (" + row.note() + ")")))).toList()));
    }

    @Override
    protected void offer(OfferReport offer, List<AdviceItem> advice) {
        String company = offer.company();
        List<Figure> figures = new ArrayList<>();
        figures.add(figure("Annual total comp", money(offer.annualTotalComp())));
        figures.add(figure("Year-one total comp", money(offer.yearOneTotalComp())));
        figures.add(figure("Equity", equityKind(offer.equity())));
        equityValue(offer.equity(), ", ").ifPresent(value -> figures.add(figure("Equity value", value)));
        if (offer.riskAdjustedAnnualTotalComp() != null
                && offer.riskAdjustedAnnualTotalComp().compareTo(offer.annualTotalComp()) != 0) {
            figures.add(figure("Risk-adjusted annual", money(offer.riskAdjustedAnnualTotalComp())));
        }
        if (offer.market() != null) {
            figures.add(figure("Market", market(offer.market())));
        }
        List<OfferReport.Year> years = offer.yearByYear();
        Table yearTable = new Table(List.of("Year", "Base", "Bonus", "Equity", "Signing", "Total"), years.stream()
                .map(y -> List.of(String.valueOf(y.year()), money(y.base()), money(y.bonus()), money(y.equity()),
                        money(y.signing()), money(y.total()))).toList());
        boolean band = offer.market() != null && offer.market().band() != null && !years.isEmpty();
        Counter counter = null;
        if (offer.counter() != null) {
            List<List<String>> rows = shownRows(counterRows(offer));
            int total = CounterSum.of(offer).annual().size();
            counter = new Counter(shown(counterHeading(offer.counter())), rows.subList(0, total), rows.get(total),
                    rows.subList(total + 1, rows.size()));
        }
        section("offer", new Offer(anchor(offer.id()), shown(company + " (" + offer.id() + ")"
                + (offer.level() == null ? "" : ", " + offer.level())), figures,
                years.isEmpty() ? null : SvgCharts.payByYear(payTitle(company, years, report.currentTotalComp()), years,
                        report.currentTotalComp()),
                years.isEmpty() ? null : new Table(yearTable.header(), shownRows(yearTable.rows())),
                band ? bandStrip(offer) : null, band ? null : "No benchmark band for this offer.", counter,
                advice.stream().filter(a -> a.script() != null).map(this::script).toList(),
                advice.stream().map(this::advice).toList()));
    }

    /** What the pay chart shows, for a screen reader: each year's total. */
    private static String payTitle(String company, List<OfferReport.Year> years, BigDecimal currentPay) {
        return company + ": pay year by year (base, bonus, equity and signing stacked): " + years.stream()
                .map(y -> "year " + y.year() + " " + Money.brief(y.total())).collect(Collectors.joining(", "))
                + (currentPay == null ? "" : "; your current pay " + Money.brief(currentPay));
    }

    /**
     * The band strip: the band's low end and top, the offer's compared figure and, when the band is of total
     * compensation, the counter target.
     */
    private static SvgCharts.Svg bandStrip(OfferReport offer) {
        OfferReport.Market market = offer.market();
        boolean baseBand = "base salary".equals(market.basis());
        List<SvgCharts.Mark> marks = new ArrayList<>();
        marks.add(new SvgCharts.Mark("low", "band low", market.low()));
        marks.add(new SvgCharts.Mark("top", "band top", market.high()));
        BigDecimal compared = baseBand ? offer.yearByYear().get(0).base() : offer.annualTotalComp();
        marks.add(new SvgCharts.Mark("offer", baseBand ? "offer's base" : "offer", compared));
        if (offer.counter() != null && !baseBand) {
            marks.add(new SvgCharts.Mark("target", "counter target", offer.counter().targetTotalComp()));
        }
        String title = offer.company() + " against " + market.band() + ": " + marks.stream()
                .sorted(Comparator.comparing(SvgCharts.Mark::value))
                .map(m -> m.label() + " " + Money.brief(m.value())).collect(Collectors.joining(", "))
                + " (" + market.basis() + ")";
        return SvgCharts.bandStrip(title, market.low(), market.high(), marks);
    }

    @Override
    protected void matrix(Report.Matrix matrix, List<OfferReport> ranked) {
        OfferReport first = winner(ranked).orElse(null);
        SvgCharts.Svg chart = SvgCharts.scores("Weighted scores: " + ranked.stream()
                        .map(o -> o.company() + " " + o.decision().score().toPlainString()).collect(Collectors.joining(", ")),
                ranked.stream().map(o -> new SvgCharts.Score(o.company(), o.decision().score(), o == first)).toList());
        section("matrix", new Matrix(shown("Weights: " + matrix.weightsSource()),
                shown(ranked.stream().map(OfferReport::company).toList()), ranked.indexOf(first),
                shownRows(matrixRows(matrix, ranked)), chart,
                first == null ? null : shown("Winner: " + first.company() + winnerScore(first)),
                notScoredNote(ranked).orElse(null)));
    }

    @Override
    protected void noOffers() {
        section("notes", new Notes(null, List.of("The case has no offers yet.")));
    }

    @Override
    protected void questions(List<Report.QuestionItem> questions) {
        section("questions", questions.stream().map(q -> new Question(q.offerId() == null ? null
                : shown(companyOf(q.offerId())), shown(q.question()), shown("Why: " + q.why()))).toList());
    }

    @Override
    protected void assumptions(List<String> assumptions) {
        section("notes", new Notes("Assumptions used (beyond the guide)", shown(assumptions)));
    }

    private Script script(AdviceItem a) {
        return new Script(scriptId(a), shown("To " + recipient(a)), shown(a.id()), shown(a.script()));
    }

    private Advice advice(AdviceItem a) {
        return new Advice(shown("[" + a.priority() + "] " + a.id() + ": " + a.title()), "priority-" + a.priority(),
                shown(a.text()), a.script() == null ? null : scriptId(a),
                a.script() == null ? null : shown("To " + recipient(a)),
                a.because().stream().map(reason -> shown("because " + reason)).toList(),
                shown("rule \"" + a.rule() + "\"; source: " + a.source()), shown(explanation(a).orElse(List.of())));
    }

    /** The id of an advice item's script box: its place in the report. */
    private String scriptId(AdviceItem a) {
        return "script-" + (report.advice().indexOf(a) + 1);
    }

    /** The anchor of an offer's section: its place in the report. */
    private String anchor(String offerId) {
        for (int i = 0; i < report.offers().size(); i++) {
            if (report.offers().get(i).id().equals(offerId)) {
                return "offer-" + (i + 1);
            }
        }
        return null;
    }

    /** A CSS class for a value the rules give ({@code verdict-negotiate}): its letters only, lower case. */
    private static String cssName(String prefix, String value) {
        return value == null ? prefix : prefix + "-" + value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static Figure figure(String label, String value) {
        return new Figure(label, shown(value));
    }

    private static String shown(String text) {
        return Printable.plain(text);
    }

    private static List<String> shown(List<String> texts) {
        return texts.stream().map(ReportHtml::shown).toList();
    }

    private static List<List<String>> shownRows(List<List<String>> rows) {
        return rows.stream().map(ReportHtml::shown).toList();
    }

    private void section(String template, Object model) {
        out.append(template(template, model));
    }

    private static String template(String name, Object model) {
        StringOutput output = new StringOutput(8192);
        Templates.ENGINE.render(name + ".jte", model, output);
        return output.toString();
    }
}
