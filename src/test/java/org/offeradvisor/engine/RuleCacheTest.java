package org.offeradvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.Advisors;
import org.offeradvisor.OfferAdvisor;

/**
 * The compiled-rules cache for real: a hit never compiles, an edit to a DRL or a data file misses, an entry that is
 * corrupt, partial or written for other rules is ignored and replaced, two processes can fill it at once, a cache
 * that cannot be written only costs speed, and a report is the same whether its rules came from the cache or not.
 * The rule sets here hold one small DRL file, so that each compile is quick.
 */
class RuleCacheTest {
    private static final Path CASE = Path.of("facts-examples/two-offer-comparison.json");

    @TempDir
    Path tmp;
    private Path rules;
    private Path cache;

    @BeforeEach
    void smallRuleSet() throws IOException {
        rules = Advisors.copyOfRules(tmp);
        try (Stream<Path> drl = Files.list(rules)) {
            for (Path file : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
                if (!file.getFileName().toString().equals("compensation.drl")) {
                    Files.delete(file);
                }
            }
        }
        cache = tmp.resolve("cache");
    }

    /** Loads the rule set, waiting for its KieBase (which a cache hit loads in the background). */
    private RuleBase load() {
        RuleBase base = RuleBaseLoader.load(rules, cache);
        assertThat(base.kieBase()).isNotNull();
        return base;
    }

    private List<Path> entries() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aSecondLoadOfTheSameRulesComesFromTheCacheWithoutCompiling() throws IOException {
        load();
        List<Path> written = entries();
        assertThat(written).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(".kjar"));

        long before = RuleBaseLoader.compilations();
        RuleBase again = load();

