package org.offeradvisor.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.1 document of {@code GET /openapi.json}: {@code openapi.json} beside this class, with the published case
 * and report schemas ({@code schema/*.schema.json}) put in as its {@code Case} and {@code Report} components when the
 * server starts, so that the document never disagrees with the schemas the command line checks against.
 */
final class OpenApiDocument {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private OpenApiDocument() {
    }

    static byte[] bytes() {
        ObjectNode document = (ObjectNode) read("openapi.json");
        ObjectNode schemas = (ObjectNode) document.get("components").get("schemas");
        schemas.set("Case", read("/schema/case.schema.json"));
        schemas.set("Report", read("/schema/report.schema.json"));
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the program lacks its resource " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
