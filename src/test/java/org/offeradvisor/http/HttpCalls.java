package org.offeradvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.offeradvisor.bench.Cases;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests to a server in the test's process, and the checks every problem answer must pass. */
final class HttpCalls {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;
    private final String token;

    HttpCalls(int port, String token) {
        this.port = port;
        this.token = token;
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, byte[] caseJson) throws Exception {
        return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofByteArray(caseJson)));
    }

    /**
     * Sends {@code body} to {@code path} while the server's only worker is busy with a large case, until it is refused
     * (it takes a few tries on a loaded machine, at most 5): the last answer, 503 unless every try found the worker free.
     */
    HttpResponse<String> whileTheWorkerIsBusy(String path, byte[] body) throws Exception {
        byte[] large = Cases.withOffers(400);
        HttpResponse<String> answer = null;
        for (int attempt = 0; attempt < 5 && (answer == null || answer.statusCode() != 503); attempt++) {
            CompletableFuture<HttpResponse<String>> busy = CompletableFuture.supplyAsync(() -> {
                try {
                    return post("/v1/advice?explain=true", large);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            while (!busy.isDone() && !get("/metrics").body().contains("offer_advisor_http_requests_in_flight 1")) {
                Thread.onSpinWait();
            }
            answer = post(path, body);
            assertThat(busy.get().statusCode()).isEqualTo(200);
        }
        return answer;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The response's problem document, checked to be one: status, media type, and no trace of the server's insides. */
    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("at org.", "at io.", "Exception", "javalin", "jetty");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }
}
