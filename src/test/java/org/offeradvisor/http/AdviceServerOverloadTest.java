package org.offeradvisor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offeradvisor.http.HttpCalls.problem;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.offeradvisor.Advisors;

/**
 * The bounded queue: with one worker and no queue, a case that arrives while another is being computed is refused at
 * once with 503 and {@code Retry-After}, counted in the metrics, and served once the worker is free.
 */
class AdviceServerOverloadTest {
    @Test
    void aRequestBeyondTheQueueIsRefusedWithRetryAfter() throws Exception {
        byte[] twoOffers = Files.readAllBytes(Path.of("facts-examples/two-offer-comparison.json"));
        try (AdviceServer server = AdviceServer.builder(Advisors.shipped()).port(0)
                .admission(1, 0, Duration.ZERO).start()) {
            HttpCalls caller = new HttpCalls(server.port(), null);
            HttpResponse<String> refused = caller.whileTheWorkerIsBusy("/v1/advice", twoOffers);

            assertThat(refused.statusCode()).as("a request met a busy worker in 5 tries").isEqualTo(503);
            assertThat(problem(refused, 503).get("detail").asString()).contains("queue is full");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(caller.post("/v1/advice", twoOffers).statusCode()).isEqualTo(200);
            String metrics = caller.get("/metrics").body();
            assertThat(metrics).containsPattern("offer_advisor_http_overloaded_total [1-5]\n")
                    .containsPattern("offer_advisor_http_requests_total\\{route=\"/v1/advice\",method=\"POST\",status=\"503\"} [1-5]\n")
                    .contains("offer_advisor_http_requests_in_flight 0\n");
        }
    }

    @Test
    void aQueuedRequestWaitsForTheWorkerAndTheOneBeyondTheQueueDoesNot() throws Exception {
        Admission admission = new Admission(1, 1, Duration.ofSeconds(5));
        assertThat(admission.enter()).isTrue();
        CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(() -> {
            try {
                return admission.enter();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        while (admission.queued() == 0) {
            Thread.onSpinWait();
        }

        assertThat(admission.enter()).as("beyond the queue").isFalse();
        admission.exit();
        assertThat(queued.get()).isTrue();
        assertThat(admission.inFlight()).isEqualTo(1);
        assertThat(new Admission(1, 1, Duration.ofMillis(10)).enter()).isTrue();
    }

    @Test
    void aQueuedRequestGivesUpAfterTheLongestWait() throws Exception {
        Admission admission = new Admission(1, 4, Duration.ofMillis(50));
        assertThat(admission.enter()).isTrue();

        assertThat(admission.enter()).isFalse();
        assertThat(admission.queued()).isZero();
    }
}
