package org.offeradvisor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.offeradvisor.OfferAdvisor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast a built advisor answers (run with ./bench): one session per case on a shared rule base, from case
 * bytes to the JSON report, for the two-offer example and for cases of 1, 2, 10 and 50 offers. Run with
 * {@code -t 2} for all cores of the project's machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AdviseBenchmark {
    @Param({"1", "2", "10", "50"})
    public int offers;

    private OfferAdvisor advisor;
    private byte[] example;
    private byte[] generated;

    @Setup
    public void setup() throws IOException {
        advisor = OfferAdvisor.fromRules(Path.of("rules"));
        example = Files.readAllBytes(Path.of("facts-examples/two-offer-comparison.json"));
        generated = Cases.withOffers(offers);
    }

    /** The two-offer example, the figure of the goals (the parameter is ignored). */
    @Benchmark
    public String twoOfferExampleToJson() {
        return OfferAdvisor.toJson(advisor.advise(example));
    }

    @Benchmark
    public String offersToJson() {
        return OfferAdvisor.toJson(advisor.advise(generated));
    }
}
