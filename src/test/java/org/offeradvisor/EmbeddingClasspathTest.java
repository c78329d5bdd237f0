package org.offeradvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The library alone: an embedder's class path has none of the optional dependencies (the command line's picocli, the
 * HTTP API's Javalin, Jetty and Kotlin, the program's SLF4J binding), and the Java API still advises, reloads and
 * renders. Run in a JVM of its own, with exactly that class path.
 */
class EmbeddingClasspathTest {
    private static final List<String> OPTIONAL = List.of("picocli", "javalin", "jetty", "kotlin", "slf4j-nop",
            "jakarta.servlet");

    @Test
    void theJavaApiRunsWithoutTheCommandLineOrHttpDependencies() throws Exception {
        List<String> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> OPTIONAL.stream().noneMatch(entry::contains))
                .filter(entry -> !isTestLibrary(entry))
                .toList();
        assertThat(classPath).anyMatch(entry -> entry.endsWith("classes")).noneMatch(entry -> entry.contains("javalin"));

        Path errors = Files.createTempFile("embedder", ".err");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Doffer.advisor.cache=" + System.getProperty("offer.advisor.cache", "target/rule-cache"),
                "-cp", String.join(File.pathSeparator, classPath), EmbedderMain.class.getName(),
                "rules", "facts-examples/two-offer-comparison.json").redirectError(errors.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(Files.readString(errors)).isZero();
        Files.delete(errors);
        assertThat(out.lines()).containsExactly("same", Advisors.shipped().fingerprint(), "html");
    }

    /** JUnit, AssertJ and the other test-scoped jars: not what an embedder has either. */
    private static boolean isTestLibrary(String entry) {
        return List.of("junit", "assertj", "jqwik", "opentest4j", "apiguardian", "surefire", "jsoup", "selenium",
                "commonmark", "/nu/validator/", "jmh", "byte-buddy").stream().anyMatch(entry::contains);
    }
}
