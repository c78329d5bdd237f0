package org.offeradvisor.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.runtime.KieContainer;
import org.drools.model.codegen.ExecutableModelProject;
import org.offeradvisor.InvalidRulesException;
import org.offeradvisor.Problem;
import org.offeradvisor.data.AdviceKind;
import org.offeradvisor.data.DataFiles;
import org.offeradvisor.data.KnowledgeData;
import org.offeradvisor.data.Utf8Text;
import org.offeradvisor.facts.Category;
import org.offeradvisor.facts.Explain;

/**
 * Compiles every {@code *.drl} under a rules directory to Drools' executable model (KieFileSystem, KieBuilder,
 * {@code ExecutableModelProject}) and loads the data files beside them; a rule set compiled before, with the
 * same files and the same program, is loaded from the cache ({@link RuleCache}) instead of compiled. Any error, a duplicate rule name or incomplete advice metadata stops the build with
 * one {@link Problem} per finding, as {@code file:line:column: message}.
 */
public final class RuleBaseLoader {
    private static final String KFS_PREFIX = "src/main/resources/";
    /** Every run of the Drools compiler in this process, whole rule sets and single files alike. */
    static final AtomicLong BUILDS = new AtomicLong();
    private static final List<String> ADVICE_METADATA =
            List.of(Explain.ADVICE_ID, Explain.CATEGORY, Explain.PRIORITY, Explain.SOURCE);

    private RuleBaseLoader() {
    }

    /** How many times this process has run the Drools compiler: a cache hit leaves it unchanged. */
    static long compilations() {
        return BUILDS.get();
    }

    /** Builds the rule base of {@code rulesDir}, or throws {@link InvalidRulesException} naming each problem. */
    public static RuleBase load(Path rulesDir) {
        Validation validation = validate(rulesDir);
        if (!validation.ok()) {
            throw new InvalidRulesException(validation.errors());
        }
        return validation.ruleBase();
    }

    /**
     * Checks a rule set the way {@link #load} does, and reports warnings too: what is wrong, what looks
     * wrong, and the rule base when nothing is wrong.
     */
    public static Validation validate(Path rulesDir) {
        return validate(rulesDir, RuleCache.forUser(), null);
    }

    /** As {@link #validate(Path)}, with compiled rule sets cached in {@code cacheDirectory}. */
    public static Validation validate(Path rulesDir, Path cacheDirectory) {
        return validate(rulesDir, new RuleCache(cacheDirectory), null);
    }

    /** Builds the rule base of {@code rulesDir}, caching compiled rule sets in {@code cacheDirectory}. */
    public static RuleBase load(Path rulesDir, Path cacheDirectory) {
        Validation validation = validate(rulesDir, cacheDirectory);
        if (!validation.ok()) {
            throw new InvalidRulesException(validation.errors());
        }
        return validation.ruleBase();
    }

    /**
     * As {@link #load(Path, Path)} (the user's cache when {@code cacheDirectory} is null), calling
     * {@code beforeCompiling} with the rule set's data when its rules are not all cached, before any is compiled: a
     * caller that has a case checks it there, so that a case the data refuse is refused at once, not after a compile.
     */
    public static RuleBase load(Path rulesDir, Path cacheDirectory, Consumer<KnowledgeData> beforeCompiling) {
        Validation validation = validate(rulesDir, cacheDirectory == null ? RuleCache.forUser() : new RuleCache(cacheDirectory),
                null, Objects.requireNonNull(beforeCompiling, "beforeCompiling must not be null"));
        if (!validation.ok()) {
            throw new InvalidRulesException(validation.errors());
        }
        return validation.ruleBase();
    }

    /**
     * Builds the rule base of {@code rulesDir} for an edit loop ({@link RuleReloader}): the first time from the cache
     * when every file is in it (while {@code edits} compiles every file the classic way in the background, ready for
     * the next call), otherwise with {@code edits}, which recompiles only the files changed since its last call.
     */
    static RuleBase loadForEdits(Path rulesDir, RuleCache cache, IncrementalCompiler edits) {
        Validation validation = validate(rulesDir, cache, edits);
        if (!validation.ok()) {
            throw new InvalidRulesException(validation.errors());
        }
        return validation.ruleBase();
    }

    private static Validation validate(Path rulesDir, RuleCache cache, IncrementalCompiler edits) {
        return validate(rulesDir, cache, edits, data -> { });
    }

