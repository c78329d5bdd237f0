package org.offeradvisor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.offeradvisor.facts.Money;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * The HTML report's charts as inline SVG: plain {@code <rect>}, {@code <line>} and {@code <text>}, each chart with
 * a {@code <title>} and {@code role="img"} for screen readers, drawn from the report's numbers only. Every string
 * placed in a chart is made {@link Printable#plain plain} and escaped for XML here, so a chart can be written into
 * the page as it is. Amounts are written with {@link Money}, in the currency the caller runs in.
 */
final class SvgCharts {
    private static final int WIDTH = 420;
    private static final String[] PARTS = {"base", "bonus", "equity", "signing"};
    private static final String[] PART_NAMES = {"Base", "Bonus", "Equity", "Signing"};
    private static final String[] PART_COLOURS = {"#2f5d8a", "#7fa7d9", "#3f9a6b", "#e39b32"};
    /** About how wide a character of a 12-unit label is, to keep labels of the band strip apart. */
    private static final double CHAR_WIDTH = 6.8;

    private SvgCharts() {
    }

    /** A drawn chart: its SVG markup, written into the page as it is (every string in it is escaped already). */
    record Svg(String markup) implements Content {
        @Override
        public void writeTo(TemplateOutput output) {
            output.writeContent(markup);
        }
    }

    /** A mark of the band strip: what it is ({@code kind}, a CSS class), its label and its value. */
    record Mark(String kind, String label, BigDecimal value) {
    }

    /** A bar of the weighted scores: the offer, its score, whether it wins. */
    record Score(String offer, BigDecimal score, boolean winner) {
    }

    /**
     * The pay of each vesting year as a stacked bar (base, bonus, equity, signing from the bottom), one group per
     * year with its total above it, on a scale from zero to a round figure above the largest total.
     */
    private static final String CURRENT_PAY_COLOUR = "#b42318";

    static Svg payByYear(String title, List<OfferReport.Year> years) {
        return payByYear(title, years, null);
    }

    /**
     * As {@link #payByYear(String, List)}, with a dashed line at {@code currentPay} (the candidate's current total
     * pay) when it is known, so a year below it shows as a dip at a glance.
     */
    static Svg payByYear(String title, List<OfferReport.Year> years, BigDecimal currentPay) {
        int height = 260;
        int left = 70;
        int top = currentPay == null ? 40 : 54; // a second legend row for the line at current pay
        int bottom = 32;
        double plotHeight = height - top - bottom;
        double plotWidth = WIDTH - left - 12;
        BigDecimal largest = years.stream().map(OfferReport.Year::total).max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        if (currentPay != null && currentPay.compareTo(largest) > 0) {
            largest = currentPay;
        }
        double step = niceStep(largest.doubleValue() / 4);
        double axisTop = step * Math.max(1, Math.ceil(largest.doubleValue() / step));
        double floor = top + plotHeight;
        Drawing svg = new Drawing(title, height);
        for (int i = 0; i < PARTS.length; i++) {
            svg.add("<rect x=\"" + (left + i * 84) + "\" y=\"8\" width=\"12\" height=\"12\" fill=\"" + PART_COLOURS[i]
                    + "\"/><text x=\"" + (left + i * 84 + 17) + "\" y=\"18\" class=\"legend\">" + PART_NAMES[i] + "</text>");
        }
        for (double tick = 0; tick <= axisTop + step / 2; tick += step) {
            double y = floor - tick / axisTop * plotHeight;
            svg.add("<line x1=\"" + left + "\" x2=\"" + (WIDTH - 12) + "\" y1=\"" + n(y) + "\" y2=\"" + n(y)
                    + "\" class=\"grid\" stroke=\"#d9dde3\"/><text x=\"" + (left - 6) + "\" y=\"" + n(y + 4)
                    + "\" text-anchor=\"end\" class=\"axis\">" + text(Money.brief(BigDecimal.valueOf(Math.round(tick))))
                    + "</text>");
        }
        double slot = plotWidth / Math.max(1, years.size());
        double barWidth = Math.min(72, slot * 0.6);
        for (int i = 0; i < years.size(); i++) {
            OfferReport.Year year = years.get(i);
            double x = left + slot * i + (slot - barWidth) / 2;
            svg.add("<g class=\"bar\" data-year=\"" + year.year() + "\" data-total=\"" + year.total().toPlainString() + "\">");
            BigDecimal[] parts = {year.base(), year.bonus(), year.equity(), year.signing()};
            BigDecimal stacked = BigDecimal.ZERO;
            for (int p = 0; p < parts.length; p++) {
                if (parts[p].signum() <= 0) {
                    continue;
                }
                // each part spans from the rounded top of the parts below it, so the parts add up to the total
                double from = round1(floor - stacked.doubleValue() / axisTop * plotHeight);
                stacked = stacked.add(parts[p]);
                double to = round1(floor - stacked.doubleValue() / axisTop * plotHeight);
                svg.add("<rect class=\"" + PARTS[p] + "\" x=\"" + n(x) + "\" y=\"" + n(to) + "\" width=\"" + n(barWidth)
                        + "\" height=\"" + n(from - to) + "\" fill=\"" + PART_COLOURS[p] + "\"><title>"
                        + text("Year " + year.year() + " " + PART_NAMES[p].toLowerCase(Locale.ROOT) + ": "
                        + Money.usd(parts[p])) + "</title></rect>");
            }
            double barTop = floor - year.total().doubleValue() / axisTop * plotHeight;
            svg.add("<text x=\"" + n(x + barWidth / 2) + "\" y=\"" + n(barTop - 5) + "\" text-anchor=\"middle\" class=\"value\">"
                    + text(Money.brief(year.total())) + "</text><text x=\"" + n(x + barWidth / 2) + "\" y=\""
                    + n(floor + 18) + "\" text-anchor=\"middle\" class=\"axis\">Year " + year.year() + "</text></g>");
        }
        svg.add("<line x1=\"" + left + "\" x2=\"" + (WIDTH - 12) + "\" y1=\"" + n(floor) + "\" y2=\"" + n(floor)
                + "\" stroke=\"#555\"/>");
        if (currentPay != null) {
            double y = floor - currentPay.doubleValue() / axisTop * plotHeight;
            String dashes = "\" stroke=\"" + CURRENT_PAY_COLOUR + "\" stroke-width=\"2\" stroke-dasharray=\"6 4\"";
            svg.add("<g class=\"current-pay\" data-value=\"" + currentPay.toPlainString() + "\"><line x1=\"" + left
                    + "\" x2=\"" + (WIDTH - 12) + "\" y1=\"" + n(y) + "\" y2=\"" + n(y) + dashes + "><title>"
                    + text("Your current total pay: " + Money.usd(currentPay)) + "</title></line><line x1=\"" + left
                    + "\" x2=\"" + (left + 24) + "\" y1=\"32\" y2=\"32" + dashes + "/><text x=\"" + (left + 29)
                    + "\" y=\"36\" class=\"legend\">" + text("Your current pay, " + Money.brief(currentPay)) + "</text></g>");
        }
        return svg.build();
    }

    /**
     * A strip from the lowest to the highest of the marks, the band from {@code low} to {@code high} shaded, and a
     * mark per figure at its value, so that the marks stand in numeric order from left to right. Labels of marks
     * that fall on one value are joined; a label is placed above or below the strip where it overlaps no other.
     */
    static Svg bandStrip(String title, BigDecimal low, BigDecimal high, List<Mark> marks) {
        int height = 120;
        int left = 16;
        double width = WIDTH - 2 * left;
        double strip = 60;
        double min = marks.stream().mapToDouble(m -> m.value().doubleValue()).min().orElse(0);
        double max = marks.stream().mapToDouble(m -> m.value().doubleValue()).max().orElse(0);
        double pad = max > min ? (max - min) * 0.08 : Math.max(1, Math.abs(max) * 0.1);
        double from = min - pad;
        double span = max + pad - from;
        Drawing svg = new Drawing(title, height);
        double x0 = left + (low.doubleValue() - from) / span * width;
        double x1 = left + (high.doubleValue() - from) / span * width;
        svg.add("<line x1=\"" + left + "\" x2=\"" + n(left + width) + "\" y1=\"" + n(strip) + "\" y2=\"" + n(strip)
                + "\" stroke=\"#b8bec7\" stroke-width=\"2\"/>");
        svg.add("<rect class=\"band\" x=\"" + n(x0) + "\" y=\"" + n(strip - 9) + "\" width=\"" + n(x1 - x0)
                + "\" height=\"18\" fill=\"#dbe7f3\" stroke=\"#7fa7d9\"/>");
        List<Mark> sorted = marks.stream().sorted(Comparator.comparing(Mark::value)).toList();
        for (Mark mark : sorted) {
            double x = left + (mark.value().doubleValue() - from) / span * width;
            svg.add("<g class=\"mark " + mark.kind() + "\" data-value=\"" + mark.value().toPlainString() + "\"><line x1=\""
                    + n(x) + "\" x2=\"" + n(x) + "\" y1=\"" + n(strip - 16) + "\" y2=\"" + n(strip + 16) + "\"/><title>"
                    + text(mark.label() + " " + Money.usd(mark.value())) + "</title></g>");
        }
        List<double[]> taken = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            List<String> names = new ArrayList<>();
            while (j < sorted.size() && sorted.get(j).value().compareTo(sorted.get(i).value()) == 0) {
                names.add(sorted.get(j++).label());
            }
            String label = String.join(" = ", names) + " " + Money.brief(sorted.get(i).value());
            double x = left + (sorted.get(i).value().doubleValue() - from) / span * width;
            double w = label.length() * CHAR_WIDTH;
            double start = Math.max(left, Math.min(left + width - w, x - w / 2));
            double[] rows = {strip - 22, strip + 31, strip - 38, strip + 47};
            double y = rows[0];
            for (double row : rows) {
                y = row;
                if (taken.stream().noneMatch(t -> t[0] == row && start < t[2] && t[1] < start + w)) {
                    break;
                }
            }
            taken.add(new double[] {y, start, start + w});
            svg.add("<text x=\"" + n(start) + "\" y=\"" + n(y) + "\" class=\"label\">" + text(label) + "</text>");
            i = j;
        }
        return svg.build();
    }

    /** The weighted scores as horizontal bars from zero, each offer's name above its bar, the winner's bar marked. */
    static Svg scores(String title, List<Score> scores) {
        int row = 40;
        int left = 16;
        int height = 16 + row * scores.size();
        double width = WIDTH - left - 56;
        double scale = Math.max(1, Math.ceil(scores.stream().mapToDouble(s -> s.score().doubleValue()).max().orElse(1)));
        Drawing svg = new Drawing(title, height);
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            double y = 8 + i * row;
            double length = s.score().doubleValue() / scale * width;
            svg.add("<g class=\"score" + (s.winner() ? " winner" : "") + "\" data-score=\"" + s.score().toPlainString()
                    + "\"><text x=\"" + left + "\" y=\"" + n(y + 12) + "\" class=\"legend\">"
                    + text(Printable.clip(s.offer(), 60) + (s.winner() ? " (winner)" : "")) + "</text><rect x=\"" + left
                    + "\" y=\"" + n(y + 17) + "\" width=\"" + n(length) + "\" height=\"14\" fill=\""
                    + (s.winner() ? "#3f9a6b" : "#7fa7d9") + "\"/><text x=\"" + n(left + length + 6) + "\" y=\""
                    + n(y + 29) + "\" class=\"value\">" + text(s.score().toPlainString()) + "</text></g>");
        }
        return svg.build();
    }

    /** A chart being drawn: the {@code <svg>} element with its title, then what is added, in order. */
    private static final class Drawing {
        private final StringBuilder out = new StringBuilder(4096);

        Drawing(String title, int height) {
            String label = text(title);
            out.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                    .append("\" role=\"img\" aria-label=\"").append(label).append("\"><title>").append(label).append("</title>");
        }

        void add(String markup) {
            out.append(markup);
        }

        Svg build() {
            return new Svg(out.append("</svg>").toString());
        }
    }

    /** A step of 1, 2, 2.5 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 2.5, 5}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** A string as SVG text: made plain, then escaped for XML (element content and quoted attributes alike). */
    static String text(String s) {
        String plain = Printable.plain(s);
        StringBuilder out = new StringBuilder(plain.length() + 8);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** A coordinate to one decimal, the same text on every machine. */
    private static String n(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
