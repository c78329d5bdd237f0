package org.offeradvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document is valid OpenAPI 3.1, as far as can be checked offline: it passes the OpenAPI Initiative's JSON
 * Schema of 3.1 documents (vendored under src/test/resources/openapi), and what that schema cannot say: every
 * {@code $ref} resolves, every operation has a unique operationId, tags, a summary and responses keyed by status codes,
 * every path parameter is declared, the token's 401 is documented exactly where the token can be asked for, and the
 * Case and Report components are the published schemas, filled in when the server starts.
 */
class OpenApiDocumentTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final JsonNode SERVED = HttpCalls.JSON.readTree(OpenApiDocument.bytes());

    @Test
    void theDocumentPassesTheOpenApi31Schema() throws IOException {
        Schema oas;
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/openapi/oas-3.1-schema-2021-04-15.json"))) {
            oas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        }

        assertThat(SERVED.get("openapi").asString()).matches("3\\.1\\.[0-9]+");
        assertThat(oas.validate(SERVED)).isEmpty();
    }

    @Test
    void everyReferenceResolves() {
        List<String> unresolved = new ArrayList<>();
        references(SERVED, SERVED, unresolved);
        assertThat(unresolved).as("references that name nothing").isEmpty();
    }

    @Test
    void everyOperationIsIdentifiedTaggedAndAnsweredByStatusCode() {
        Set<String> ids = new HashSet<>();
        Set<String> tags = new HashSet<>();
        SERVED.get("tags").forEach(tag -> tags.add(tag.get("name").asString()));
        SERVED.get("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(method -> METHODS.contains(method.getKey())).forEach(method -> {
                    String route = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    JsonNode operation = method.getValue();
                    assertThat(operation.path("operationId").asString("")).as(route).matches("[a-z][A-Za-z0-9]*");
                    assertThat(ids.add(operation.get("operationId").asString())).as("%s: operationId unique", route).isTrue();
                    assertThat(operation.path("summary").asString("")).as(route).isNotBlank();
                    assertThat(operation.path("description").asString("")).as(route).isNotBlank();
                    assertThat(operation.get("tags")).as(route).isNotEmpty()
                            .allSatisfy(tag -> assertThat(tags).contains(tag.asString()));
                    assertThat(operation.get("responses").propertyNames()).as(route).isNotEmpty()
                            .allSatisfy(status -> assertThat(status).matches("[1-5][0-9]{2}"));
                    assertThat(operation.has("security")).as("%s: says whether it needs the token", route).isTrue();
                    boolean bearer = !operation.get("security").isEmpty();
                    assertThat(operation.get("responses").has("401")).as("%s: 401 exactly when the token is needed", route)
                            .isEqualTo(bearer);
                }));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void everyPathParameterIsDeclared() {
        Pattern parameter = Pattern.compile("\\{([^}]+)}");
        SERVED.get("paths").properties().forEach(path -> {
            Set<String> declared = new HashSet<>();
            path.getValue().path("parameters").forEach(p -> {
                JsonNode resolved = p.has("$ref") ? SERVED.at(p.get("$ref").asString().substring(1)) : p;
                if (resolved.get("in").asString().equals("path")) {
                    assertThat(resolved.get("required").asBoolean()).as(path.getKey()).isTrue();
                    declared.add(resolved.get("name").asString());
                }
            });
            Set<String> named = new HashSet<>();
            Matcher m = parameter.matcher(path.getKey());
            while (m.find()) {
                named.add(m.group(1));
            }
            assertThat(declared).as(path.getKey()).isEqualTo(named);
        });
    }

    @Test
    void theCaseAndReportComponentsAreThePublishedSchemasFilledInAtStartup() throws IOException {
        JsonNode source;
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("openapi.json")) {
            source = HttpCalls.JSON.readTree(in);
        }
        JsonNode schemas = SERVED.get("components").get("schemas");

        assertThat(source.get("components").get("schemas").get("Case").isEmpty()).isTrue();
        assertThat(source.get("components").get("schemas").get("Report").isEmpty()).isTrue();
        assertThat(schemas.get("Case")).isEqualTo(HttpCalls.JSON.readTree(Path.of("schema/case.schema.json").toFile()));
        assertThat(schemas.get("Report")).isEqualTo(HttpCalls.JSON.readTree(Path.of("schema/report.schema.json").toFile()));
    }

    /**
     * Collects each {@code $ref} under {@code node} that names nothing. A schema with its own {@code $id} is a resource
     * of its own: its {@code #...} references resolve within it, as JSON Schema says, not in the OpenAPI document.
     */
    private static void references(JsonNode node, JsonNode resource, List<String> unresolved) {
        if (node.isObject()) {
            JsonNode base = node.has("$id") && node != SERVED ? node : resource;
            if (node.has("$ref")) {
                String ref = node.get("$ref").asString();
                if (!ref.startsWith("#/") || base.at(URLDecoder.decode(ref.substring(1), StandardCharsets.UTF_8)).isMissingNode()) {
                    unresolved.add(ref + (base == SERVED ? "" : " in " + base.get("$id").asString()));
                }
            }
            node.forEach(child -> references(child, base, unresolved));
        } else if (node.isArray()) {
            node.forEach(child -> references(child, resource, unresolved));
        }
    }
}
