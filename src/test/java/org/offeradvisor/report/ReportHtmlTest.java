package org.offeradvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.facts.Money;

import tools.jackson.databind.json.JsonMapper;

/**
 * The HTML report as a browser's parser reads it (jsoup): one pay chart per offer with a bar per vesting year as tall
 * as its total, band strips with their marks in numeric order, the matrix's winner, the summary first, each advice
 * item's reasons folded, every user string shown as text, and nothing loaded from anywhere.
 */
class ReportHtmlTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden-html/two-offer-comparison.html");

    static List<Path> examples() throws IOException {
        return ReportSchemaTest.examples();
    }

    /** Each example's report and page, made once for all the tests of this class. */
    private record Example(Report report, String html, Document page) {
    }

    private static final Map<Path, Example> EXAMPLES = new ConcurrentHashMap<>();

    private static Example example(Path file) {
        return EXAMPLES.computeIfAbsent(file, f -> {
            Report report = Advisors.shipped().advise(f);
            String html = OfferAdvisor.toHtml(report);
            return new Example(report, html, Jsoup.parse(html));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eachOfferHasAPayChartWithABarPerVestingYearAsTallAsItsTotal(Path example) {
        Report report = example(example).report();
        Elements charts = example(example).page().select("section.offer figure.pay-chart svg");

        assertThat(charts).hasSize(report.offers().size());
        for (int i = 0; i < charts.size(); i++) {
            OfferReport offer = report.offers().get(i);
            Element chart = charts.get(i);
            assertThat(chart.attr("role")).isEqualTo("img");
            assertThat(chart.attr("aria-label")).startsWith(offer.company() + ": pay year by year");
            assertThat(chart.selectFirst("> title").text()).isEqualTo(chart.attr("aria-label"));
            Elements bars = chart.select("g.bar");
            assertThat(bars).as(offer.id()).hasSize(offer.yearByYear().size());
            BigDecimal largest = offer.yearByYear().stream().map(OfferReport.Year::total).max(Comparator.naturalOrder())
                    .orElseThrow();
            double tallest = bars.stream().mapToDouble(ReportHtmlTest::height).max().orElseThrow();
            for (int y = 0; y < bars.size(); y++) {
                OfferReport.Year year = offer.yearByYear().get(y);
                Element bar = bars.get(y);
                assertThat(bar.attr("data-year")).isEqualTo(String.valueOf(year.year()));
                assertThat(bar.select("rect").eachAttr("class")).as("the parts of year " + year.year())
                        .isSubsetOf("base", "bonus", "equity", "signing");
                assertThat(height(bar)).as(offer.id() + " year " + year.year())
                        .isCloseTo(tallest * year.total().doubleValue() / largest.doubleValue(), within(0.2));
                assertThat(bar.select("rect.base").attr("height")).isNotEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void thePayChartDrawsALineAtCurrentPayWhenTheCaseGivesIt(Path example) {
        Report report = example(example).report();
        Elements charts = example(example).page().select("section.offer figure.pay-chart svg");
        assertThat(OfferAdvisor.toJson(report)).as("private input stays out of the JSON").doesNotContain("currentTotalComp");
        for (Element chart : charts) {
            Elements lines = chart.select("g.current-pay");
            if (report.currentTotalComp() == null) {
                assertThat(lines).isEmpty();
                continue;
            }
            assertThat(lines).hasSize(1);
            assertThat(new BigDecimal(lines.attr("data-value"))).isEqualByComparingTo(report.currentTotalComp());
            assertThat(lines.select("title").text()).contains(Money.usd(report.currentTotalComp()));
            // the line stands where a bar of that total would reach
            Element bar = chart.selectFirst("g.bar");
            Element base = bar.selectFirst("rect");
            double floor = Double.parseDouble(base.attr("y")) + Double.parseDouble(base.attr("height"));
            double perDollar = height(bar) / new BigDecimal(bar.attr("data-total")).doubleValue();
            double lineY = Double.parseDouble(lines.select("line").attr("y1"));
            assertThat(floor - lineY).isCloseTo(report.currentTotalComp().doubleValue() * perDollar, within(0.6));
        }
    }

    @Test
    void someExamplesGiveCurrentPayAndSomeDoNot() throws IOException {
        assertThat(examples()).extracting(e -> example(e).report().currentTotalComp() != null).contains(true, false);
    }

    /** How tall a stacked bar is: its parts' heights added up. */
    private static double height(Element bar) {
        return bar.select("rect").stream().mapToDouble(r -> Double.parseDouble(r.attr("height"))).sum();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theBandStripPlacesItsMarksInNumericOrderFromLeftToRight(Path example) {
        Report report = example(example).report();
        Elements offers = example(example).page().select("section.offer");

        for (int i = 0; i < offers.size(); i++) {
            OfferReport offer = report.offers().get(i);
            Element strip = offers.get(i).selectFirst("figure.band-strip svg");
            if (offer.market() == null || offer.market().band() == null) {
                assertThat(strip).as(offer.id()).isNull();
                continue;
            }
            List<String> kinds = new ArrayList<>(List.of("low", "top", "offer"));
            boolean target = offer.counter() != null && offer.market().basis().equals("total compensation");
            if (target) {
                kinds.add("target");
            }
            Elements marks = strip.select("g.mark");
            assertThat(marks).as(offer.id()).hasSize(kinds.size());
            kinds.forEach(kind -> assertThat(strip.select("g.mark." + kind)).as(kind).hasSize(1));
            assertThat(value(strip, "low")).isEqualByComparingTo(offer.market().low());
            assertThat(value(strip, "top")).isEqualByComparingTo(offer.market().high());
            if (target) {
                assertThat(value(strip, "offer")).isEqualByComparingTo(offer.annualTotalComp());
                assertThat(value(strip, "target")).isEqualByComparingTo(offer.counter().targetTotalComp());
            }
            List<Element> leftToRight = marks.stream()
                    .sorted(Comparator.comparingDouble(m -> Double.parseDouble(m.selectFirst("line").attr("x1")))).toList();
            List<BigDecimal> values = leftToRight.stream().map(m -> new BigDecimal(m.attr("data-value"))).toList();
            assertThat(values).as(offer.id() + " left to right").isSortedAccordingTo(Comparator.naturalOrder());
            for (int m = 1; m < leftToRight.size(); m++) {
                double before = Double.parseDouble(leftToRight.get(m - 1).selectFirst("line").attr("x1"));
                double x = Double.parseDouble(leftToRight.get(m).selectFirst("line").attr("x1"));
                assertThat(x > before).as("a larger value stands to the right").isEqualTo(
                        values.get(m).compareTo(values.get(m - 1)) > 0);
            }
        }
    }

    private static BigDecimal value(Element strip, String kind) {
        return new BigDecimal(strip.selectFirst("g.mark." + kind).attr("data-value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theCounterPackageRowsAddUpToWhatTheOfferPaysIfGranted(Path example) {
        Report report = example(example).report();
        Elements offers = example(example).page().select("section.offer");

        for (int i = 0; i < offers.size(); i++) {
            OfferReport offer = report.offers().get(i);
            Element table = offers.get(i).selectFirst("table.counter");
            assertThat(table == null).as(offer.id()).isEqualTo(offer.counter() == null);
            if (table == null) {
                continue;
            }
            BigDecimal sum = table.select("tbody tr td.num").stream().map(td -> amount(td.text()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(amount(table.selectFirst("tbody tr td.num").text())).isEqualByComparingTo(offer.annualTotalComp());
            assertThat(sum).as(table.text()).isEqualByComparingTo(amount(table.selectFirst("tfoot td.total").text()))
                    .isEqualByComparingTo(offer.counter().resultingAnnualTotalComp());
        }
    }

    /** "+$43,750", "-$250", "$366,500" as a number. */
    private static BigDecimal amount(String cell) {
        return new BigDecimal(cell.replaceAll("[^0-9-]", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theSummaryComesFirstAndEveryAdviceItemFoldsItsReasons(Path example) {
        Report report = example(example).report();
        Document page = example(example).page();
        List<String> sections = page.select("main > section").eachAttr("id");

        assertThat(sections.get(0)).isEqualTo("summary");
        assertThat(sections).containsSubsequence("summary", "offer-1");
        assertThat(page.select("section#summary tbody tr")).hasSize(report.summary().offers().size());
        Elements items = page.select("article.advice");
        assertThat(items).hasSize(report.advice().size());
        List<AdviceItem> shown = new ArrayList<>(report.advice().stream().filter(a -> a.offerId() == null).toList());
        report.offers().forEach(o -> shown.addAll(report.advice().stream().filter(a -> o.id().equals(a.offerId())).toList()));
        for (int i = 0; i < items.size(); i++) {
            AdviceItem a = shown.get(i);
            Element item = items.get(i);
            assertThat(item.selectFirst("h4").text()).isEqualTo("[" + a.priority() + "] " + a.id() + ": " + Printable.plain(a.title()));
            Elements details = item.select("details");
            assertThat(details).hasSize(1);
            assertThat(details.first().select("li").eachText()).hasSize(a.because().size() + 1)
                    .endsWith("rule \"" + a.rule() + "\"; source: " + a.source());
            if (a.script() != null) {
                String box = item.selectFirst("a[href^=#script-]").attr("href").substring(1);
                assertThat(page.getElementById(box).text()).isEqualTo(Printable.plain(a.script()));
            }
        }
    }

    @Test
    void theMatrixMarksItsWinnerInTheTableAndTheChart() {
        Report report = Advisors.shipped().advise(Path.of("facts-examples/three-offer-custom-weights.json"));
        Element matrix = Jsoup.parse(OfferAdvisor.toHtml(report)).selectFirst("section#matrix");
        OfferReport winner = report.offers().stream().filter(o -> o.decision().rank() == 1).findFirst().orElseThrow();

        assertThat(matrix.select("thead th.winner")).hasSize(1).first().extracting(Element::ownText)
                .isEqualTo(winner.company());
        assertThat(matrix.select("thead th").eachText().subList(0, 2)).containsExactly("Factor", "Weight");
        assertThat(matrix.select("tbody tr").eachText()).hasSize(report.decisionMatrix().factors().size() + 2);
        assertThat(matrix.select("tbody tr").last().select("td.winner").text()).isEqualTo("#1");
        assertThat(matrix.select("svg g.score")).hasSize(report.offers().size());
        assertThat(matrix.select("svg g.score.winner")).hasSize(1).first()
                .satisfies(bar -> assertThat(bar.attr("data-score")).isEqualTo(winner.decision().score().toPlainString()));
        List<Double> lengths = matrix.select("svg g.score rect").eachAttr("width").stream().map(Double::parseDouble).toList();
        List<Double> scores = matrix.select("svg g.score").eachAttr("data-score").stream().map(Double::parseDouble).toList();
        for (int i = 0; i < lengths.size(); i++) {
            assertThat(lengths.get(i) / scores.get(i)).isCloseTo(lengths.get(0) / scores.get(0), within(0.1));
        }
        assertThat(matrix.text()).contains("Winner: " + winner.company() + ", rank 1 with a weighted score of "
                + winner.decision().score().toPlainString());
    }

    @Test
    void hostileCompanyNamesShowAsTheirTextAndNeverAsMarkupOrControls() throws IOException {
        List<String> names = List.of("<script>alert(1)</script>", "\u001b[31mRed\u001b[0m",
                "\"><img src=x onerror=alert(1)>", "Acme & Sons' <b>", "\u202eevil");
        StringBuilder offers = new StringBuilder();
        JsonMapper json = JsonMapper.builder().build();
        for (int i = 0; i < names.size(); i++) {
            offers.append(i == 0 ? "" : ", ").append("""
                    { "id": "o%d", "company": %s, "companyType": "FAANG", "level": "L5", "baseSalary": %d,
                      "equity": { "type": "RSU", "grantValue": 400000 } }""".formatted(i,
                    json.writeValueAsString(names.get(i)), 200000 + i));
        }
        String html = OfferAdvisor.toHtml(Advisors.shipped().advise("""
                { "candidate": { "level": "L5" }, "situation": { "asOf": "2026-12-01" }, "offers": [ %s ] }""".formatted(offers)));
        Document page = Jsoup.parse(html);

        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("img, b")).isEmpty();
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
        assertThat(html).doesNotContain("\u001b", "\u202e");
        List<String> shown = names.stream().map(Printable::plain).toList();
        assertThat(page.select("section#summary tbody th").eachText()).containsExactlyElementsOf(shown);
        assertThat(page.select("section.offer svg").eachAttr("aria-label"))
                .allSatisfy(label -> assertThat(shown).anyMatch(label::startsWith));
        assertThat(page.select("section.offer h2").eachText())
                .containsExactlyElementsOf(shown.stream().map(n -> n + " (o" + shown.indexOf(n) + "), L5").toList());
        assertThat(page.select("section#matrix svg g.score text.legend").eachText())
                .allSatisfy(label -> assertThat(shown).anyMatch(label::startsWith));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void thePageLoadsNothingAndItsOnlyScriptIsTheOneItsPolicyAllows(Path example) throws NoSuchAlgorithmException {
        String html = example(example).html();
        Document page = example(example).page();

        assertThat(html).doesNotContain("http://", "https://", "url(", "@import", "//cdn");
        assertThat(page.select("[src], link, iframe, object, embed, img")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href")).allSatisfy(href -> assertThat(href).matches("#[a-z]+-\\d+"));
        page.select("[href]").eachAttr("href").forEach(href -> assertThat(page.getElementById(href.substring(1))).isNotNull());
        assertThat(page.select("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(page.select("style").html()).contains("@media print", "break-inside: avoid");
        Element script = page.selectFirst("script");
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(script.data().getBytes(StandardCharsets.UTF_8)));
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'", "script-src 'sha256-" + hash + "'");
    }

    @Test
    void theSameReportGivesTheSamePageByteForByte() throws IOException {
        Report report = Advisors.shipped().advise(Path.of("facts-examples/two-offer-comparison.json"));
        String html = OfferAdvisor.toHtml(report)
                .replaceFirst("\\(benchmarks (\\d+), \\d+ rules\\)", "(benchmarks $1, (any) rules)");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, html);
        }
        assertThat(html).isEqualTo(Files.readString(GOLDEN));
    }
}
