package org.offeradvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.offeradvisor.Advisors;

/** The project's own scenarios (rules/scenarios/*.json), each a test of the shipped rules. */
class ScenariosTest {
    private static final Path SCENARIOS = Advisors.RULES.resolve("scenarios");

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SCENARIOS)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        ScenarioRunner runner = new ScenarioRunner(Advisors.shipped());
        return files.stream().flatMap(file -> runner.run(file).stream())
                .map(result -> DynamicTest.dynamicTest(result.file() + ": " + result.name(),
                        () -> assertThat(result.failures()).as(result.name()).isEmpty()));
    }
}
