package org.offeradvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The charts escape what they are given: a name is text in the SVG, never markup, never a control character. */
class SvgChartsTest {
    private static final String HOSTILE = "<script>alert(1)</script> \"quoted\" & 'single' \u001b[31m\u202e";

    @Test
    void textIsMadePlainThenEscapedForXml() {
        assertThat(SvgCharts.text("<b>&\"'")).isEqualTo("&lt;b&gt;&amp;&quot;&#39;");
        assertThat(SvgCharts.text("\u001b[31mRed")).isEqualTo("\\u001b[31mRed");
        assertThat(SvgCharts.text("Acme\u202e")).isEqualTo("Acme\\u202e");
    }

    @Test
    void aHostileNameInEveryChartIsItsTextAndNoElement() {
        List<SvgCharts.Svg> charts = List.of(
                SvgCharts.payByYear(HOSTILE, List.of(new OfferReport.Year(1, BigDecimal.TEN, BigDecimal.ONE,
                        BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.valueOf(12)))),
                SvgCharts.bandStrip(HOSTILE, BigDecimal.ONE, BigDecimal.TEN,
                        List.of(new SvgCharts.Mark("offer", HOSTILE, BigDecimal.valueOf(5)))),
                SvgCharts.scores(HOSTILE, List.of(new SvgCharts.Score(HOSTILE, BigDecimal.valueOf(4), true))));
        for (SvgCharts.Svg chart : charts) {
            Element svg = Jsoup.parse(chart.markup(), Parser.xmlParser()).selectFirst("svg");
            assertThat(chart.markup()).doesNotContain("\u001b", "\u202e", "<script");
            assertThat(svg.select("script")).isEmpty();
            assertThat(svg.attr("aria-label")).isEqualTo(Printable.plain(HOSTILE));
            assertThat(svg.selectFirst("title").text()).isEqualTo(Printable.plain(HOSTILE));
        }
    }

    @Test
    void theMarksOfOneValueShareOneLabel() {
        SvgCharts.Svg strip = SvgCharts.bandStrip("band", BigDecimal.valueOf(100), BigDecimal.valueOf(200), List.of(
                new SvgCharts.Mark("low", "band low", BigDecimal.valueOf(100)),
                new SvgCharts.Mark("top", "band top", BigDecimal.valueOf(200)),
                new SvgCharts.Mark("target", "counter target", BigDecimal.valueOf(200)),
                new SvgCharts.Mark("offer", "offer", BigDecimal.valueOf(150))));
        List<String> labels = Jsoup.parse(strip.markup(), Parser.xmlParser()).select("text.label").eachText();

        assertThat(labels).containsExactly("band low $100", "offer $150", "band top = counter target $200");
    }

    @Test
    void theScaleStepsAreRoundFigures() {
        assertThat(SvgCharts.niceStep(101_625)).isEqualTo(200_000);
        assertThat(SvgCharts.niceStep(46_500)).isEqualTo(50_000);
        assertThat(SvgCharts.niceStep(21_000)).isEqualTo(25_000);
        assertThat(SvgCharts.niceStep(0)).isEqualTo(1);
    }
}
