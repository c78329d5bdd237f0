package org.offeradvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;

/** A rule that fails on a valid case is a 500 problem that tells the caller so, and nothing of the failure itself. */
class AdviceServerFaultsTest {
    @TempDir
    static Path tmp;
    private static AdviceServer server;

    @BeforeAll
    static void start() throws Exception {
        server = AdviceServer.start(OfferAdvisor.fromRules(Advisors.copyOfRulesWithFaults(tmp)), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anExceptionInARuleIsA500RulesFailedProblem() throws Exception {
        assertRulesFailed(advise("Zero"));
    }

    @Test
    void anErrorInARuleIsA500RulesFailedProblemToo() throws Exception {
        assertRulesFailed(advise("Deep"));
    }

    private static void assertRulesFailed(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).startsWith("{\"type\":\"urn:offer-advisor:problem:rules-failed\",")
                .contains("\"status\":500").doesNotContain("at org.", "Exception", "Error", "faults.drl", "Divide", "Recurse");
    }

    private static HttpResponse<String> advise(String company) throws Exception {
        String caseJson = """
                { "candidate": { "level": "L5" }, "situation": { "asOf": "2026-12-01" },
                  "offers": [ { "id": "x", "company": "%s", "companyType": "FAANG", "level": "L5", "baseSalary": 250000 } ] }
                """.formatted(company);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/advice"))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(caseJson)).build();
        return HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
    }
}
