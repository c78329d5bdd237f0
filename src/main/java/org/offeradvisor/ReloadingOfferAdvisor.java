package org.offeradvisor;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.offeradvisor.engine.RuleBaseLoader;

/**
 * An {@link OfferAdvisor} whose rules follow their directory, for a portal that embeds the library and must take rule
 * changes without a restart: a change under the rules directory is compiled in the background, off the callers'
 * path, and swapped in atomically when it compiles; a change that does not compile leaves the last good rules
 * serving, is told to the listener and {@link #status()}, and is tried again on the next change.
 *
 * <pre>{@code
 * try (ReloadingOfferAdvisor rules = ReloadingOfferAdvisor.builder(Path.of("rules"))
 *         .onReload(r -> log.info("rules {}: {}", r.outcome(), r.fingerprint())).build()) {
 *     OfferAdvisor advisor = rules.current();   // one rule set for the whole request
 *     Report report = advisor.advise(caseJson);
 * }
 * }</pre>
 *
 * Thread-safe: any number of threads call {@link #current()} while a reload runs; a caller keeps the advisor it got
 * for as long as it needs one rule set (each report names its rules' fingerprint). Reloads run one at a time.
 */
public final class ReloadingOfferAdvisor implements AutoCloseable {
    /** What a reload did. */
    public enum Outcome {
        /** New rules compiled and now serve. */
        RELOADED,
        /** The files are those already serving: nothing was compiled. */
        UNCHANGED,
        /** The new files do not compile (or cannot be read): the last good rules keep serving. */
        FAILED
    }

