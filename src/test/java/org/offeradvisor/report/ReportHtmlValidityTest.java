package org.offeradvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;

import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTML report is valid HTML by the Nu Html Checker (run in this JVM, offline): no error and no warning. */
class ReportHtmlValidityTest {
    private static final EmbeddedValidator VALIDATOR = new EmbeddedValidator();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"facts-examples/two-offer-comparison.json", "src/test/resources/hostile/markup-company.json"})
    void theReportIsValidHtml(String example) throws Exception {
        String html = OfferAdvisor.toHtml(Advisors.shipped().advise(Path.of(example)));

        JsonNode result = JSON.readTree(VALIDATOR.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));

        assertThat(result.has("messages")).isTrue();
        assertThat(result.get("messages").valueStream().map(m -> m.get("type").asString() + " at line "
                + m.path("lastLine").asInt() + ": " + m.get("message").asString())).as(example).isEmpty();
    }
}
