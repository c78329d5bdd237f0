package org.offeradvisor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.offeradvisor.data.AdviceKind;
import org.offeradvisor.engine.CaseRun;
import org.offeradvisor.engine.RuleBase;
import org.offeradvisor.engine.RuleBaseLoader;
import org.offeradvisor.engine.RuleInfo;
import org.offeradvisor.engine.RuleReloader;
import org.offeradvisor.report.Report;
import org.offeradvisor.report.ReportHtml;
import org.offeradvisor.report.ReportJson;
import org.offeradvisor.report.ReportMarkdown;
import org.offeradvisor.report.ReportText;
import org.offeradvisor.validation.CaseFacts;
import org.offeradvisor.validation.CaseReader;

/**
 * Offer Advisor's embedding API: build it once from a rules directory, then advise on any number of
 * cases, from any number of threads. Each call validates the case, runs the rules in a session of its
 * own and returns the explained report.
 *
 * <pre>{@code
 * OfferAdvisor advisor = OfferAdvisor.fromRules(Path.of("rules"));
 * Report report = advisor.advise(caseJson);            // InvalidCaseException: report.problems()
 * String json = OfferAdvisor.toJson(report);
 * }</pre>
 */
public final class OfferAdvisor {
    private final RuleBase ruleBase;
    private final CaseReader reader;
    private final int maxFirings;

    private OfferAdvisor(Builder builder) {
        this.ruleBase = builder.reloader != null ? builder.reloader.load()
                : builder.caseToCheck != null ? RuleBaseLoader.load(builder.rulesDir, builder.cacheDirectory,
                        data -> new CaseReader(data, builder.clock).read(builder.caseToCheck, builder.caseSource))
                : builder.cacheDirectory == null ? RuleBaseLoader.load(builder.rulesDir)
                : RuleBaseLoader.load(builder.rulesDir, builder.cacheDirectory);
        this.reader = new CaseReader(ruleBase.data(), builder.clock);
        this.maxFirings = builder.maxFirings;
    }

    /** Compiles the rules and data under {@code rulesDir}; throws {@link InvalidRulesException} if they are wrong. */
    public static OfferAdvisor fromRules(Path rulesDir) {
        return builder(rulesDir).build();
    }

    public static Builder builder(Path rulesDir) {
        return new Builder(rulesDir);
    }

    /** Advises on a case given as JSON text; throws {@link InvalidCaseException} naming each problem. */
    public Report advise(String caseJson) {
        Objects.requireNonNull(caseJson, "case JSON must not be null");
        return run(reader.read(caseJson), false);
    }

    /** Advises on a case given as UTF-8 JSON bytes. */
    public Report advise(byte[] caseJson) {
        Objects.requireNonNull(caseJson, "case JSON must not be null");
        return run(reader.read(caseJson), false);
    }

    /**
     * Advises on a case read from {@code source} (a file name), which a syntax error names with its line and column:
     * {@code case.json:3:14: invalid JSON: ...}.
     */
    public Report advise(byte[] caseJson, String source) {
        Objects.requireNonNull(caseJson, "case JSON must not be null");
        return run(reader.read(caseJson, source), false);
    }

    /** Advises on a case file; a missing, unreadable or oversized file is an {@link InvalidCaseException}. */
    public Report advise(Path caseFile) {
        return advise(readCase(caseFile), caseFile.toString());
    }

    /**
     * Advises on a case file and adds the how-trace of every advice item ({@link Report#explanations()}): the
     * chain of rules and derived facts that led to it.
     */
    public Report explain(Path caseFile) {
        return explain(readCase(caseFile), caseFile.toString());
    }

    /** Advises on a case read from {@code source}, with the how-trace of every advice item (see {@link #advise(byte[], String)}). */
    public Report explain(byte[] caseJson, String source) {
        Objects.requireNonNull(caseJson, "case JSON must not be null");
        return run(reader.read(caseJson, source), true);
    }

    /** Advises on a case given as JSON text, with the how-trace of every advice item. */
    public Report explain(String caseJson) {
        Objects.requireNonNull(caseJson, "case JSON must not be null");
        return run(reader.read(caseJson), true);
    }

    /** Advises on a case given as UTF-8 JSON bytes, with the how-trace of every advice item. */
    public Report explain(byte[] caseJson) {
        Objects.requireNonNull(caseJson, "case JSON must not be null");
        return run(reader.read(caseJson), true);
    }

