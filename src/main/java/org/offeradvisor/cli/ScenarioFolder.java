package org.offeradvisor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the scenarios of a rules directory live: {@code DIR/scenarios/} first, so that a copy of the rules folder
 * ({@code cp -r rules /tmp/r}) carries its scenarios and tests itself; then {@code DIR/../scenarios/}, a scenarios
 * folder kept beside the rules, as a project laid out with top-level {@code rules/} and {@code scenarios/} has it.
 * The first of them that holds a scenario file is the one; scenarios are never taken from both, so a copy's own
 * scenarios are not mixed with those of whatever folder it sits in.
 */
final class ScenarioFolder {
    private ScenarioFolder() {
    }

    /** The folders looked in, in order. */
    static List<Path> candidates(Path rulesDir) {
        // lexically, so that relative rules (--rules rules) give relative names in what test prints
        return Stream.of(rulesDir.resolve("scenarios"), rulesDir.resolve("..").resolve("scenarios"))
                .map(Path::normalize).distinct().toList();
    }

    /** The scenarios folder of the rules: the first candidate that holds a scenario file, if any does. */
    static Optional<Path> of(Path rulesDir) {
        return candidates(rulesDir).stream().filter(ScenarioFolder::holdsScenarios).findFirst();
    }

    /**
     * Where a new scenario file for the rules goes: their scenarios folder, else the first candidate (inside the
     * rules directory, where it travels with them).
     */
    static Path forNewScenarios(Path rulesDir) {
        return of(rulesDir).orElse(candidates(rulesDir).get(0));
    }

    /** Every scenario file ({@code *.json}) under a folder, its subfolders included, in a stable order. */
    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) { // removed while a watch runs: no scenarios until it is back
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsScenarios(Path folder) {
        return Files.isDirectory(folder) && !files(folder).isEmpty();
    }
}
