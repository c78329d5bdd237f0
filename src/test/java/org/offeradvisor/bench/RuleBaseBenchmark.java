package org.offeradvisor.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.offeradvisor.OfferAdvisor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** How long compiling the shipped rules/ takes: what a start, a --watch rebuild or a portal's boot pays. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class RuleBaseBenchmark {
    @Benchmark
    public OfferAdvisor buildFromRules() {
        return OfferAdvisor.fromRules(Path.of("rules"));
    }
}