    /**
     * The bytes of a case file, read without building any rules: a missing, unreadable or oversized file, or a
     * directory, is an {@link InvalidCaseException} naming the file. Devices, pipes and FIFOs are read through the same
     * bounded stream as {@link #readCase(InputStream, String)}, so they too stop at 1 MiB.
     */
    public static byte[] readCase(Path caseFile) {
        Objects.requireNonNull(caseFile, "case file must not be null");
        try {
            if (Files.isDirectory(caseFile)) {
                throw refuse(caseFile.toString(), "is a directory, not a case file");
            }
            if (Files.isRegularFile(caseFile) && Files.size(caseFile) > CaseReader.MAX_BYTES) {
                throw refuse(caseFile.toString(), "is " + Files.size(caseFile) + " bytes; the limit is "
                        + CaseReader.MAX_BYTES + " (1 MiB)");
            }
            try (InputStream in = Files.newInputStream(caseFile)) {
                return readCase(in, caseFile.toString());
            }
        } catch (NoSuchFileException e) {
            throw refuse(caseFile.toString(), "no such file");
        } catch (IOException e) {
            throw refuse(caseFile.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The bytes of a case read from a stream (standard input, a pipe), named {@code name} in problems: at most 1 MiB
     * is read, whatever the stream holds; a longer one is an {@link InvalidCaseException}. A stream that neither ends
     * nor reaches the limit is waited for, as any reader of a pipe waits. The stream is not closed.
     */
    public static byte[] readCase(InputStream in, String name) {
        Objects.requireNonNull(in, "case stream must not be null");
        byte[] bytes;
        try {
            bytes = in.readNBytes(CaseReader.MAX_BYTES + 1);
        } catch (IOException e) {
            throw refuse(name, "cannot be read: " + e.getMessage());
        }
        if (bytes.length > CaseReader.MAX_BYTES) {
            throw refuse(name, "is more than " + CaseReader.MAX_BYTES + " bytes; the limit is " + CaseReader.MAX_BYTES
                    + " (1 MiB)");
        }
        return bytes;
    }

    /**
     * The problems {@link #advise(byte[])} would refuse a case for, found without running any rule: none for a case it
     * would advise on.
     */
    public List<Problem> validate(byte[] caseJson) {
        Objects.requireNonNull(caseJson, "case JSON must not be null");
        try {
            reader.read(caseJson);
            return List.of();
        } catch (InvalidCaseException e) {
            return e.problems();
        }
    }

    /** {@code sha256:} of the rule and data files this advisor reasons with, as each report gives it. */
    public String fingerprint() {
        return ruleBase.fingerprint();
    }

    /** The year (or date) of the market benchmarks in the rules' data, as each report gives it. */
    public String benchmarksAsOf() {
        return ruleBase.data().benchmarksAsOf();
    }

    /** The documented advice kinds (rules/data/advice-kinds.json), in the file's order. */
    public List<AdviceKind> adviceKinds() {
        return ruleBase.data().adviceKinds();
    }

    /** Every rule this advisor reasons with, by file and then line: its name, place and advice metadata. */
    public List<RuleInfo> rules() {
        return ruleBase.rules();
    }

    /** The report as the JSON of docs/CONTRACT.md: stable key and array order, byte-identical for the same case and rules. */
    public static String toJson(Report report) {
        return ReportJson.write(report);
    }

    /** The report as readable terminal text, grouped by offer. */
    public static String toText(Report report) {
        return ReportText.render(report);
    }

    /**
     * The report as GitHub-flavoured Markdown, the text report's content with tables, for a document or an issue
     * tracker; whatever the case says shows as literal text.
     */
    public static String toMarkdown(Report report) {
        return ReportMarkdown.render(report);
    }

    /**
     * The report as one self-contained HTML page (style, charts and script inline, nothing loaded), with a chart of
     * each offer's pay year by year and of its place in its band; whatever the case says shows as text.
     */
    public static String toHtml(Report report) {
        return ReportHtml.render(report);
    }

    private Report run(CaseFacts facts, boolean explain) {
        return CaseRun.run(ruleBase, facts, maxFirings, explain);
    }

    private static InvalidCaseException refuse(String name, String message) {
        return new InvalidCaseException(List.of(new Problem(name, message)));
    }

    /** Options for {@link OfferAdvisor}: the clock that dates reports without {@code situation.asOf}, the firing cap. */
    public static final class Builder {
        private final Path rulesDir;
        private Clock clock = Clock.systemDefaultZone();
        private int maxFirings = CaseRun.DEFAULT_MAX_FIRINGS;
        private Path cacheDirectory;
        private RuleReloader reloader;
        private byte[] caseToCheck;
        private String caseSource;

        private Builder(Path rulesDir) {
            this.rulesDir = Objects.requireNonNull(rulesDir, "rules directory must not be null");
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * Where compiled rule sets are cached (default: {@code $XDG_CACHE_HOME/offer-advisor}, else
         * {@code ~/.cache/offer-advisor}; the system property {@code offer.advisor.cache} or the environment variable
         * {@code OFFER_ADVISOR_CACHE} override it).
         */
        public Builder cacheDirectory(Path cacheDirectory) {
            this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cache directory must not be null");
            return this;
        }

        /**
         * For a rule author's edit loop: the rules come from {@code reloader}, built on the same rules directory and
         * kept across the loop, which recompiles only the files changed since its last load (instead of the whole rule
         * set); the reports are the same. The cache directory set here is not used.
         */
        public Builder reloadingWith(RuleReloader reloader) {
            this.reloader = Objects.requireNonNull(reloader, "reloader must not be null");
            return this;
        }

        /**
         * For a one-case run (the command line): when the rules must be compiled, the case is checked against the
         * rules' data first, and a case they refuse is an {@link InvalidCaseException} at once, before a compile of
         * several seconds (cached rules load while the case is read anyway). The case is still advised with
         * {@link #advise(byte[], String)} as usual.
         */
        public Builder checkingFirst(byte[] caseJson, String source) {
            this.caseToCheck = Objects.requireNonNull(caseJson, "case JSON must not be null");
            this.caseSource = Objects.requireNonNull(source, "source must not be null");
            return this;
        }

        /** Rule firings allowed per case, plus 100 per offer, before a looping rule is reported (default 10,000). */
        public Builder maxFirings(int maxFirings) {
            if (maxFirings < 1) {
                throw new IllegalArgumentException("maxFirings must be positive, not " + maxFirings);
            }
            this.maxFirings = maxFirings;
            return this;
        }

        public OfferAdvisor build() {
            return new OfferAdvisor(this);
        }
    }
}
