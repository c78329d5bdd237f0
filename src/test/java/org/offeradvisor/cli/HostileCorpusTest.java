package org.offeradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every entry of every manifest of the hostile corpus (src/test/resources/hostile, format in its README.md)
 * through the command line in this JVM: besides each entry's own expectations (exit status, lines on standard error,
 * what standard output holds), no entry may give a stack trace, a raw control or bidirectional character, or a
 * library's name in a message.
 */
class HostileCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> STACK_TRACE = List.of("\tat ", "Exception in thread", "Caused by");
    private static final List<String> LIBRARIES =
            List.of("tools.jackson", "com.fasterxml", "org.drools", "org.kie", "com.networknt", "picocli.");

    @TestFactory
    Stream<DynamicTest> everyEntryOfEveryManifest() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path manifest : manifests()) {
            for (JsonNode entry : MAPPER.readTree(manifest.toFile())) {
                tests.add(dynamicTest(manifest.getFileName() + ": " + entry.get("name").asString(), () -> check(entry)));
            }
        }
        assertThat(tests).as("entries in the manifests of " + CORPUS).isNotEmpty();
        return tests.stream();
    }

    /** The corpus's manifests: its JSON files that are a list of entries (the cases are objects, or not JSON). */
    private static List<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().filter(HostileCorpusTest::isManifest).toList();
        }
    }

    private static boolean isManifest(Path file) {
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            return root.isArray() && !root.isEmpty() && root.valueStream().allMatch(e -> e.isObject() && e.has("args"));
        } catch (JacksonException notJson) {
            return false;
        }
    }

    private static void check(JsonNode entry) {
        List<String> args = strings(entry, "args").stream().map(a -> a.replace("{hostile}", CORPUS.toString())).toList();
        InputStream stdin = entry.has("stdin")
                ? new ByteArrayInputStream(entry.get("stdin").asString().getBytes(StandardCharsets.UTF_8))
                : InputStream.nullInputStream();
        Run run = run(stdin, args);
        String what = "offer-advisor " + args + "\n--- stdout:\n" + run.out() + "\n--- stderr:\n" + run.err();

        assertThat(run.status()).as("exit status of " + what).isEqualTo(entry.get("exit").asInt());
        strings(entry, "stderrContains").forEach(s -> assertThat(run.err()).as(what).contains(s));
        strings(entry, "stderrDoesNotContain").forEach(s -> assertThat(run.err()).as(what).doesNotContain(s));
        strings(entry, "stdoutContains").forEach(s -> assertThat(run.out()).as(what).contains(s));
        strings(entry, "stdoutDoesNotContain").forEach(s -> assertThat(run.out()).as(what).doesNotContain(s));
        if (entry.has("stderrLines")) {
            assertThat(run.err().lines()).as("lines on standard error of " + what).hasSize(entry.get("stderrLines").asInt());
        }
        for (String stream : List.of(run.out(), run.err())) {
            assertThat(stream).as(what).doesNotContain(STACK_TRACE);
            assertThat(stream.codePoints().filter(HostileCorpusTest::forbidden).mapToObj(c -> String.format("U+%04X", c)))
                    .as("raw control or bidirectional characters in " + what).isEmpty();
        }
        assertThat(run.err()).as(what).doesNotContain(LIBRARIES);
    }

    /** A control character other than a line feed, a bidirectional control, or half a surrogate pair. */
    private static boolean forbidden(int c) {
        return (Character.isISOControl(c) && c != '\n') || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C || Character.getType(c) == Character.SURROGATE;
    }

    private static Run run(InputStream stdin, List<String> args) {
        return Run.of(stdin, args.toArray(String[]::new));
    }

    private static List<String> strings(JsonNode entry, String field) {
        return entry.has(field) ? entry.get(field).valueStream().map(JsonNode::asString).toList() : List.of();
    }
}
