package org.offeradvisor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.offeradvisor.http.HttpCalls.json;
import static org.offeradvisor.http.HttpCalls.problem;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offeradvisor.Advisors;
import org.offeradvisor.ReloadingOfferAdvisor;

/**
 * The token rules: with a token, every {@code /v1} route and {@code /metrics} need it and the probes and the OpenAPI
 * document do not; the admin route needs it always; an address beyond loopback needs one or an explicit opt-out.
 */
class AdviceServerAuthTest {
    private static final String TOKEN = "s3cret-token-0123456789";
    private static ReloadingOfferAdvisor rules;
    private static AdviceServer server;
    private static AdviceServer open;
    private static byte[] twoOffers;

    @BeforeAll
    static void start() throws Exception {
        rules = ReloadingOfferAdvisor.builder(Advisors.RULES).clock(Advisors.CLOCK).watching(false).build();
        server = AdviceServer.builder(rules).port(0).token(TOKEN).start();
        open = AdviceServer.builder(rules).port(0).start();
        twoOffers = Files.readAllBytes(Path.of("facts-examples/two-offer-comparison.json"));
    }

    @AfterAll
    static void stop() {
        server.close();
        open.close();
        rules.close();
    }

    @Test
    void theV1RoutesAndMetricsNeedTheToken() throws Exception {
        HttpCalls anonymous = new HttpCalls(server.port(), null);
        HttpCalls wrong = new HttpCalls(server.port(), TOKEN + "x");
        List<HttpResponse<String>> refused = new ArrayList<>();
        for (HttpCalls caller : List.of(anonymous, wrong)) {
            refused.add(caller.post("/v1/advice", twoOffers));
            refused.add(caller.post("/v1/validate", twoOffers));
            refused.add(caller.get("/v1/rules"));
            refused.add(caller.get("/v1/kinds"));
            refused.add(caller.get("/metrics"));
            refused.add(caller.post("/v1/admin/reload", new byte[0]));
        }

        assertThat(refused).allSatisfy(response -> {
            assertThat(problem(response, 401).get("detail").asString()).contains("Authorization: Bearer");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"offer-advisor\"");
            assertThat(response.body()).doesNotContain(TOKEN);
        });
    }

    @Test
    void theRightTokenIsServed() throws Exception {
        HttpCalls caller = new HttpCalls(server.port(), TOKEN);

        assertThat(caller.post("/v1/advice", twoOffers).statusCode()).isEqualTo(200);
        assertThat(json(caller.post("/v1/validate", twoOffers)).get("valid").asBoolean()).isTrue();
        assertThat(caller.get("/v1/rules").statusCode()).isEqualTo(200);
        assertThat(caller.get("/metrics").body()).contains("offer_advisor_rules_info{fingerprint=\"" + rules.fingerprint());
        assertThat(json(caller.post("/v1/admin/reload", new byte[0])).get("outcome").asString()).isEqualTo("unchanged");
    }

    @Test
    void theSchemeIsCaseInsensitiveAndTheTokenIsNot() throws Exception {
        HttpResponse<String> lower = HttpCalls.send(new HttpCalls(server.port(), null).request("/v1/kinds")
                .header("Authorization", "bearer " + TOKEN));
        HttpResponse<String> upper = HttpCalls.send(new HttpCalls(server.port(), null).request("/v1/kinds")
                .header("Authorization", "Bearer " + TOKEN.toUpperCase()));

        assertThat(lower.statusCode()).isEqualTo(200);
        assertThat(upper.statusCode()).isEqualTo(401);
    }

    @Test
    void probesAndTheDocumentNeedNoToken() throws Exception {
        HttpCalls anonymous = new HttpCalls(server.port(), null);

        assertThat(anonymous.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/readyz").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/openapi.json").statusCode()).isEqualTo(200);
    }

    @Test
    void withoutATokenTheAdminRouteIsForbiddenAndTheRestOpen() throws Exception {
        HttpCalls anonymous = new HttpCalls(open.port(), null);

        assertThat(problem(anonymous.post("/v1/admin/reload", new byte[0]), 403).get("detail").asString())
                .contains("--token-file");
        assertThat(anonymous.post("/v1/advice", twoOffers).statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/metrics").statusCode()).isEqualTo(200);
    }

    @Test
    void anAddressBeyondLoopbackNeedsATokenOrAnExplicitOptOut() {
        assertThatThrownBy(() -> AdviceServer.builder(rules).host("0.0.0.0").port(0).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--token-file")
                .hasMessageContaining("--insecure-no-auth");
        try (AdviceServer any = AdviceServer.builder(rules).host("0.0.0.0").port(0).insecureNoAuth().start()) {
            assertThat(any.port()).isPositive();
        }
        try (AdviceServer any = AdviceServer.builder(rules).host("0.0.0.0").port(0).token(TOKEN).start()) {
            assertThat(any.port()).isPositive();
        }
    }

    @Test
    void aShortOrSpacedTokenIsRefused() {
        assertThatThrownBy(() -> AdviceServer.builder(rules).token("short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16");
        assertThatThrownBy(() -> AdviceServer.builder(rules).token("sixteen chars but spaced"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
