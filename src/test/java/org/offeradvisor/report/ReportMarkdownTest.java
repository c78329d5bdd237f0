package org.offeradvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.facts.Money;

/**
 * The Markdown report as GitHub would show it: rendered with commonmark and its GFM tables, the tables hold the
 * report's numbers (a row per vesting year, a counter package that adds up, the matrix and its winner), and a company
 * name written to attack Markdown or HTML shows as the text it is.
 */
class ReportMarkdownTest {
    private static final List<org.commonmark.Extension> GFM = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(GFM).build();
    private static final Path GOLDEN = Path.of("src/test/resources/golden-markdown/two-offer-comparison.md");

    static List<Path> examples() throws IOException {
        return ReportSchemaTest.examples();
    }

    /** A rendered table: the heading it follows, its header row and its body rows, each cell as its text. */
    record Table(String heading, List<String> header, List<List<String>> rows) {
        List<String> column(String name) {
            int i = header.indexOf(name);
            return rows.stream().map(r -> r.get(i)).toList();
        }
    }

    private static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The text a reader sees in a node (entities and escapes resolved, code spans included). */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    private static List<Table> tables(Node document) {
        List<Table> tables = new ArrayList<>();
        String heading = null;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h) {
                heading = text(h);
            } else if (block instanceof TableBlock) {
                List<List<String>> rows = new ArrayList<>();
                block.accept(new AbstractVisitor() {
                    @Override
                    public void visit(org.commonmark.node.CustomNode node) {
                        if (node instanceof TableRow) {
                            List<String> cells = new ArrayList<>();
                            for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                                cells.add(text((TableCell) cell));
                            }
                            rows.add(cells);
                        } else {
                            visitChildren(node);
                        }
                    }
                });
                tables.add(new Table(heading, rows.get(0), rows.subList(1, rows.size())));
            }
        }
        return tables;
    }

    private static List<Node> all(Node document, Class<? extends Node> type) {
        List<Node> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    if (type.isInstance(child)) {
                        found.add(child);
                    }
                    child.accept(this);
                }
            }
        });
        return found;
    }

    private static String usd(Report report, BigDecimal amount) {
        return Money.inCurrency(report.currency(), () -> Money.usd(amount));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theYearTableHasOneRowPerVestingYearWithTheReportsNumbers(Path example) {
        Report report = Advisors.shipped().advise(example);
        List<Table> years = tables(parse(OfferAdvisor.toMarkdown(report))).stream()
                .filter(t -> t.header().equals(List.of("Year", "Base", "Bonus", "Equity", "Signing", "Total"))).toList();

        assertThat(years).hasSize(report.offers().size());
        for (int i = 0; i < years.size(); i++) {
            OfferReport offer = report.offers().get(i);
            List<List<String>> expected = offer.yearByYear().stream().map(y -> List.of(String.valueOf(y.year()),
                    usd(report, y.base()), usd(report, y.bonus()), usd(report, y.equity()), usd(report, y.signing()),
                    usd(report, y.total()))).toList();
            assertThat(years.get(i).rows()).as(offer.id()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theCounterPackageRowsAddUpToWhatTheOfferPaysIfGranted(Path example) {
        Report report = Advisors.shipped().advise(example);
        List<Table> counters = tables(parse(OfferAdvisor.toMarkdown(report))).stream()
                .filter(t -> t.heading().startsWith("Counter at")).toList();
        List<OfferReport> countered = report.offers().stream().filter(o -> o.counter() != null).toList();

        assertThat(counters).hasSize(countered.size());
        for (int i = 0; i < counters.size(); i++) {
            Table counter = counters.get(i);
            List<String> what = counter.column("Counter package");
            int total = what.indexOf("if all granted");
            List<BigDecimal> perYear = counter.column("A year").subList(0, total + 1).stream()
                    .map(ReportMarkdownTest::amount).toList();
            assertThat(what.get(0)).isEqualTo("offer as it stands");
            assertThat(perYear.get(0)).isEqualByComparingTo(countered.get(i).annualTotalComp());
            assertThat(perYear.subList(0, total).stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(counter.toString()).isEqualByComparingTo(perYear.get(total))
                    .isEqualByComparingTo(countered.get(i).counter().resultingAnnualTotalComp());
        }
    }

    /** "+$43,750", "-$250", "$366,500" as a number; "EUR 1,000" too. */
    private static BigDecimal amount(String cell) {
        String digits = cell.replaceAll("[^0-9-]", "");
        return new BigDecimal(digits);
    }

    @Test
    void theMatrixHasTheWeightsEachOffersScoresAndNamesTheWinner() {
        Report report = Advisors.shipped().advise(Path.of("facts-examples/three-offer-custom-weights.json"));
        Node document = parse(OfferAdvisor.toMarkdown(report));
        Table matrix = tables(document).stream().filter(t -> t.heading().equals("Decision matrix")).findFirst().orElseThrow();
        OfferReport winner = report.offers().stream().filter(o -> o.decision().rank() == 1).findFirst().orElseThrow();

        assertThat(matrix.header()).hasSize(2 + report.offers().size()).startsWith("Factor", "Weight")
                .element(2).isEqualTo(winner.company());
        assertThat(matrix.column("Factor")).containsSubsequence("Total compensation", "Weighted score", "Rank");
        assertThat(matrix.column("Weight").subList(0, report.decisionMatrix().factors().size()))
                .isEqualTo(report.decisionMatrix().factors().stream().map(f -> f.weight().toPlainString()).toList());
        assertThat(matrix.column(winner.company())).endsWith(winner.decision().score().toPlainString(), "#1");
        assertThat(text(document)).contains("Winner: " + winner.company() + ", rank 1 with a weighted score of "
                + winner.decision().score().toPlainString());
        assertThat(winner.id()).isEqualTo(report.summary().recommendedOfferId());
    }

    @Test
    void hostileCompanyNamesShowAsTheirTextInEveryTable() {
        List<String> names = List.of("<script>alert(1)</script>", "[link](http://x) and <a href=\"http://x\">x</a>",
                "*evil* _evil_ `code` ~~gone~~", "| pipe | cell |", "# heading", "1. list", "- item", "    indented",
                "\u001b[31mRed\u001b[0m", "$1 and $2", "&amp; &lt;b&gt;", "Back\\slash\\");
        StringBuilder offers = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            offers.append(i == 0 ? "" : ", ").append("""
                    { "id": "o%d", "company": %s, "companyType": "FAANG", "level": "L5", "baseSalary": %d,
                      "equity": { "type": "RSU", "grantValue": 400000 } }""".formatted(i,
                    tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(names.get(i)), 200000 + i));
        }
        Report report = Advisors.shipped().advise("""
                { "candidate": { "level": "L5" }, "situation": { "asOf": "2026-12-01" }, "offers": [ %s ] }""".formatted(offers));
        String markdown = OfferAdvisor.toMarkdown(report);
        Node document = parse(markdown);
        String html = HTML.render(document);

        assertThat(html).doesNotContain("<script", "<a ", "<em>", "<code>", "<del>", "<h1>heading", "<pre>");
        assertThat(all(document, Link.class)).isEmpty();
        assertThat(all(document, HtmlInline.class)).isEmpty();
        String shown = text(document);
        names.forEach(name -> assertThat(shown).contains(Printable.plain(name).strip()));
        // one heading per offer, as with plain names: no name starts a heading of its own
        List<String> headings = all(document, Heading.class).stream().map(ReportMarkdownTest::text).toList();
        assertThat(headings).filteredOn(h -> h.matches(".* \\(o\\d+\\), L5")).hasSize(names.size());
        assertThat(headings).filteredOn(h -> h.equals("heading")).isEmpty();
        // every table row has as many cells as its header: no name split a cell
        for (Table table : tables(document)) {
            assertThat(table.rows()).allSatisfy(row -> assertThat(row).hasSameSizeAs(table.header()));
        }
        Table summary = tables(document).get(0);
        assertThat(summary.column("Offer")).containsExactlyElementsOf(names.stream().map(n -> Printable.plain(n).strip()).toList());
    }

    @Test
    void theExampleReportIsItsReviewedMarkdown() throws IOException {
        String markdown = OfferAdvisor.toMarkdown(Advisors.shipped().advise(Path.of("facts-examples/two-offer-comparison.json")))
                .replaceFirst("\\(benchmarks (\\d+), \\d+ rules\\)", "(benchmarks $1, (any) rules)");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, markdown);
        }
        assertThat(markdown).isEqualTo(Files.readString(GOLDEN));
    }
}
