package org.offeradvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** Every example's JSON report, plain and with --explain, is what the published schema/report.schema.json says. */
class ReportSchemaTest {
    private static final Schema SCHEMA = load();

    private static Schema load() {
        try (InputStream in = Files.newInputStream(Path.of("schema/report.schema.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("facts-examples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleReportMatchesThePublishedSchema(Path example) {
        for (boolean explain : new boolean[] {false, true}) {
            String json = OfferAdvisor.toJson(explain ? Advisors.shipped().explain(example) : Advisors.shipped().advise(example));
            assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(example + (explain ? " with --explain" : "")).isEmpty();
        }
    }

    @Test
    void aReportOfTheOldVersionOrWithoutItsSummaryIsRejected() throws IOException {
        String json = OfferAdvisor.toJson(Advisors.shipped().advise(Path.of("facts-examples/faang-senior.json")));
        assertThat(SCHEMA.validate(json.replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"), InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate(json.replaceFirst("\"summary\"", "\"summery\""), InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate(json.replace("\"verdict\": \"NEGOTIATE\"", "\"verdict\": \"HAGGLE\""), InputFormat.JSON))
                .isNotEmpty();
    }
}
