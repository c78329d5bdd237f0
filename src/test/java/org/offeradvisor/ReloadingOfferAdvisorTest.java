package org.offeradvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.ReloadingOfferAdvisor.Outcome;
import org.offeradvisor.ReloadingOfferAdvisor.Reload;
import org.offeradvisor.engine.RuleBaseLoader;

/**
 * The reloading Java API: a change swaps the rules while an advisor taken before keeps its own, a broken change keeps
 * the last good rules and is told, files met before compile nothing, and the watcher follows both an editor's saves
 * and a Kubernetes ConfigMap's symbolic-link swap.
 */
class ReloadingOfferAdvisorTest {
    @TempDir
    Path tmp;

    @Test
    void aGoodChangeSwapsTheRulesAndABrokenOneKeepsTheLastGood() throws Exception {
        Path dir = Advisors.copyOfRules(tmp);
        byte[] twoOffers = Files.readAllBytes(Path.of("facts-examples/two-offer-comparison.json"));
        List<Reload> told = new CopyOnWriteArrayList<>();
        try (ReloadingOfferAdvisor rules = ReloadingOfferAdvisor.builder(dir).clock(Advisors.CLOCK).watching(false)
                .onReload(told::add).build()) {
            OfferAdvisor before = rules.current();
            String first = before.fingerprint();

            assertThat(rules.reload().outcome()).isEqualTo(Outcome.UNCHANGED);
            assertThat(rules.current()).isSameAs(before);

            Files.writeString(dir.resolve("data/benchmarks.json"), "\n", StandardOpenOption.APPEND);
            Reload good = rules.reload();
            assertThat(good.outcome()).isEqualTo(Outcome.RELOADED);
            assertThat(good.fingerprint()).isEqualTo(RuleBaseLoader.fingerprint(dir)).isNotEqualTo(first);
            assertThat(rules.current().advise(twoOffers).rules().fingerprint()).isEqualTo(good.fingerprint());
            assertThat(before.advise(twoOffers).rules().fingerprint()).as("an advisor taken before keeps its rules")
                    .isEqualTo(first);

            Advisors.edit(dir.resolve("market.drl"), "\nthen\n", "\n    Nonsense( ==\nthen\n");
            Reload broken = rules.reload();
            assertThat(broken.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(broken.fingerprint()).isEqualTo(good.fingerprint());
            assertThat(broken.attempted()).isEqualTo(RuleBaseLoader.fingerprint(dir));
            assertThat(broken.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.where()).startsWith("market.drl:"));
            assertThat(rules.status().healthy()).isFalse();
            assertThat(rules.current().advise(twoOffers).rules().fingerprint()).isEqualTo(good.fingerprint());

            Reload again = rules.reload();
            assertThat(again.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(again.problems()).isEqualTo(broken.problems());

            Advisors.edit(dir.resolve("market.drl"), "\n    Nonsense( ==\nthen\n", "\nthen\n");
            assertThat(rules.reload().outcome()).isEqualTo(Outcome.UNCHANGED);
            assertThat(rules.status()).satisfies(status -> {
                assertThat(status.healthy()).isTrue();
                assertThat(status.reloaded()).isEqualTo(1);
                assertThat(status.unchanged()).isEqualTo(2);
                assertThat(status.failed()).isEqualTo(2);
            });
            assertThat(told).extracting(Reload::outcome).containsExactly(Outcome.UNCHANGED, Outcome.RELOADED,
                    Outcome.FAILED, Outcome.FAILED, Outcome.UNCHANGED);
        }
    }

    @Test
    void theWatcherReloadsAConfigMapVolumeWhenItsLinksSwap() throws Exception {
        // A ConfigMap volume: the files of the moment in a hidden, timestamped folder, "..data" a link to it, and each
        // file (and folder) a link through "..data". Kubelet swaps "..data" by renaming a new link over it.
        Path volume = Files.createDirectories(tmp.resolve("volume"));
        Path firstCopy = copyRulesTo(volume.resolve("..2026_12_01_10_00_00.000000001"));
        Files.createSymbolicLink(volume.resolve("..data"), volume.relativize(firstCopy));
        try (Stream<Path> entries = Files.list(firstCopy)) {
            for (Path entry : entries.toList()) {
                Files.createSymbolicLink(volume.resolve(entry.getFileName()), Path.of("..data").resolve(entry.getFileName()));
            }
        }
        LinkedBlockingQueue<Reload> told = new LinkedBlockingQueue<>();
        try (ReloadingOfferAdvisor rules = ReloadingOfferAdvisor.builder(volume).clock(Advisors.CLOCK)
                .settle(Duration.ofMillis(50)).onReload(told::add).build()) {
            assertThat(rules.fingerprint()).as("the hidden copy is not read twice").isEqualTo(Advisors.shipped().fingerprint());

            Path secondCopy = copyRulesTo(volume.resolve("..2026_12_01_10_05_00.000000002"));
            Files.writeString(secondCopy.resolve("data/benchmarks.json"), "\n", StandardOpenOption.APPEND);
            Files.createSymbolicLink(volume.resolve("..data_tmp"), volume.relativize(secondCopy));
            Files.move(volume.resolve("..data_tmp"), volume.resolve("..data"), StandardCopyOption.ATOMIC_MOVE);

            Reload reload = told.poll(60, TimeUnit.SECONDS);
            while (reload != null && reload.outcome() == Outcome.UNCHANGED) {
                reload = told.poll(60, TimeUnit.SECONDS);
            }
            assertThat(reload).isNotNull();
            assertThat(reload.outcome()).isEqualTo(Outcome.RELOADED);
            assertThat(rules.fingerprint()).isEqualTo(RuleBaseLoader.fingerprint(secondCopy))
                    .isNotEqualTo(Advisors.shipped().fingerprint());
        }
    }

    private static Path copyRulesTo(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(Advisors.RULES)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(Advisors.RULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
        return target;
    }
}
