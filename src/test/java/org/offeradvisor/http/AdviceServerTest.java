package org.offeradvisor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.Problem;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP API, in-process on a free port, over the shipped rules: every route and every refusal. */
class AdviceServerTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static AdviceServer server;
    private static byte[] twoOffers;

    @BeforeAll
    static void start() throws Exception {
        server = AdviceServer.start(Advisors.shipped(), "127.0.0.1", 0);
        twoOffers = Files.readAllBytes(Path.of("facts-examples/two-offer-comparison.json"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void adviceIsTheJsonReportByteForByte() throws Exception {
        HttpResponse<byte[]> response = send(post("/v1/advice", "application/json", twoOffers));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo(
                OfferAdvisor.toJson(Advisors.shipped().advise(twoOffers)).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptChoosesHtmlOrMarkdown() throws Exception {
        HttpResponse<String> html = sendText(post("/v1/advice", "application/json", twoOffers)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9").build());
        HttpResponse<String> markdown = sendText(post("/v1/advice", "application/json; charset=utf-8", twoOffers)
                .header("Accept", "text/markdown").build());

        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(html.body()).isEqualTo(OfferAdvisor.toHtml(Advisors.shipped().advise(twoOffers)));
        assertThat(markdown.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=utf-8");
        assertThat(markdown.body()).isEqualTo(OfferAdvisor.toMarkdown(Advisors.shipped().advise(twoOffers)));
    }

    @Test
    void explainAddsTheHowTrace() throws Exception {
        JsonNode plain = JSON.readTree(send(post("/v1/advice", "application/json", twoOffers)).body());
        HttpResponse<byte[]> explained = send(post("/v1/advice?explain=true", "application/json", twoOffers));

        assertThat(new String(explained.body(), StandardCharsets.UTF_8))
                .isEqualTo(OfferAdvisor.toJson(Advisors.shipped().explain(twoOffers)));
        assertThat(JSON.readTree(explained.body()).has("explanations")).isTrue();
        assertThat(plain.has("explanations")).isFalse();
    }

    @Test
    void aBadCaseIs400WithEachProblemAtItsJsonPath() throws Exception {
        byte[] bad = misspelt();
        HttpResponse<byte[]> response = send(post("/v1/advice", "application/json", bad));

        JsonNode problem = problem(response, 400);
        assertThat(problem.get("type").asString()).isEqualTo("urn:offer-advisor:problem:invalid-case");
        List<Problem> expected = Advisors.shipped().validate(bad);
        assertThat(expected).extracting(Problem::where).contains("offers[0].baseSalery");
        assertThat(problems(problem)).isEqualTo(expected);
    }

    @Test
    void invalidJsonIs400NamingWhereItBreaks() throws Exception {
        JsonNode problem = problem(send(post("/v1/advice", "application/json", "{\"offers\": [".getBytes())), 400);

        assertThat(problems(problem)).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("$");
            assertThat(p.message()).contains("line 1");
        });
    }

    @Test
    void validateGivesTheProblemsOrNoneWith200() throws Exception {
        JsonNode valid = JSON.readTree(send(post("/v1/validate", "application/json", twoOffers)).body());
        HttpResponse<byte[]> response = send(post("/v1/validate", "application/json", misspelt()));
        JsonNode invalid = JSON.readTree(response.body());

        assertThat(valid.toString()).isEqualTo("{\"valid\":true,\"problems\":[]}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(invalid.get("valid").asBoolean()).isFalse();
        assertThat(problems(invalid)).isEqualTo(Advisors.shipped().validate(misspelt()));
    }

    @Test
    void aCaseNotSentAsJsonIs415() throws Exception {
        problem(send(post("/v1/advice", "text/plain", twoOffers)), 415);
        problem(send(HttpRequest.newBuilder(uri("/v1/validate")).POST(BodyPublishers.ofByteArray(twoOffers))), 415);
    }

    @Test
    void aBodyOverOneMebibyteIs413() throws Exception {
        byte[] big = new byte[(1 << 20) + 1];
        java.util.Arrays.fill(big, (byte) ' ');

        JsonNode problem = problem(send(post("/v1/advice", "application/json", big)), 413);
        assertThat(problem.get("detail").asString()).contains("1 MiB");
        problem(send(post("/v1/validate", "application/json", BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(big)))), 413);
    }

    @Test
    void anUnknownRouteIs404AndAWrongMethod405() throws Exception {
        JsonNode notFound = problem(send(HttpRequest.newBuilder(uri("/v1/nothing")).GET()), 404);
        HttpResponse<byte[]> getAdvice = send(HttpRequest.newBuilder(uri("/v1/advice")).GET());
        JsonNode wrongMethod = problem(getAdvice, 405);
        HttpResponse<byte[]> postHealth = send(HttpRequest.newBuilder(uri("/healthz")).POST(BodyPublishers.noBody()));

        assertThat(notFound.get("detail").asString()).contains("POST /v1/advice");
        assertThat(wrongMethod.get("title").asString()).isEqualTo("Method Not Allowed");
        assertThat(getAdvice.headers().firstValue("Allow")).hasValue("POST");
        problem(postHealth, 405);
        assertThat(postHealth.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void explainIsTrueOrFalse() throws Exception {
        problem(send(post("/v1/advice?explain=yes", "application/json", twoOffers)), 400);
    }

    @Test
    void healthAndReadinessAre200Json() throws Exception {
        HttpResponse<byte[]> health = send(HttpRequest.newBuilder(uri("/healthz")).GET());
        HttpResponse<byte[]> ready = send(HttpRequest.newBuilder(uri("/readyz")).GET());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(new String(health.body(), StandardCharsets.UTF_8)).isEqualTo("{\"status\":\"ok\"}");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(JSON.readTree(ready.body()).get("fingerprint").asString())
                .isEqualTo(Advisors.shipped().fingerprint()).startsWith("sha256:");
    }

    @Test
    void eightParallelRequestsGetTheSameReport() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<byte[]>>> responses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                responses.add(pool.submit(() -> send(post("/v1/advice", "application/json", twoOffers))));
            }
            byte[] expected = OfferAdvisor.toJson(Advisors.shipped().advise(twoOffers)).getBytes(StandardCharsets.UTF_8);
            for (Future<HttpResponse<byte[]>> response : responses) {
                assertThat(response.get().statusCode()).isEqualTo(200);
                assertThat(response.get().body()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAddressBeyondLoopbackIsNotBoundWithoutAToken() {
        assertThatThrownBy(() -> AdviceServer.start(Advisors.shipped(), "0.0.0.0", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--token-file");
    }

    @Test
    void aPortInUseIsABindException() {
        assertThatThrownBy(() -> AdviceServer.start(Advisors.shipped(), "127.0.0.1", server.port()))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(BindException.class)
                .hasMessageContaining(":" + server.port());
    }

    private static byte[] misspelt() {
        return new String(twoOffers, StandardCharsets.UTF_8).replaceFirst("\"baseSalary\"", "\"baseSalery\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The response's problem document, checked to be one: status, media type, and no trace of the server's insides. */
    private static JsonNode problem(HttpResponse<byte[]> response, int status) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(body).doesNotContain("at org.", "at io.", "Exception", "javalin", "jetty");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    private static List<Problem> problems(JsonNode document) {
        List<Problem> problems = new ArrayList<>();
        document.get("problems").forEach(p -> problems.add(new Problem(p.get("path").asString(), p.get("message").asString())));
        return problems;
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpRequest.Builder post(String path, String contentType, byte[] body) {
        return post(path, contentType, BodyPublishers.ofByteArray(body));
    }

    private static HttpRequest.Builder post(String path, String contentType, BodyPublisher body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).POST(body);
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> sendText(HttpRequest request) throws Exception {
        return CLIENT.send(request, BodyHandlers.ofString());
    }
}
