package org.offeradvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One advisor shared by 8 threads gives, call after call, the byte-identical report it gives one thread: the rule base
 * and data are shared, each call has a session of its own. Each thread makes {@code offer.advisor.concurrency.calls}
 * calls (10 in {@code mvn test}, 500 with {@code -Pproperties}), over a mix of the facts-examples cases.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int CALLS = Integer.getInteger("offer.advisor.concurrency.calls", 10);

    @Test
    void eightThreadsGiveTheReportsOfOne() throws Exception {
        List<byte[]> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("facts-examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                cases.add(Files.readAllBytes(file));
            }
        }
        OfferAdvisor advisor = Advisors.shipped();
        List<String> expected = cases.stream().map(c -> OfferAdvisor.toJson(advisor.advise(c))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                threads.add(pool.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int call = 0; call < CALLS; call++) {
                        int which = (offset + call) % cases.size(); // each thread walks the cases from its own start
                        if (!OfferAdvisor.toJson(advisor.advise(cases.get(which))).equals(expected.get(which))) {
                            mismatches.add("call " + call + ", case " + which);
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> thread : threads) {
                assertThat(thread.get()).as("reports that differ from the single-threaded ones").isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