    /**
     * One reload: its outcome, the fingerprint serving after it, the fingerprint of the files tried (null when they
     * could not be read), the problems of a failed one ({@code file:line:column: message}), when it ended and how long
     * it took.
     */
    public record Reload(Outcome outcome, String fingerprint, String attempted, List<Problem> problems, Instant at,
                         Duration took) {
        public Reload {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The rules as they stand: the fingerprint serving, the last reload (null before any), and how many reloads had
     * each outcome. {@link #healthy()} is false while the directory holds a change that does not compile.
     */
    public record Status(String fingerprint, Reload last, long reloaded, long unchanged, long failed) {
        public boolean healthy() {
            return last == null || last.outcome() != Outcome.FAILED;
        }
    }

    private final OfferAdvisor.Builder options;
    private final Path rulesDir;
    private final Consumer<Reload> listener;
    private final Duration settle;
    private final AtomicReference<OfferAdvisor> current = new AtomicReference<>();
    private final AtomicReference<Reload> last = new AtomicReference<>();
    private final AtomicLong reloaded = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Object reloading = new Object();
    private final WatchService watchService;
    private final Thread watcher;

    private ReloadingOfferAdvisor(Builder builder) {
        this.rulesDir = builder.rulesDir.toAbsolutePath().normalize();
        this.options = builder.options;
        this.listener = builder.listener;
        this.settle = builder.settle;
        current.set(options.build());
        if (builder.watching) {
            try {
                watchService = FileSystems.getDefault().newWatchService();
                registerTree(rulesDir);
            } catch (IOException e) {
                throw new InvalidRulesException(List.of(new Problem(rulesDir.toString(), "cannot be watched: " + e.getMessage())));
            }
            watcher = new Thread(this::watch, "offer-advisor-rules-watcher");
            watcher.setDaemon(true);
            watcher.start();
        } else {
            watchService = null;
            watcher = null;
        }
    }

    /** A reloading advisor of the rules under {@code rulesDir}, loaded (and watched) by {@link Builder#build()}. */
    public static Builder builder(Path rulesDir) {
        return new Builder(rulesDir);
    }

    /** The advisor of the rules serving now: use the one instance for everything one request does. */
    public OfferAdvisor current() {
        return current.get();
    }

    /** {@code sha256:} of the rules serving now. */
    public String fingerprint() {
        return current().fingerprint();
    }

    /** The rules serving, the last reload and the reload counts. */
    public Status status() {
        return new Status(fingerprint(), last.get(), reloaded.get(), unchanged.get(), failed.get());
    }

    /**
     * Reloads the rules directory now, on the calling thread, after any reload already running: the forced form of what
     * the watcher does on a change. Files the same as those serving compile nothing ({@link Outcome#UNCHANGED}); files
     * the same as the last that failed are not compiled again, and fail again.
     */
    public Reload reload() {
        synchronized (reloading) {
            long start = System.nanoTime();
            OfferAdvisor serving = current.get();
            String attempted = RuleBaseLoader.fingerprint(rulesDir);
            Reload previous = last.get();
            Reload reload;
            if (attempted != null && attempted.equals(serving.fingerprint())) {
                reload = done(Outcome.UNCHANGED, serving, attempted, List.of(), start);
            } else if (attempted != null && previous != null && previous.outcome() == Outcome.FAILED
                    && attempted.equals(previous.attempted())) {
                reload = done(Outcome.FAILED, serving, attempted, previous.problems(), start);
            } else {
                try {
                    OfferAdvisor next = options.build();
                    current.set(next);
                    reload = done(Outcome.RELOADED, next, next.fingerprint(), List.of(), start);
                } catch (OfferAdvisorException e) {
                    reload = done(Outcome.FAILED, serving, attempted, e.problems(), start);
                } catch (RuntimeException e) {
                    // a compiler fault is a failed reload like any other: the last good rules keep serving
                    reload = done(Outcome.FAILED, serving, attempted,
                            List.of(new Problem(rulesDir.toString(), "cannot be loaded: " + e)), start);
                }
            }
            last.set(reload);
            (switch (reload.outcome()) {
                case RELOADED -> reloaded;
                case UNCHANGED -> unchanged;
                case FAILED -> failed;
            }).incrementAndGet();
            listener.accept(reload);
            return reload;
        }
    }

    /** Stops watching; the rules serving stay usable. */
    @Override
    public void close() {
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                // nothing left to release
            }
            watcher.interrupt();
        }
    }

    private Reload done(Outcome outcome, OfferAdvisor serving, String attempted, List<Problem> problems, long start) {
        return new Reload(outcome, serving.fingerprint(), attempted, problems, Instant.now(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Waits for changes anywhere under the rules directory, lets a save settle (editors, {@code cp -r} and a
     * ConfigMap's symbolic-link swap all write in several steps), then reloads; the fingerprint tells a real change
     * from a touch.
     */
    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                while (key != null) {
                    Path dir = (Path) key.watchable();
                    key.pollEvents().forEach(event -> {
                        if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name
                                && Files.isDirectory(dir.resolve(name)) && !name.toString().startsWith(".")) {
                            registerQuietly(dir.resolve(name));
                        }
                    });
                    key.reset();
                    key = watchService.poll(settle.toMillis(), TimeUnit.MILLISECONDS);
                }
                try {
                    reload();
                } catch (RuntimeException e) {
                    // the listener failed: its fault, not the rules'; the watching goes on
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Watches the directory and every folder below it that is not hidden (a ConfigMap's timestamped copies are). */
    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                if (dir.equals(root) || !root.relativize(dir).toString().startsWith(".")) {
                    dir.register(watchService, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                }
            }
        }
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException e) {
            // gone again before it could be watched: the reload reads what is there
        }
    }

    /** Options of a {@link ReloadingOfferAdvisor}: those of {@link OfferAdvisor.Builder}, and the watching. */
    public static final class Builder {
        private final Path rulesDir;
        private final OfferAdvisor.Builder options;
        private Consumer<Reload> listener = reload -> { };
        private Duration settle = Duration.ofMillis(200);
        private boolean watching = true;

        private Builder(Path rulesDir) {
            this.rulesDir = Objects.requireNonNull(rulesDir, "rules directory must not be null");
            this.options = OfferAdvisor.builder(rulesDir);
        }

        /** See {@link OfferAdvisor.Builder#clock(Clock)}. */
        public Builder clock(Clock clock) {
            options.clock(clock);
            return this;
        }

        /** See {@link OfferAdvisor.Builder#cacheDirectory(Path)}: a rule set met before reloads from there at once. */
        public Builder cacheDirectory(Path cacheDirectory) {
            options.cacheDirectory(cacheDirectory);
            return this;
        }

        /** See {@link OfferAdvisor.Builder#maxFirings(int)}. */
        public Builder maxFirings(int maxFirings) {
            options.maxFirings(maxFirings);
            return this;
        }

        /** Told of every reload, on the thread that ran it (the watcher's, or {@link #reload()}'s caller). */
        public Builder onReload(Consumer<Reload> listener) {
            this.listener = Objects.requireNonNull(listener, "listener must not be null");
            return this;
        }

        /** How long the directory must be quiet after a change before it is reloaded (default 200 ms). */
        public Builder settle(Duration settle) {
            if (settle.isNegative()) {
                throw new IllegalArgumentException("settle must not be negative, not " + settle);
            }
            this.settle = settle;
            return this;
        }

        /** False: no watching; the rules change only on {@link #reload()} (default true). */
        public Builder watching(boolean watching) {
            this.watching = watching;
            return this;
        }

        /** Loads the rules (throws {@link InvalidRulesException} if they are wrong) and starts watching them. */
        public ReloadingOfferAdvisor build() {
            return new ReloadingOfferAdvisor(this);
        }
    }
}
