package org.offeradvisor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offeradvisor.http.HttpCalls.json;
import static org.offeradvisor.http.HttpCalls.problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;

import tools.jackson.databind.JsonNode;

/** The routes beyond advice: the rules and kinds serving, readiness detail, metrics, request ids. */
class AdviceServerRoutesTest {
    private static AdviceServer server;
    private static HttpCalls caller;

    @BeforeAll
    static void start() {
        server = AdviceServer.start(Advisors.shipped(), "127.0.0.1", 0);
        caller = new HttpCalls(server.port(), null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void rulesListEveryRuleWithItsPlaceAndAdviceId() throws Exception {
        JsonNode rules = json(caller.get("/v1/rules"));
        OfferAdvisor advisor = Advisors.shipped();

        assertThat(rules.get("fingerprint").asString()).isEqualTo(advisor.fingerprint());
        assertThat(rules.get("benchmarksAsOf").asString()).isEqualTo(advisor.benchmarksAsOf());
        assertThat(rules.get("ruleCount").asInt()).isEqualTo(advisor.rules().size()).isGreaterThan(50);
        List<String> ids = new ArrayList<>();
        rules.get("rules").forEach(rule -> {
            assertThat(rule.get("file").asString()).endsWith(".drl");
            assertThat(rule.get("line").asInt()).isPositive();
            if (!rule.get("adviceId").isNull()) {
                ids.add(rule.get("adviceId").asString());
            }
        });
        assertThat(ids).contains("MKT-POSITION", "NEG-COUNTER");
    }

    @Test
    void kindsAreTheDocumentedAdviceKinds() throws Exception {
        JsonNode kinds = json(caller.get("/v1/kinds")).get("kinds");

        assertThat(kinds.size()).isEqualTo(Advisors.shipped().adviceKinds().size());
        JsonNode first = kinds.get(0);
        assertThat(first.get("id").asString()).isEqualTo(Advisors.shipped().adviceKinds().get(0).id());
        assertThat(first.get("summary").asString()).isNotBlank();
        assertThat(first.get("priority").asInt()).isBetween(1, 5);
    }

    @Test
    void readinessTellsTheRulesAndThatTheyAreFixed() throws Exception {
        JsonNode ready = json(caller.get("/readyz"));

        assertThat(ready.get("status").asString()).isEqualTo("ready");
        assertThat(ready.get("fingerprint").asString()).isEqualTo(Advisors.shipped().fingerprint());
        assertThat(ready.get("reloading").asBoolean()).isFalse();
        assertThat(ready.has("lastReload")).isFalse();
    }

    @Test
    void aServerOfFixedRulesCannotReload() throws Exception {
        // no token configured: the admin route is forbidden before it could tell that the rules are fixed
        problem(caller.post("/v1/admin/reload", new byte[0]), 403);
        try (AdviceServer withToken = AdviceServer.builder(Advisors.shipped()).port(0).token("0123456789abcdef").start()) {
            problem(new HttpCalls(withToken.port(), "0123456789abcdef").post("/v1/admin/reload", new byte[0]), 409);
        }
    }

    @Test
    void metricsCountRequestsByRouteNeverByWhatWasAsked() throws Exception {
        byte[] twoOffers = Files.readAllBytes(Path.of("facts-examples/two-offer-comparison.json"));
        caller.post("/v1/advice", twoOffers);
        caller.get("/no/such/route/%3Cscript%3E");
        String metrics = caller.get("/metrics").body();

        assertThat(caller.get("/metrics").headers().firstValue("Content-Type")).hasValue(Metrics.CONTENT_TYPE);
        assertThat(metrics).containsPattern("offer_advisor_http_requests_total\\{route=\"/v1/advice\",method=\"POST\",status=\"200\"} [1-9]")
                .containsPattern("offer_advisor_http_requests_total\\{route=\"unmatched\",method=\"GET\",status=\"404\"} [1-9]")
                .contains("offer_advisor_http_request_duration_seconds_bucket{route=\"/v1/advice\",le=\"+Inf\"}")
                .contains("offer_advisor_rules_info{fingerprint=\"" + Advisors.shipped().fingerprint() + "\"} 1")
                .contains("offer_advisor_rules_watched 0")
                .doesNotContain("script", "no/such");
        // every sample line is a name, labels and a number: what Prometheus parses
        assertThat(metrics.lines().filter(line -> !line.startsWith("#")))
                .allMatch(line -> line.matches("[a-z_]+(\\{[a-z]+=\"[^\"\\\\\n]*\"(,[a-z]+=\"[^\"\\\\\n]*\")*})? [0-9.]+"));
    }

    @Test
    void everyAnswerHasARequestIdAndAPlainClientIdIsKept() throws Exception {
        assertThat(caller.get("/healthz").headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("r[0-9]+"));
        assertThat(HttpCalls.send(caller.request("/healthz").header("X-Request-Id", "portal-42")).headers()
                .firstValue("X-Request-Id")).hasValue("portal-42");
        assertThat(HttpCalls.send(caller.request("/healthz").header("X-Request-Id", "bad id; drop")).headers()
                .firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("r[0-9]+"));
    }
}
