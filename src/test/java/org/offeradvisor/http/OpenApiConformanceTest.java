package org.offeradvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.ReloadingOfferAdvisor;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The OpenAPI document against the server it describes. The routes the server really has are exactly the documented
 * operations; for every operation, real requests produce every status it documents, each media type of each, and every
 * answer is checked against the document: status listed, Content-Type listed, body valid against the listed schema
 * (JSON Schema 2020-12, {@code #/components/...} resolved in the document as served), documented headers present and
 * valid. A method a path does not take and a path the server lacks answer as the document's shared responses say.
 */
class OpenApiConformanceTest {
    private static final String TOKEN = "openapi-conformance-token-0123";
    /** The IRI the served document is registered under, so that a schema's {@code #/components/...} resolves in it. */
    private static final String BASE = "https://offer-advisor.test/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /**
     * Documented routes added by the web-page branch (GET /, GET /v1/examples, GET /v1/examples/{name}): a server
     * without them yet is not failed for lacking them, and their requests are left out; once the server has them they
     * are compared and requested like every other route.
     */
    private static final Set<String> WEB_PAGE_ROUTES = Set.of("GET /", "GET /v1/examples", "GET /v1/examples/{name}");
    private static final AtomicInteger INLINE = new AtomicInteger();

    @TempDir
    static Path tmp;
    private static Path rulesDir;
    private static ReloadingOfferAdvisor rules;
    /** Reloading rules and a token: most answers, 401 and 422 among them. */
    private static AdviceServer guarded;
    /** Fixed rules and a token: the 409 of a reload. */
    private static AdviceServer fixed;
    /** No token, rules that fail on some valid cases, one worker and no queue: 403, 500 and 503. */
    private static AdviceServer open;
    private static JsonNode document;
    private static SchemaRegistry registry;
    private static byte[] twoOffers;

    @BeforeAll
    static void start() throws Exception {
        rulesDir = Advisors.copyOfRules(tmp.resolve("reloading"));
        rules = ReloadingOfferAdvisor.builder(rulesDir).clock(Advisors.CLOCK).watching(false).build();
        guarded = AdviceServer.builder(rules).port(0).token(TOKEN).start();
        fixed = AdviceServer.builder(Advisors.shipped()).port(0).token(TOKEN).start();
        OfferAdvisor faulty = OfferAdvisor.builder(Advisors.copyOfRulesWithFaults(tmp.resolve("faulty")))
                .clock(Advisors.CLOCK).build();
        open = AdviceServer.builder(faulty).port(0).admission(1, 0, Duration.ZERO).start();
        twoOffers = Files.readAllBytes(Path.of("facts-examples/two-offer-comparison.json"));

        String served = new HttpCalls(guarded.port(), null).get("/openapi.json").body();
        document = HttpCalls.JSON.readTree(served);
        // the document as served is the one schema resource every response schema refers into; nothing is fetched
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaLoader(loader -> loader.fetchRemoteResources(false))
                .schemas(Map.of(BASE, served)));
    }

    @AfterAll
    static void stop() {
        guarded.close();
        fixed.close();
        open.close();
        rules.close();
    }

    @Test
    void theServerHasExactlyTheDocumentedRoutes() {
        SortedSet<String> documented = documentedRoutes();
        SortedSet<String> expected = new TreeSet<>(documented);
        expected.removeIf(route -> WEB_PAGE_ROUTES.contains(route) && !guarded.routes().contains(route));

        assertThat(guarded.routes()).as("the server's routes against the document's operations").isEqualTo(expected);
        assertThat(documented).containsAll(WEB_PAGE_ROUTES);
    }

    @Test
    void everyDocumentedAnswerHappensAndConformsToTheDocument() throws Exception {
        Set<String> produced = new TreeSet<>();
        for (Call call : calls()) {
            if (!guarded.routes().contains(call.route())) {
                continue; // a web-page route the server lacks yet (theServerHasExactlyTheDocumentedRoutes allows only those)
            }
            HttpResponse<String> response = call.request().send();
            String what = call.route() + " (" + call.why() + ")";
            assertThat(response.statusCode()).as("%s: status; body %s", what, response.body()).isEqualTo(call.status());
            JsonNode responses = operation(call.route()).get("responses");
            assertThat(responses.has(String.valueOf(call.status()))).as("%s: status %d documented", what, call.status())
                    .isTrue();
            String mediaType = conforms(responses.get(String.valueOf(call.status())), response, what);
            produced.add(call.route() + " " + call.status() + " " + mediaType);
        }

        Set<String> documented = new TreeSet<>();
        for (String route : documentedRoutes()) {
            if (guarded.routes().contains(route)) {
                operation(route).get("responses").properties().forEach(status -> resolve(status.getValue()).get("content")
                        .propertyNames().forEach(type -> documented.add(route + " " + status.getKey() + " " + type)));
            }
        }
        assertThat(produced).as("the answers the requests produced, against every documented one").isEqualTo(documented);
    }

    @Test
    void aMethodAPathDoesNotTakeIs405WithAllowAndAnUnknownPathIs404() throws Exception {
        HttpCalls caller = new HttpCalls(guarded.port(), TOKEN);
        JsonNode shared = document.get("components").get("responses");
        for (String path : document.get("paths").propertyNames()) {
            JsonNode item = document.get("paths").get(path);
            List<String> taken = item.propertyNames().stream().filter(METHODS::contains)
                    .map(method -> method.toUpperCase(Locale.ROOT)).sorted().toList();
            if (taken.stream().noneMatch(method -> guarded.routes().contains(method + " " + path))) {
                continue; // a web-page route the server lacks yet
            }
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                if (taken.contains(method)) {
                    continue;
                }
                HttpResponse<String> response = HttpCalls.send(caller.request(concrete(path))
                        .method(method, BodyPublishers.noBody()));
                String what = method + " " + path;
                assertThat(response.statusCode()).as(what).isEqualTo(405);
                conforms(shared.get("MethodNotAllowed"), response, what);
                assertThat(response.headers().firstValue("Allow")).as(what).hasValue(String.join(", ", taken));
            }
        }
        HttpResponse<String> unknown = caller.get("/v1/no-such-route");
        assertThat(unknown.statusCode()).isEqualTo(404);
        conforms(shared.get("NotFound"), unknown, "GET /v1/no-such-route");
    }

    /**
     * The embedded Case and Report components check through their own {@code #/$defs/...}: a nested mistake is refused,
     * so the validation of the answers above is not vacuous (and the Case is used even before the examples route is).
     */
    @Test
    void theEmbeddedCaseAndReportSchemasResolveTheirOwnDefinitions() {
        JsonNode caseRef = HttpCalls.JSON.readTree("{\"$ref\": \"#/components/schemas/Case\"}");
        JsonNode reportRef = HttpCalls.JSON.readTree("{\"$ref\": \"#/components/schemas/Report\"}");
        String report = OfferAdvisor.toJson(Advisors.shipped().advise(twoOffers));

        assertThat(validate(caseRef, HttpCalls.JSON.readTree(twoOffers))).isEmpty();
        assertThat(validate(caseRef, HttpCalls.JSON.readTree(new String(twoOffers, StandardCharsets.UTF_8)
                .replaceFirst("\"baseSalary\": *[0-9]+", "\"baseSalary\": -1")))).isNotEmpty();
        assertThat(validate(reportRef, HttpCalls.JSON.readTree(report))).isEmpty();
        assertThat(validate(reportRef, HttpCalls.JSON.readTree(report.replaceFirst("\"sha256:", "\"md5:")))).isNotEmpty();
    }

    /**
     * The requests, each for one documented answer; their order matters only for the reload: its 422 leaves the rules
     * directory broken, which the later {@code /readyz} then reports.
     */
    private List<Call> calls() {
        HttpCalls withToken = new HttpCalls(guarded.port(), TOKEN);
        HttpCalls anonymous = new HttpCalls(guarded.port(), null);
        HttpCalls fixedRules = new HttpCalls(fixed.port(), TOKEN);
        HttpCalls openCalls = new HttpCalls(open.port(), null);
        byte[] misspelt = new String(twoOffers, StandardCharsets.UTF_8).replaceFirst("\"baseSalary\"", "\"baseSalery\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tooLarge = new byte[(1 << 20) + 1];
        Arrays.fill(tooLarge, (byte) ' ');
        List<Call> calls = new ArrayList<>();
        for (String path : List.of("/v1/advice", "/v1/validate")) {
            String route = "POST " + path;
            calls.add(new Call(route, 401, "no token", () -> anonymous.post(path, twoOffers)));
            calls.add(new Call(route, 413, "a body over 1 MiB", () -> withToken.post(path, tooLarge)));
            calls.add(new Call(route, 415, "text/plain", () -> HttpCalls.send(withToken.request(path)
                    .header("Content-Type", "text/plain").POST(BodyPublishers.ofByteArray(twoOffers)))));
            calls.add(new Call(route, 503, "a busy worker and no queue", () -> openCalls.whileTheWorkerIsBusy(path, twoOffers)));
        }
        calls.add(new Call("POST /v1/advice", 200, "JSON", () -> withToken.post("/v1/advice", twoOffers)));
        calls.add(new Call("POST /v1/advice", 200, "explained", () -> withToken.post("/v1/advice?explain=true", twoOffers)));
        for (String accept : List.of("text/html,application/xhtml+xml;q=0.9", "text/markdown")) {
            calls.add(new Call("POST /v1/advice", 200, accept, () -> HttpCalls.send(withToken.request("/v1/advice")
                    .header("Content-Type", "application/json").header("Accept", accept)
                    .POST(BodyPublishers.ofByteArray(twoOffers)))));
        }
        calls.add(new Call("POST /v1/advice", 400, "a misspelt field", () -> withToken.post("/v1/advice", misspelt)));
        calls.add(new Call("POST /v1/advice", 400, "JSON cut short", () -> withToken.post("/v1/advice", "{\"offers\": [".getBytes())));
        calls.add(new Call("POST /v1/advice", 400, "explain=yes", () -> withToken.post("/v1/advice?explain=yes", twoOffers)));
        calls.add(new Call("POST /v1/advice", 500, "a rule that divides by zero", () -> openCalls.post("/v1/advice", """
                { "candidate": { "level": "L5" }, "situation": { "asOf": "2026-12-01" },
                  "offers": [ { "id": "x", "company": "Zero", "companyType": "FAANG", "level": "L5", "baseSalary": 250000 } ] }
                """.getBytes(StandardCharsets.UTF_8))));
        calls.add(new Call("POST /v1/validate", 200, "a valid case", () -> withToken.post("/v1/validate", twoOffers)));
        calls.add(new Call("POST /v1/validate", 200, "a misspelt field", () -> withToken.post("/v1/validate", misspelt)));
        for (String route : List.of("GET /v1/rules", "GET /v1/kinds", "GET /metrics")) {
            String path = route.substring(4);
            calls.add(new Call(route, 200, "the token", () -> withToken.get(path)));
            calls.add(new Call(route, 401, "no token", () -> anonymous.get(path)));
        }
        calls.add(new Call("GET /healthz", 200, "no token", () -> anonymous.get("/healthz")));
        calls.add(new Call("GET /readyz", 200, "fixed rules", () -> openCalls.get("/readyz")));
        calls.add(new Call("GET /openapi.json", 200, "no token", () -> anonymous.get("/openapi.json")));
        calls.add(new Call("POST /v1/admin/reload", 200, "unchanged rules", () -> withToken.post("/v1/admin/reload", new byte[0])));
        calls.add(new Call("POST /v1/admin/reload", 401, "no token", () -> anonymous.post("/v1/admin/reload", new byte[0])));
        calls.add(new Call("POST /v1/admin/reload", 403, "a server without a token",
                () -> openCalls.post("/v1/admin/reload", new byte[0])));
        calls.add(new Call("POST /v1/admin/reload", 409, "fixed rules", () -> fixedRules.post("/v1/admin/reload", new byte[0])));
        calls.add(new Call("POST /v1/admin/reload", 422, "a rule that does not compile", () -> {
            Files.writeString(rulesDir.resolve("broken.drl"), "package broken;\nrule \"Broken\"\nwhen\n    Nonsense( ==\nthen\nend\n");
            return withToken.post("/v1/admin/reload", new byte[0]);
        }));
        calls.add(new Call("GET /readyz", 200, "after a failed reload", () -> anonymous.get("/readyz")));
        calls.add(new Call("GET /", 200, "no token", () -> anonymous.get("/")));
        calls.add(new Call("GET /v1/examples", 200, "no token", () -> anonymous.get("/v1/examples")));
        calls.add(new Call("GET /v1/examples/{name}", 200, "a shipped example", () -> anonymous.get("/v1/examples/two-offer-comparison")));
        calls.add(new Call("GET /v1/examples/{name}", 404, "no such example", () -> anonymous.get("/v1/examples/no-such-example")));
        return calls;
    }

    /**
     * Checks an answer against a documented response and returns the media type it matched: its Content-Type is one
     * the response lists, its body is valid against that media type's schema, and its documented headers are there.
     */
    private static String conforms(JsonNode documented, HttpResponse<String> response, String what) {
        JsonNode expected = resolve(documented);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String mediaType = expected.get("content").propertyNames().stream()
                .filter(type -> matches(type, contentType)).findFirst().orElse(null);
        assertThat(mediaType).as("%s: Content-Type %s among %s", what, contentType, expected.get("content").propertyNames())
                .isNotNull();
        boolean json = mediaType.equals("application/json") || mediaType.endsWith("+json");
        JsonNode body = json ? HttpCalls.JSON.readTree(response.body()) : StringNode.valueOf(response.body());
        assertThat(validate(expected.get("content").get(mediaType).get("schema"), body))
                .as("%s: %s body against the document; body %s", what, mediaType, abbreviated(response.body())).isEmpty();
        if (mediaType.equals("application/problem+json")) {
            assertThat(body.get("status").asInt()).as("%s: the problem's status", what).isEqualTo(response.statusCode());
        }
        if (expected.has("headers")) {
            expected.get("headers").properties().forEach(entry -> {
                JsonNode header = resolve(entry.getValue());
                String value = response.headers().firstValue(entry.getKey()).orElse(null);
                if (value == null) {
                    assertThat(header.path("required").asBoolean()).as("%s: header %s", what, entry.getKey()).isFalse();
                    return;
                }
                JsonNode schema = header.get("schema");
                JsonNode node = "integer".equals(schema.path("type").asString()) && value.matches("-?[0-9]{1,9}")
                        ? IntNode.valueOf(Integer.parseInt(value)) : StringNode.valueOf(value);
                assertThat(validate(schema, node)).as("%s: header %s: %s", what, entry.getKey(), value).isEmpty();
            });
        }
        return mediaType;
    }

    /** Whether a Content-Type is the documented media type: the same type, with at least the documented parameters. */
    private static boolean matches(String documented, String contentType) {
        List<String> want = Arrays.stream(documented.toLowerCase(Locale.ROOT).split(";")).map(String::strip).toList();
        List<String> got = Arrays.stream(contentType.toLowerCase(Locale.ROOT).split(";")).map(String::strip).toList();
        return want.get(0).equals(got.get(0)) && got.containsAll(want);
    }

    /**
     * Validates against a schema of the document: its local {@code $ref}s made absolute, into the document registered
     * under {@link #BASE}, where the Case and Report components resolve their own {@code #/$defs/...} by their
     * {@code $id}s.
     */
    private static List<Error> validate(JsonNode schema, JsonNode instance) {
        JsonNode absolute = absoluteRefs(schema.deepCopy());
        Schema compiled = registry.getSchema(SchemaLocation.of("https://offer-advisor.test/inline/" + INLINE.incrementAndGet()),
                absolute);
        return compiled.validate(instance);
    }

    private static JsonNode absoluteRefs(JsonNode schema) {
        if (schema instanceof ObjectNode object && !object.has("$id")) { // a schema with its own $id resolves in itself
            if (object.has("$ref") && object.get("$ref").asString().startsWith("#")) {
                object.put("$ref", BASE + object.get("$ref").asString());
            }
            object.forEach(OpenApiConformanceTest::absoluteRefs);
        } else if (schema.isArray()) {
            schema.forEach(OpenApiConformanceTest::absoluteRefs);
        }
        return schema;
    }

    /** A Reference Object of the document, followed to what it names; anything else as it is. */
    static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asString();
            assertThat(ref).as("a reference within the document").startsWith("#/");
            node = document.at(ref.substring(1));
            assertThat(node.isMissingNode()).as("%s resolves", ref).isFalse();
        }
        return node;
    }

    private static JsonNode operation(String route) {
        String[] methodAndPath = route.split(" ", 2);
        return document.get("paths").get(methodAndPath[1]).get(methodAndPath[0].toLowerCase(Locale.ROOT));
    }

    private static SortedSet<String> documentedRoutes() {
        SortedSet<String> routes = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().propertyNames().stream()
                .filter(METHODS::contains)
                .forEach(method -> routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return routes;
    }

    /** A documented path with its parameters filled in. */
    private static String concrete(String path) {
        return path.replace("{name}", "two-offer-comparison");
    }

    private static String abbreviated(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }

    /** One request, meant to produce {@code status} for {@code route} ("METHOD /path" as documented). */
    private record Call(String route, int status, String why, Request request) {
    }

    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send() throws Exception;
    }
}
