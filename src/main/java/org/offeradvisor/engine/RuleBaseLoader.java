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
import org.kie.api.runtime.KieContainer;
import org.offeradvisor.InvalidRulesException;
import org.offeradvisor.Problem;
import org.offeradvisor.facts.Category;
import org.offeradvisor.facts.Explain;

/**
 * Compiles every {@code *.drl} under a rules directory with KieFileSystem/KieBuilder and loads the data
 * files beside them. Any error, a duplicate rule name or incomplete advice metadata stops the build with
 * one {@link Problem} per finding, as {@code file:line:column: message}.
 */
public final class RuleBaseLoader {
    private static final String KFS_PREFIX = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final List<String> ADVICE_METADATA =
            List.of(Explain.ADVICE_ID, Explain.CATEGORY, Explain.PRIORITY, Explain.SOURCE);

    private RuleBaseLoader() {
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
        KnowledgeData data = DataFiles.load(root, errors);
        Map<String, RuleInfo> rules = describe(drl, data, errors, warnings);
        org.kie.api.KieBase kieBase = drl.isEmpty() ? null : compile(drl, errors);
        if (!errors.isEmpty()) {
            return new Validation(errors, warnings, null);
        }
        return new Validation(errors, warnings, new RuleBase(kieBase, data, rules, fingerprint(root, drl.keySet())));
    }

    /** Reads every file with the extension under root, by path relative to it ('/'-separated), sorted. */
    private static Map<String, String> read(Path root, String extension) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> paths = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith("." + extension))
                    .sorted().toList();
            Map<String, String> contents = new LinkedHashMap<>();
            for (Path path : paths) {
                contents.put(relative(root, path), Files.readString(path, StandardCharsets.UTF_8));
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
        for (String key : ADVICE_METADATA) {
            if (!rule.hasAnnotation(key)) {
                errors.add(new Problem(info.location(), name + " gives advice but has no @" + key));
            }
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

    private static org.kie.api.KieBase compile(Map<String, String> drl, List<Problem> problems) {
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId("org.offeradvisor.rules", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        drl.forEach((file, text) -> kfs.write(KFS_PREFIX + file, text));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = message.getPath() == null ? "rules" : message.getPath().replaceFirst("^" + KFS_PREFIX, "");
            String where = message.getLine() > 0 ? file + ":" + message.getLine() + ":" + Math.max(message.getColumn(), 0) : file;
            problems.add(new Problem(where, message.getText().strip().replaceAll("\\s*\\n\\s*", " ")));
        }
        // "Parser returned a null Package" only repeats that a file did not parse; its real errors are listed
        problems.removeIf(p -> p.message().equals("Parser returned a null Package") && problems.stream()
                .anyMatch(other -> other != p && other.where().startsWith(p.where() + ":")));
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieContainer container = ks.newKieContainer(releaseId);
        org.kie.api.KieBase kieBase = container.getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    private static String fingerprint(Path root, Iterable<String> drlFiles) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<String> files = new ArrayList<>();
            drlFiles.forEach(files::add);
            files.addAll(DataFiles.ALL);
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
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