    private static Validation validate(Path rulesDir, RuleCache cache, IncrementalCompiler edits,
                                       Consumer<KnowledgeData> beforeCompiling) {
        Objects.requireNonNull(rulesDir, "rules directory must not be null");
        Path root = rulesDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return new Validation(List.of(new Problem(rulesDir.toString(), "not a directory of rules")), List.of(), null);
        }
        Map<String, String> drl = read(root, "drl");
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        if (drl.isEmpty()) {
            errors.add(new Problem(rulesDir.toString(), "no .drl files"));
        }
        String fingerprint = drl.isEmpty() ? null : fingerprint(root, drl.keySet());
        Map<String, String> keys = fingerprint == null ? null : fileKeys(root, drl);
        // A cached compile starts loading at once, in the background, while the data files are read.
        Cached cached = keys == null || (edits != null && edits.started()) ? null : cached(cache, keys, drl);
        KnowledgeData data = DataFiles.load(root, drl, errors);
        if (!errors.isEmpty() || drl.isEmpty()) {
            describe(drl, data, errors, warnings);
            return new Validation(errors, warnings, null);
        }
        if (cached != null) {
            if (edits != null) {
                edits.startInBackground(drl);
            }
            return new Validation(List.of(), cached.description().warnings(),
                    new RuleBase(cached.kieBase(), data, cached.rules(), fingerprint));
        }
        beforeCompiling.accept(data);
        Map<String, RuleInfo> rules = describe(drl, data, errors, warnings);
        if (!errors.isEmpty()) {
            return new Validation(errors, warnings, null);
        }
        org.kie.api.KieBase kieBase = edits != null ? edits.update(drl, errors)
                : compile(drl, keys, new RulesDescription(List.copyOf(rules.values()), warnings), cache, errors, warnings);
        if (!errors.isEmpty()) {
            return new Validation(errors, warnings, null);
        }
        return new Validation(errors, warnings, new RuleBase(kieBase, data, rules, fingerprint));
    }

    /**
     * The cache key of each DRL file: its name and content, the advice kinds its metadata is checked against, and
     * (in {@link RuleCache#key}) the program; null when the advice kinds cannot be read (loading reports it). A
     * file is compiled on its own, so an edit recompiles that file only, and an edit to other data none.
     */
    private static Map<String, String> fileKeys(Path root, Map<String, String> drl) {
        byte[] kinds;
        try {
            kinds = Files.readAllBytes(root.resolve(DataFiles.ADVICE_KINDS));
        } catch (IOException e) {
            return null;
        }
        String adviceKinds = sha256(kinds);
        Map<String, String> keys = new LinkedHashMap<>();
        drl.forEach((file, text) -> keys.put(file, RuleCache.key("drl " + file + "\n" + sha256(text.getBytes(StandardCharsets.UTF_8))
                + "\nadvice kinds " + adviceKinds)));
        return keys;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cached compile: what was found compiling it, and its KieBase, loading in the background. */
    private record Cached(RulesDescription description, Map<String, RuleInfo> rules,
                          java.util.function.Supplier<org.kie.api.KieBase> kieBase) {
    }

    /**
     * The rule base of a rule set whose every file is cached (its rules and warnings as they were found when it was
     * compiled), or null: an entry that is missing or cannot be read is not used.
     */
    private static Cached cached(RuleCache cache, Map<String, String> keys, Map<String, String> drl) {
        List<RuleCache.Entry> entries = new ArrayList<>();
        for (String key : keys.values()) {
            RuleCache.Entry entry = cache.read(key).orElse(null);
            if (entry == null) {
                return null;
            }
            entries.add(entry);
        }
        // The KieBase is built from the cached classes in the background, from now on, while this thread reads the
        // rules' descriptions, the data and the case; should an entry fail to load after all, the rule set is
        // compiled again, as if it had not been cached.
        CompletableFuture<org.kie.api.KieBase> kieBase = new CompletableFuture<>();
        CompletableFuture<RulesDescription> description = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                kieBase.complete(loadOrCompile(entries, drl, keys, description, cache));
            } catch (RuntimeException | LinkageError e) {
                kieBase.completeExceptionally(e);
            }
        }, "offer-advisor-rule-loader");
        loader.setDaemon(true);
        loader.start();
        List<RuleInfo> described = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (RuleCache.Entry entry : entries) {
            try {
                RulesDescription read = RulesDescription.read(entry.description());
                described.addAll(read.rules());
                warnings.addAll(read.warnings());
            } catch (RuntimeException e) {
                description.completeExceptionally(e); // the loader's KieBase is left unused: the rules compile again
                return null;
            }
        }
        description.complete(new RulesDescription(described, warnings));
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        described.forEach(r -> rules.put(r.packageName() + "." + r.name(), r));
        return new Cached(description.join(), rules, () -> join(kieBase));
    }

    private static org.kie.api.KieBase loadOrCompile(List<RuleCache.Entry> entries, Map<String, String> drl,
                                                     Map<String, String> keys,
                                                     CompletableFuture<RulesDescription> description, RuleCache cache) {
        try {
            List<org.drools.model.Model> models = new ArrayList<>();
            for (RuleCache.Entry entry : entries) {
                models.addAll(CompiledRules.models(entry.file()));
            }
            return CompiledRules.kieBase(models);
        } catch (RuntimeException | LinkageError e) {
            List<Problem> problems = new ArrayList<>();
            for (String key : keys.values()) {
                cache.forget(key);
            }
            org.kie.api.KieBase compiled = compile(drl, keys, description.join(), cache, problems, new ArrayList<>());
            if (compiled == null) {
                throw new InvalidRulesException(problems);
            }
            return compiled;
        }
    }

    private static org.kie.api.KieBase join(CompletableFuture<org.kie.api.KieBase> kieBase) {
        try {
            return kieBase.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Reads every file with the extension under root, by path relative to it ('/'-separated), sorted. */
    private static Map<String, String> read(Path root, String extension) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> paths = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith("." + extension))
                    .filter(p -> !hidden(root, p))
                    .sorted().toList();
            Map<String, String> contents = new LinkedHashMap<>();
            for (Path path : paths) {
                String name = relative(root, path);
                contents.put(name, Utf8Text.decode(Files.readAllBytes(path), name));
            }
            return contents;
        } catch (IOException e) {
            throw new InvalidRulesException(List.of(new Problem(root.toString(), "cannot be read: " + e.getMessage())));
        }
    }

    /** Parses each file for its rules: where each is, duplicate names, advice metadata, suspicious literals. */
    private static Map<String, RuleInfo> describe(Map<String, String> drl, KnowledgeData data, List<Problem> errors,
                                                  List<Problem> warnings) {
        Map<String, RuleInfo> byQualifiedName = new LinkedHashMap<>();
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : drl.entrySet()) {
            PackageDescr pkg;
            try {
                DrlParser parser = new DrlParser();
                pkg = parser.parse(false, file.getValue());
                if (parser.hasErrors() || pkg == null) {
                    continue; // the compiler reports syntax errors with their lines
                }
            } catch (DroolsParserException e) {
                continue;
            }
            for (RuleDescr rule : pkg.getRules()) {
                RuleInfo info = new RuleInfo(rule.getName(), pkg.getName(), file.getKey(), rule.getLine(),
                        Math.max(rule.getColumn(), 0), value(rule.getAnnotation(Explain.ADVICE_ID)),
                        value(rule.getAnnotation(Explain.CATEGORY)), priority(rule), value(rule.getAnnotation(Explain.SOURCE)));
                RuleInfo earlier = byName.putIfAbsent(rule.getName(), info);
                if (earlier != null) {
                    errors.add(new Problem(info.location(), "duplicate rule name \"" + rule.getName()
                            + "\": also at " + earlier.file() + ":" + earlier.line()));
                }
                byQualifiedName.put(pkg.getName() + "." + rule.getName(), info);
                checkAdviceMetadata(rule, info, data, errors);
                RuleLint.check(rule, info, warnings);
            }
        }
        return byQualifiedName;
    }

    private static void checkAdviceMetadata(RuleDescr rule, RuleInfo info, KnowledgeData data, List<Problem> errors) {
        boolean givesAdvice = String.valueOf(rule.getConsequence()).contains("advice(");
        if (!givesAdvice && ADVICE_METADATA.stream().noneMatch(rule::hasAnnotation)) {
            return;
        }
        String name = "rule \"" + rule.getName() + "\"";
        List<String> missing = ADVICE_METADATA.stream().filter(key -> !rule.hasAnnotation(key)).toList();
        if (!missing.isEmpty()) {
            AdviceKind known = info.adviceId() == null || data == null ? null : data.adviceKind(info.adviceId()).orElse(null);
            errors.add(new Problem(info.location(), CompileErrors.missingMetadata(name, missing,
                    known == null ? null : known.category(), known == null ? null : known.priority())));
        }
        boolean knownCategory = Stream.of(Category.values()).anyMatch(c -> c.name().equals(info.category()));
        if (info.category() != null && !knownCategory) {
            errors.add(new Problem(info.location(), name + ": @category(\"" + info.category() + "\") is not one of "
                    + List.of(Category.values())));
        }
        String priority = value(rule.getAnnotation(Explain.PRIORITY));
        if (priority != null && !priority.matches("[123]")) {
            errors.add(new Problem(info.location(), name + ": @priority must be 1, 2 or 3, not " + priority));
        }
        if (info.adviceId() == null || data == null) {
            return;
        }
        AdviceKind kind = data.adviceKind(info.adviceId()).orElse(null);
        if (kind == null) {
            errors.add(new Problem(info.location(), name + ": advice id " + info.adviceId() + " is not documented in "
                    + DataFiles.ADVICE_KINDS));
            return;
        }
        if (knownCategory && !kind.category().equals(info.category())) {
            errors.add(new Problem(info.location(), name + ": " + info.adviceId() + " is category " + kind.category()
                    + " in " + DataFiles.ADVICE_KINDS + ", not " + info.category()));
        }
        if (info.priority() != null && kind.priority() != info.priority()) {
            errors.add(new Problem(info.location(), name + ": " + info.adviceId() + " has priority " + kind.priority()
                    + " in " + DataFiles.ADVICE_KINDS + ", not " + info.priority()));
        }
    }

    private static String value(AnnotationDescr annotation) {
        return annotation == null || annotation.getValue() == null ? null
                : AnnotationDescr.unquote(annotation.getValue().toString().strip());
    }

    private static Integer priority(RuleDescr rule) {
        String value = value(rule.getAnnotation(Explain.PRIORITY));
        return value != null && value.matches("[123]") ? Integer.valueOf(value) : null;
    }

    /**
     * Compiles each DRL file not in the cache to the executable model, on its own, caches it, and builds the KieBase
     * from every file's model. A rule set the executable model rejects is compiled the classic way: its errors then
     * point at file, line and column; and a rule set only the classic compiler accepts is used as it compiles (not
     * cached), with a warning saying why. Null on errors.
     */
    private static org.kie.api.KieBase compile(Map<String, String> drl, Map<String, String> keys,
                                               RulesDescription description, RuleCache cache, List<Problem> problems,
                                               List<Problem> warnings) {
        KieServices ks = KieServices.get();
        // The files in the cache load in the background while the others compile.
        Map<String, CompletableFuture<List<org.drools.model.Model>>> cachedModels = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : drl.entrySet()) {
            cache.read(keys.get(file.getKey())).ifPresent(entry -> cachedModels.put(file.getKey(),
                    CompletableFuture.supplyAsync(() -> CompiledRules.models(entry.file()))));
        }
        Map<String, List<org.drools.model.Model>> compiled = new LinkedHashMap<>();
        List<Problem> found = new ArrayList<>();
        for (Map.Entry<String, String> file : drl.entrySet()) {
            if (!cachedModels.containsKey(file.getKey())) {
                compiled.put(file.getKey(), compileOne(ks, file.getKey(), file.getValue(), keys, description, cache, found));
                if (!found.isEmpty()) {
                    break;
                }
            }
        }
        List<org.drools.model.Model> models = new ArrayList<>();
        for (Map.Entry<String, String> file : drl.entrySet()) {
            if (!found.isEmpty()) {
                break;
            }
            CompletableFuture<List<org.drools.model.Model>> loading = cachedModels.get(file.getKey());
            if (loading == null) {
                models.addAll(compiled.get(file.getKey()));
                continue;
            }
            try {
                models.addAll(loading.join());
            } catch (java.util.concurrent.CompletionException e) {
                cache.forget(keys.get(file.getKey())); // an entry that does not load is compiled again
                models.addAll(compileOne(ks, file.getKey(), file.getValue(), keys, description, cache, found));
            }
        }
        if (found.isEmpty()) {
            return CompiledRules.kieBase(models);
        }
        List<Problem> classic = new ArrayList<>();
        KieBuilder fallback = build(ks, drl, false, classic);
        if (!classic.isEmpty()) {
            problems.addAll(classic);
            return null;
        }
        String where = found.stream().map(Problem::where).filter(w -> w.matches("[^:]+\\.drl(:.*)?")).findFirst()
                .orElse("rules");
        warnings.add(new Problem(where, "Drools' executable model cannot compile these rules (often a condition that "
                + "compares values of different types), so they are compiled the classic way, again on every start"));
        KieContainer container = ks.newKieContainer(fallback.getKieModule().getReleaseId());
        org.kie.api.KieBase kieBase = container.getKieBase();
        ks.getRepository().removeKieModule(fallback.getKieModule().getReleaseId());
        return kieBase;
    }

    /** One DRL file compiled to the executable model and cached, with its rules and warnings; its models, or none on errors. */
    private static List<org.drools.model.Model> compileOne(KieServices ks, String file, String text, Map<String, String> keys,
                                                           RulesDescription description, RuleCache cache, List<Problem> found) {
        int before = found.size();
        KieBuilder builder = build(ks, Map.of(file, text), true, found);
        if (found.size() > before) {
            return List.of();
        }
        String key = keys.get(file);
        Map<String, byte[]> extra = new LinkedHashMap<>();
        extra.put(RuleCache.RULES_ENTRY, RulesDescription.write(
                description.rules().stream().filter(r -> r.file().equals(file)).toList(),
                description.warnings().stream().filter(w -> w.where().startsWith(file + ":")).toList()));
        extra.put(RuleCache.KEY_ENTRY, key.getBytes(StandardCharsets.UTF_8));
        byte[] kjar = CompiledRules.withEntries(((InternalKieModule) builder.getKieModule()).getBytes(), extra);
        cache.write(key, kjar);
        return CompiledRules.models(kjar);
    }

    /** Builds the DRL with the executable model or the classic compiler, adding each error to {@code problems}. */
    static KieBuilder build(KieServices ks, Map<String, String> drl, boolean executableModel, List<Problem> problems) {
        ReleaseId releaseId = ks.newReleaseId("org.offeradvisor.rules", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        drl.forEach((file, text) -> kfs.write(KFS_PREFIX + file, text));
        KieBuilder builder;
        try {
            builder = executableModel ? ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class)
                    : ks.newKieBuilder(kfs).buildAll();
        } catch (RuntimeException e) {
            problems.add(new Problem("rules", "the rules could not be compiled: " + rootMessage(e)));
            return null;
        }
        List<CompileErrors.Raw> messages = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = message.getPath() == null ? null : message.getPath().replaceFirst("^" + KFS_PREFIX, "");
            messages.add(new CompileErrors.Raw(file, message.getLine(), message.getColumn(), message.getText()));
        }
        problems.addAll(CompileErrors.translate(drl, messages));
        if (executableModel || !problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
        }
        return builder;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /**
     * Whether {@code file} is hidden below {@code root}: in a folder or under a name that starts with a dot. Such files
     * are not rules: an editor's backups, and the timestamped copies ({@code ..2026_12_03_...}) of a Kubernetes
     * ConfigMap volume, whose current files are symbolic links beside them.
     */
    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fingerprint the rule set under {@code rulesDir} has as its files are now, computed without compiling or
     * checking anything; null when a file cannot be read or there is no rule file. The same as
     * {@link RuleBase#fingerprint()} of a rule base loaded from the same files: a watcher compares the two to skip a
     * change that changed nothing.
     */
    public static String fingerprint(Path rulesDir) {
        Path root = rulesDir.toAbsolutePath().normalize();
        try {
            Map<String, String> drl = read(root, "drl");
            return drl.isEmpty() ? null : fingerprint(root, drl.keySet());
        } catch (InvalidRulesException e) {
            return null;
        }
    }

    /** The fingerprint of the rule and data files, or null when one cannot be read (the loading reports it). */
    private static String fingerprint(Path root, Iterable<String> drlFiles) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<String> files = new ArrayList<>();
            drlFiles.forEach(files::add);
            files.addAll(DataFiles.files(root));
            files.sort(null);
            for (String file : files) {
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(root.resolve(file)));
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            return null;
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
