package org.offeradvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;

/** The text report opens with what to do now (KNOWLEDGE.md §8.10): a reader knows the next step from its first 12 lines. */
class ReportTextTest {

    static List<Path> examples() throws IOException {
        return ReportSchemaTest.examples();
    }

    /** The report's lines before the first section after "What to do now". */
    private static List<String> opening(String text) {
        List<String> lines = text.lines().toList();
        int end = IntStream.range(4, lines.size()).filter(i -> lines.get(i).startsWith("==")).findFirst().orElse(lines.size()) - 1;
        return lines.subList(0, end).stream().collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleOpensWithWhatToDoNowWithinTwelveLines(Path example) {
        String text = OfferAdvisor.toText(Advisors.shipped().advise(example));
        List<String> opening = opening(text);
        assertThat(opening.get(2)).isEqualTo("What to do now");
        while (!opening.isEmpty() && opening.get(opening.size() - 1).isBlank()) {
            opening.remove(opening.size() - 1);
        }
        assertThat(opening).as(text).hasSizeLessThanOrEqualTo(12);
        assertThat(opening).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void manyOffersAndActionsStillFitAndSayWhereTheRestIs() {
        String offers = IntStream.rangeClosed(1, 9).mapToObj(i -> """
                { "id": "o%d", "company": "Company %d", "companyType": "OTHER", "baseSalary": %d, "expiresOn": "2026-12-03" }"""
                .formatted(i, i, 200000 + i * 1000)).collect(Collectors.joining(", "));
        String text = OfferAdvisor.toText(Advisors.shipped().advise("""
                { "candidate": { "level": "L5" }, "situation": { "asOf": "2026-12-01" }, "offers": [ %s ] }
                """.formatted(offers)));
        List<String> opening = opening(text);
        while (opening.get(opening.size() - 1).isBlank()) {
            opening.remove(opening.size() - 1);
        }
        assertThat(opening).hasSize(12);
        assertThat(opening.get(11)).contains("more below");
    }
}
