package org.offeradvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.offeradvisor.report.Printable;
import org.offeradvisor.report.Report;

/**
 * The table a batch ends with, one row per case in the batch's order: the case's file name, its number of offers, the
 * recommended offer and each offer's verdict from the report's summary, or how it failed and its first problem; then
 * a line of totals. Whatever a case or a file name says is shown {@link Printable#clip clipped}, so that a row stays a
 * row.
 */
final class BatchSummary {
    private static final int CASE_WIDTH = 40;
    private static final int OFFER_WIDTH = 24;
    private static final int LAST_WIDTH = 100;

    private BatchSummary() {
    }

    static void print(PrintWriter out, List<Batch.Outcome> outcomes, Path outDir) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"case", "offers", "recommended", "verdicts or error"});
        outcomes.forEach(o -> rows.add(row(o)));
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        String format = "%-" + widths[0] + "s  %" + widths[1] + "s  %-" + widths[2] + "s  %s";
        for (String[] row : rows) {
            out.println(String.format(format, (Object[]) row).stripTrailing());
        }
        out.println(totals(outcomes) + "; the files are in " + Printable.plain(outDir.toString()));
        out.flush();
    }

    private static String[] row(Batch.Outcome outcome) {
        String name = Printable.clip(outcome.batchCase().name(), CASE_WIDTH);
        Report report = outcome.report();
        if (outcome.status() == Batch.Status.ADVISED) {
            String recommended = report.summary().recommendedOfferId();
            String verdicts = report.summary().offers().stream()
                    .map(o -> Printable.clip(o.offerId(), OFFER_WIDTH) + " " + Printable.clip(o.verdict(), OFFER_WIDTH))
                    .collect(Collectors.joining(", "));
            return new String[] {name, String.valueOf(report.offers().size()),
                    recommended == null ? "-" : Printable.clip(recommended, OFFER_WIDTH),
                    Printable.clip(verdicts, LAST_WIDTH)};
        }
        int more = outcome.problems().size() - 1;
        String error = outcome.status().label + ": " + outcome.problems().get(0)
                + (more > 0 ? " (and " + more + " more)" : "");
        return new String[] {name, report == null ? "-" : String.valueOf(report.offers().size()), "-",
                Printable.clip(error, LAST_WIDTH)};
    }

    /** {@code 20 cases: 18 advised, 2 refused}. */
    private static String totals(List<Batch.Outcome> outcomes) {
        Map<Batch.Status, Integer> counts = new EnumMap<>(Batch.Status.class);
        outcomes.forEach(o -> counts.merge(o.status(), 1, Integer::sum));
        return outcomes.size() + (outcomes.size() == 1 ? " case: " : " cases: ") + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + (e.getKey() == Batch.Status.ADVISED ? "advised" : e.getKey().label))
                .collect(Collectors.joining(", "));
    }
}
