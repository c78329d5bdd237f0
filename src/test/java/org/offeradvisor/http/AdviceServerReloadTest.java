package org.offeradvisor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offeradvisor.http.HttpCalls.json;
import static org.offeradvisor.http.HttpCalls.problem;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.Advisors;
import org.offeradvisor.ReloadingOfferAdvisor;
import org.offeradvisor.engine.RuleBaseLoader;

import tools.jackson.databind.JsonNode;

/**
 * Hot reload under load: while four clients ask for advice without pause, the rules directory gets a good change and
 * then a broken one. Every request is answered 200 with one of the two good rule sets, the broken change keeps the
 * last good rules serving and shows in {@code /readyz}, {@code /metrics} and the admin route, and fixing it reloads.
 */
class AdviceServerReloadTest {
    private static final String TOKEN = "reload-test-token-0123";

    @TempDir
    Path tmp;

    @Test
    void aGoodThenABrokenChangeWhileRequestsRun() throws Exception {
        Path dir = Advisors.copyOfRules(tmp);
        byte[] twoOffers = Files.readAllBytes(Path.of("facts-examples/two-offer-comparison.json"));
        List<String> log = new ArrayList<>();
        try (ReloadingOfferAdvisor rules = ReloadingOfferAdvisor.builder(dir).clock(Advisors.CLOCK)
                .settle(Duration.ofMillis(50)).build();
             AdviceServer server = AdviceServer.builder(rules).port(0).token(TOKEN).log(log::add).start()) {
            HttpCalls caller = new HttpCalls(server.port(), TOKEN);
            String first = rules.fingerprint();
            String[] second = new String[1];
            AtomicBoolean running = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                loops.add(clients.submit(() -> {
                    while (running.get()) {
                        HttpResponse<String> response = caller.post("/v1/advice", twoOffers);
                        String header = response.headers().firstValue("X-Rules-Fingerprint").orElse("none");
                        String body = response.statusCode() == 200
                                ? json(response).get("rules").get("fingerprint").asString() : response.body();
                        answers.add(response.statusCode() + " " + header + " " + body);
                    }
                    return null;
                }));
            }
            try {
                // a good change: the data file's bytes, not its meaning, so only the fingerprint tells the rule sets apart
                Files.writeString(dir.resolve("data/benchmarks.json"), "\n", java.nio.file.StandardOpenOption.APPEND);
                second[0] = RuleBaseLoader.fingerprint(dir);
                assertThat(second[0]).isNotEqualTo(first);
                JsonNode ready = await(caller, r -> r.get("fingerprint").asString().equals(second[0]));
                assertThat(ready.get("lastReload").get("outcome").asString()).isEqualTo("reloaded");

                Advisors.edit(dir.resolve("market.drl"), "\nthen\n", "\n    Nonsense( ==\nthen\n");
                JsonNode failing = await(caller, r -> r.get("lastReload").get("outcome").asString().equals("failed"));
                assertThat(failing.get("fingerprint").asString()).isEqualTo(second[0]);
                assertThat(failing.get("lastReload").get("problems").get(0).get("path").asString()).startsWith("market.drl:");

                JsonNode forced = problem(caller.post("/v1/admin/reload", new byte[0]), 422);
                assertThat(forced.get("detail").asString()).contains(second[0]);
                assertThat(forced.get("problems").get(0).get("path").asString()).startsWith("market.drl:");
                String metrics = caller.get("/metrics").body();
                assertThat(metrics).contains("offer_advisor_rules_info{fingerprint=\"" + second[0] + "\"} 1",
                        "offer_advisor_rules_reload_failing 1", "offer_advisor_rule_reloads_total{outcome=\"reloaded\"} 1");
                assertThat(metrics).doesNotContain("offer_advisor_rule_reloads_total{outcome=\"failed\"} 0");
                Thread.sleep(300); // requests keep running on the last good rules
            } finally {
                running.set(false);
                for (Future<?> loop : loops) {
                    loop.get();
                }
                clients.shutdown();
            }
            assertThat(answers).hasSizeGreaterThan(8);
            Set<String> good = Set.of(first, second[0]);
            assertThat(answers).allSatisfy(answer -> {
                String[] parts = answer.split(" ", 3);
                assertThat(parts[0]).isEqualTo("200");
                assertThat(good).contains(parts[1]);
                assertThat(parts[2]).isEqualTo(parts[1]);
            });
            assertThat(answers.stream().map(a -> a.split(" ")[1]).distinct()).hasSize(2);

            Advisors.edit(dir.resolve("market.drl"), "\n    Nonsense( ==\nthen\n", "\nthen\n");
            await(caller, r -> r.get("lastReload").get("outcome").asString().equals("unchanged")
                    || r.get("lastReload").get("outcome").asString().equals("reloaded"));
            assertThat(rules.status().healthy()).isTrue();
            assertThat(log).anySatisfy(line -> assertThat(line).startsWith("serving http://127.0.0.1:"));
            assertThat(String.join("\n", log)).doesNotContain("baseSalary", "Confluent");
        }
    }

    /** Polls {@code /readyz} until its detail satisfies {@code done} (the watcher reloads within a few seconds). */
    private static JsonNode await(HttpCalls caller, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode ready = json(caller.get("/readyz"));
            if (ready.has("lastReload") && done.test(ready) || System.nanoTime() > deadline) {
                assertThat(done.test(ready)).as("readyz: %s", ready).isTrue();
                return ready;
            }
            Thread.sleep(20);
        }
    }
}
