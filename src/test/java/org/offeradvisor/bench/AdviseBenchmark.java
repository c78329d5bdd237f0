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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast a built advisor answers (run with ./bench): one session per case on a shared rule base, from
 * case bytes to the JSON report. The rule base is built once, in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdviseBenchmark {
    private OfferAdvisor advisor;
    private byte[] oneOffer;
    private byte[] threeOffers;

    @Setup
    public void setup() throws IOException {
        advisor = OfferAdvisor.fromRules(Path.of("rules"));
        oneOffer = Files.readAllBytes(Path.of("facts-examples/high-growth-senior.json"));
        threeOffers = Files.readAllBytes(Path.of("facts-examples/three-offer-custom-weights.json"));
    }

    @Benchmark
    public String oneOfferToJson() {
        return OfferAdvisor.toJson(advisor.advise(oneOffer));
    }

    @Benchmark
    public String threeOffersToJson() {
        return OfferAdvisor.toJson(advisor.advise(threeOffers));
    }

    @Benchmark
    public String threeOffersToText() {
        return OfferAdvisor.toText(advisor.advise(threeOffers));
    }
}
