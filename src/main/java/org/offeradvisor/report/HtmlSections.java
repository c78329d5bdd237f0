package org.offeradvisor.report;

import java.util.List;

import gg.jte.Content;

/**
 * What each template of the HTML report (src/main/jte) shows: every string already {@link Printable#plain plain} and
 * every amount written out, so a template only lays them out (and jte escapes each one for HTML); charts are
 * {@link SvgCharts} drawings. Ids and anchors are the report's positions ({@code offer-2}, {@code script-5}), never a
 * user string.
 */
final class HtmlSections {
    private HtmlSections() {
    }

    /** The page around the sections: its title, the line under it, and the sections, rendered already. */
    record Page(String title, String subtitle, Content body) {
    }

    record Summary(List<SummaryRow> offers, String recommended, List<String> actions, String empty) {
    }

    /** An offer in the summary: its name (linked to its section), verdict, ask and deadline. */
    record SummaryRow(String company, String anchor, String verdict, String verdictClass, String ask, String deadline,
                      boolean recommended) {
    }

    /** A script in a box, with whom it is for; {@code id} is the box's id. */
    record Script(String id, String to, String adviceId, String text) {
    }

    /** "Scripts to use": each script's box, or, for an offer's script, a link to its box in the offer's section. */
    record Scripts(List<Script> boxes, List<Script> inOffers) {
    }

    /** An advice item; {@code script} is the id of its script's box, or null. */
    record Advice(String heading, String priorityClass, String text, String script, String scriptTo,
                  List<String> because, String ruleAndSource, List<String> how) {
    }

    record Situation(List<Advice> advice, List<List<String>> negotiable) {
    }

    record Figure(String label, String value) {
    }

    /** A table: its header and its rows, each a list of cells. */
    record Table(List<String> header, List<List<String>> rows) {
    }

    /** The counter package: its heading, the rows that add up (the last is their total), the one-time asks. */
    record Counter(String heading, List<List<String>> annual, List<String> total, List<List<String>> once) {
    }

    record Offer(String anchor, String heading, List<Figure> figures, Content payChart, Table years, Content bandStrip,
                 String noBand, Counter counter, List<Script> scripts, List<Advice> advice) {
    }

    /** The decision matrix: the offers in rank order, the winner first; {@code winner} is its column, or -1. */
    record Matrix(String weights, List<String> offers, int winner, List<List<String>> rows, Content chart,
                  String verdict, String note) {
    }

    record Question(String company, String question, String why) {
    }

    /** A heading and a list of lines (the assumptions), or a lone paragraph when {@code heading} is null. */
    record Notes(String heading, List<String> lines) {
    }
}