        assertThat(RuleBaseLoader.compilations()).isEqualTo(before);
        assertThat(again.ruleCount()).isEqualTo(load().ruleCount()).isGreaterThan(5);
        assertThat(entries()).isEqualTo(written);
    }

    @Test
    void aCaseTheDataRefuseIsRefusedBeforeAnyRuleCompiles() throws IOException {
        byte[] refused = "{\"candidate\": {}, \"offers\": []}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long before = RuleBaseLoader.compilations();

        assertThatThrownBy(() -> OfferAdvisor.builder(rules).cacheDirectory(cache).checkingFirst(refused, "bad.json").build())
                .isInstanceOf(org.offeradvisor.InvalidCaseException.class)
                .hasMessageContaining("candidate.level: required");
        assertThat(RuleBaseLoader.compilations()).as("nothing compiled").isEqualTo(before);
        assertThat(entries()).as("nothing cached").isEmpty();

        byte[] valid = Files.readAllBytes(CASE);
        OfferAdvisor advisor = OfferAdvisor.builder(rules).cacheDirectory(cache).checkingFirst(valid, CASE.toString()).build();
        assertThat(RuleBaseLoader.compilations()).as("a valid case compiles the rules").isEqualTo(before + 1);
        assertThat(OfferAdvisor.toJson(advisor.advise(valid, CASE.toString())))
                .isEqualTo(OfferAdvisor.toJson(OfferAdvisor.builder(rules).cacheDirectory(cache).build().advise(valid)));
    }

    @Test
    void editingADrlFileRecompilesThatFileOnlyAndEditingANumberInTheDataRecompilesNothing() throws IOException {
        Files.copy(Advisors.RULES.resolve("career.drl"), rules.resolve("career.drl"));
        load();
        assertThat(entries()).as("one entry per DRL file").hasSize(2);

        Advisors.edit(rules.resolve("compensation.drl"), "\"no equity: an all-cash offer\"", "\"no equity at all\"");
        long before = RuleBaseLoader.compilations();
        load();
        assertThat(RuleBaseLoader.compilations()).as("only compensation.drl").isEqualTo(before + 1);
        assertThat(entries()).hasSize(3);

        Advisors.edit(rules.resolve("data/negotiation.json"), "\"maxRaisePercent\": 20", "\"maxRaisePercent\": 25");
        RuleBase edited = load();
        assertThat(RuleBaseLoader.compilations()).as("data are facts, not compiled").isEqualTo(before + 1);
        assertThat(edited.data().negotiationPolicy().maxRaisePercent()).isEqualByComparingTo("25");

        Advisors.edit(rules.resolve("data/advice-kinds.json"), "\"summary\": \"Where an offer's", "\"summary\": \"Where the offer's");
        load();
        assertThat(RuleBaseLoader.compilations()).as("advice kinds check every file's metadata").isEqualTo(before + 3);
    }

    @Test
    void aCorruptPartialOrForeignEntryIsIgnoredAndReplaced() throws IOException {
        load();
        Path entry = entries().get(0);
        byte[] good = Files.readAllBytes(entry);

        for (byte[] bad : List.of("not a jar".getBytes(), java.util.Arrays.copyOf(good, good.length / 2))) {
            Files.write(entry, bad);
            long before = RuleBaseLoader.compilations();
            assertThat(load().ruleCount()).isGreaterThan(5);
            assertThat(RuleBaseLoader.compilations()).as("rebuilt").isEqualTo(before + 1);
            String key = entry.getFileName().toString().replace(".kjar", "");
            assertThat(new RuleCache(cache).read(key)).as("replaced by a whole entry").isPresent();
        }

        // an entry written for other rules, under this rule set's name
        Advisors.edit(rules.resolve("compensation.drl"), "\"no equity: an all-cash offer\"", "\"no equity at all\"");
        load();
        Path other = entries().stream().filter(p -> !p.equals(entry)).findFirst().orElseThrow();
        Files.copy(other, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Advisors.edit(rules.resolve("compensation.drl"), "\"no equity at all\"", "\"no equity: an all-cash offer\"");
        long before = RuleBaseLoader.compilations();
        load();
        assertThat(RuleBaseLoader.compilations()).as("a foreign entry is not trusted").isEqualTo(before + 1);
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsSpeed() throws IOException {
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "not a directory");
        RuleBase base = RuleBaseLoader.load(rules, file.resolve("cache"));
        assertThat(base.ruleCount()).isGreaterThan(5);
    }

    @Test
    void twoProcessesFillingTheCacheAtOnceBothSucceedAndLeaveOneWholeEntry() throws Exception {
        List<Process> processes = List.of(validate(), validate());
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
        }
        assertThat(entries()).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(".kjar"));
        long before = RuleBaseLoader.compilations();
        load();
        assertThat(RuleBaseLoader.compilations()).isEqualTo(before);
    }

    @Test
    void aReportIsTheSameWhateverFilesWereCachedBefore() throws IOException {
        Path full = Advisors.copyOfRules(tmp.resolve("partly"));
        Path partial = tmp.resolve("partial-cache");
        advisor(full, partial).advise(CASE);
        Advisors.edit(full.resolve("career.drl"), "package org.offeradvisor.rules.career;",
                "package org.offeradvisor.rules.career;\n// edited");
        long before = RuleBaseLoader.compilations();
        String report = OfferAdvisor.toJson(advisor(full, partial).advise(CASE));
        assertThat(RuleBaseLoader.compilations()).as("career.drl only").isEqualTo(before + 1);
        assertThat(report.replaceFirst("\"fingerprint\": \"[^\"]+\"", ""))
                .isEqualTo(OfferAdvisor.toJson(Advisors.shipped().advise(CASE)).replaceFirst("\"fingerprint\": \"[^\"]+\"", ""));
    }

    private Process validate() throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-D" + RuleCache.DIRECTORY_PROPERTY + "=" + cache,
                "org.offeradvisor.cli.Main", "validate", "--rules", rules.toString())
                .redirectErrorStream(true).start();
    }

    @Test
    void aReportIsTheSameWhetherItsRulesWereCompiledOrCached() throws IOException {
        Path full = Advisors.copyOfRules(tmp.resolve("full"));
        Path fresh = tmp.resolve("fresh-cache");
        String compiled = OfferAdvisor.toJson(advisor(full, fresh).advise(CASE));
        assertThat(Files.list(fresh).count()).as("one entry per DRL file").isEqualTo(7);
        String cached = OfferAdvisor.toJson(advisor(full, fresh).advise(CASE));
        assertThat(cached).isEqualTo(compiled);
        assertThat(cached).isEqualTo(OfferAdvisor.toJson(Advisors.shipped().advise(CASE)));
    }

    private static OfferAdvisor advisor(Path rules, Path cache) {
        return OfferAdvisor.builder(rules).clock(Advisors.CLOCK).cacheDirectory(cache).build();
    }

}
