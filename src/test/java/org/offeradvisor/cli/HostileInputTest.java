package org.offeradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile inputs of issue 11 (src/test/resources/hostile/input.json, the hostile corpus's manifest format) through
 * the command line: each ends in its exit status and its one-line message, never a stack trace. {@code {hostile}} in an
 * argument is the manifest's directory; {@code stdin} is what standard input holds.
 */
class HostileInputTest {
    private static final Path HOSTILE = Path.of("src/test/resources/hostile");

    @TestFactory
    Stream<DynamicTest> everyHostileInputEndsAsTheManifestSays() {
        JsonNode manifest = JsonMapper.builder().build().readTree(HOSTILE.resolve("input.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode entry : manifest) {
            tests.add(DynamicTest.dynamicTest(entry.get("name").asString(), () -> check(entry)));
        }
        return tests.stream();
    }

    private static void check(JsonNode entry) {
        List<String> args = new ArrayList<>();
        entry.get("args").forEach(a -> args.add(a.asString().replace("{hostile}", HOSTILE.toString())));
        args.addAll(List.of("--rules", "rules"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream stdin = System.in;
        int status;
        try {
            System.setIn(new ByteArrayInputStream(entry.path("stdin").asString("").getBytes(StandardCharsets.UTF_8)));
            status = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        } finally {
            System.setIn(stdin);
        }

        assertThat(status).as("exit status; stderr: %s", err).isEqualTo(entry.get("exit").asInt());
        entry.path("stderrContains").forEach(s -> assertThat(err.toString()).contains(s.asString()));
        entry.path("stdoutContains").forEach(s -> assertThat(out.toString()).contains(s.asString()));
        entry.path("stdoutDoesNotContain").forEach(s -> assertThat(out.toString()).doesNotContain(s.asString()));
        if (entry.has("stderrLines")) {
            assertThat(err.toString().lines()).as("stderr lines").hasSize(entry.get("stderrLines").asInt());
        }
        assertThat(err.toString()).doesNotContain("\tat ", "Exception in thread");
    }
}
