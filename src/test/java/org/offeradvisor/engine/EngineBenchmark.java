package org.offeradvisor.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.kie.api.runtime.KieSession;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.validation.CaseFacts;
import org.offeradvisor.validation.CaseReader;
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
 * The full path of one advice against the bare engine on the same rules and facts (run with ./bench): the bare
 * engine takes a session from the rule base's pool as the full path does, inserts the data and the
 * already-validated case facts, fires and disposes (which resets the session and gives it back); the full path
 * also reads and validates the case, logs the firings, assembles the report and writes its JSON. Their ratio
 * is what the path around the engine costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class EngineBenchmark {
    private RuleBase ruleBase;
    private OfferAdvisor advisor;
    private CaseFacts facts;
    private byte[] json;

    @Setup
    public void setup() throws IOException {
        ruleBase = RuleBaseLoader.load(Path.of("rules"));
        advisor = OfferAdvisor.fromRules(Path.of("rules"));
        json = Files.readAllBytes(Path.of("facts-examples/two-offer-comparison.json"));
        facts = new CaseReader(ruleBase.data(), Clock.systemUTC()).read(json);
    }

    @Benchmark
    public int bareEngine() {
        KieSession session = ruleBase.newSession();
        try {
            ruleBase.dataFacts().forEach(session::insert);
            session.insert(facts.candidate());
            session.insert(facts.situation());
            facts.offers().forEach(session::insert);
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    @Benchmark
    public String fullPath() {
        return OfferAdvisor.toJson(advisor.advise(json));
    }
}
