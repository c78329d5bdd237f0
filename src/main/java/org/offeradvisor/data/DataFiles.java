package org.offeradvisor.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.offeradvisor.Problem;
import org.offeradvisor.facts.Band;
import org.offeradvisor.facts.Level;

/**
 * Reads the data files of a rule set (rules/data/*.json), each into its fixed shape: market data, equity
 * data, negotiation data, decision data; and the rule author's own tables, each read as rows of a type declared in
 * DRL ({@link DeclaredTables}). Every break of a shape is one problem
 * {@code data/file.json:line:column: path: message}, sorted by file and line.
 */
public final class DataFiles {
    static final String LEVELS = "data/levels.json";
    static final String BENCHMARKS = "data/benchmarks.json";
    static final String SPECIALIZATIONS = "data/specializations.json";
    static final String EQUITY_DEFAULTS = "data/equity-defaults.json";
    static final String STAGE_DISCOUNTS = "data/stage-discounts.json";
    static final String NEGOTIATION = "data/negotiation.json";
    static final String SCRIPTS = "data/scripts.json";
    static final String SALARY_HISTORY_BANS = "data/salary-history-bans.json";
    static final String DECISION = "data/decision.json";
    public static final String ADVICE_KINDS = "data/advice-kinds.json";
    static final List<String> ALL = List.of(LEVELS, BENCHMARKS, SPECIALIZATIONS, EQUITY_DEFAULTS, STAGE_DISCOUNTS,
            NEGOTIATION, SCRIPTS, SALARY_HISTORY_BANS, DECISION, ADVICE_KINDS);

    private DataFiles() {
    }

    /**
     * Loads every data file under {@code root}, adding what is wrong to {@code problems}; null if anything is. A file
     * no typed reader claims is a table of the type declared, in the rule files {@code drl} (file name to text), under
     * its name in PascalCase; a file that is neither is an error.
     */
    public static KnowledgeData load(Path root, Map<String, String> drl, List<Problem> problems) {
        List<Problem> found = new ArrayList<>();
        var levelsFile = DataFile.read(root, LEVELS, MarketData.LevelsFile.class, found);
        var benchmarksFile = DataFile.read(root, BENCHMARKS, MarketData.BenchmarksFile.class, found);
        var specsFile = DataFile.read(root, SPECIALIZATIONS, MarketData.SpecializationsFile.class, found);
        var defaultsFile = DataFile.read(root, EQUITY_DEFAULTS, EquityData.EquityDefaultsFile.class, found);
        var discountsFile = DataFile.read(root, STAGE_DISCOUNTS, EquityData.StageDiscountsFile.class, found);
        var negotiationFile = DataFile.read(root, NEGOTIATION, NegotiationData.NegotiationFile.class, found);
        var scriptsFile = DataFile.read(root, SCRIPTS, NegotiationData.ScriptsFile.class, found);
        var bansFile = DataFile.read(root, SALARY_HISTORY_BANS, NegotiationData.BansFile.class, found);
        var decisionFile = DataFile.read(root, DECISION, DecisionData.DecisionFile.class, found);
        var kindsFile = DataFile.read(root, ADVICE_KINDS, DecisionData.AdviceKindsFile.class, found);
        List<DeclaredTable> tables = DeclaredTables.read(root, files(root), drl, found);

        List<Level> levels = levelsFile == null ? List.of() : MarketData.levels(levelsFile);
        List<Band> bands = benchmarksFile == null ? List.of() : MarketData.bands(benchmarksFile, levels);
        String asOf = benchmarksFile == null ? null : benchmarksFile.value.asOf();
        if (benchmarksFile != null && DataFile.blank(asOf)) {
            benchmarksFile.problem("asOf", "required: the year or date the benchmarks describe");
        }
        KnowledgeData data = new KnowledgeData(levels, bands, asOf,
                specsFile == null ? List.of() : MarketData.specializations(specsFile),
                discountsFile == null ? List.of() : EquityData.stageDiscounts(discountsFile),
                defaultsFile == null ? null : EquityData.equityDefaults(defaultsFile),
                negotiationFile == null ? null : NegotiationData.negotiationPolicy(negotiationFile),
                negotiationFile == null ? List.of() : NegotiationData.components(negotiationFile),
                scriptsFile == null ? List.of() : NegotiationData.scripts(scriptsFile),
                scriptsFile == null ? List.of() : NegotiationData.phrases(scriptsFile),
                bansFile == null ? null : NegotiationData.bans(bansFile),
                decisionFile == null ? null : DecisionData.decisionPolicy(decisionFile),
                kindsFile == null ? List.of() : DecisionData.adviceKinds(kindsFile),
                tables);
        if (kindsFile != null && found.isEmpty()) {
            data = withSummariesFilled(data, kindsFile);
        }
        found.sort(Comparator.comparing(DataFiles::file).thenComparingInt(DataFiles::line));
        problems.addAll(found);
        return found.isEmpty() ? data : null;
    }

    /** The data with the advice kinds' summaries filled from the data types that have one fact each. */
    private static KnowledgeData withSummariesFilled(KnowledgeData data, DataFile<DecisionData.AdviceKindsFile> kindsFile) {
        Map<String, Map<String, Object>> single = new LinkedHashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Object fact : data.facts()) {
            rows.merge(fact.getClass().getSimpleName(), 1, Integer::sum);
        }
        for (Object fact : data.facts()) {
            if (rows.get(fact.getClass().getSimpleName()) == 1 && fact instanceof Record r) {
                single.put(fact.getClass().getSimpleName(), SummaryPlaceholders.fields(r));
            }
        }
        for (DeclaredTable table : data.declaredTables()) {
            rows.merge(table.typeName(), table.rows().size(), Integer::sum);
            if (table.rows().size() == 1) {
                single.put(table.typeName(), table.rows().get(0));
            }
        }
        rows.keySet().removeAll(single.keySet());
        List<AdviceKind> kinds = SummaryPlaceholders.fill(kindsFile, data.adviceKinds(), single, rows.keySet());
        return new KnowledgeData(data.levels(), data.bands(), data.benchmarksAsOf(), data.specializations(),
                data.stageDiscounts(), data.equityDefaults(), data.negotiationPolicy(), data.packageComponents(),
                data.scripts(), data.phrases(), data.salaryHistoryBan(), data.decisionPolicy(), kinds,
                data.declaredTables());
    }

    /**
     * Every data file of the rule set: the typed ones, and each {@code *.json} under {@code root/data} (subfolders
     * too, but not hidden ones: an editor's backups, a ConfigMap's timestamped copies), by name relative to
     * {@code root}, sorted. What the rule set's fingerprint covers besides the rule files.
     */
    public static List<String> files(Path root) {
        java.util.TreeSet<String> files = new java.util.TreeSet<>(ALL);
        Path data = root.resolve("data");
        if (!Files.isDirectory(data)) {
            return List.copyOf(files);
        }
        try (Stream<Path> walk = Files.walk(data)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> Stream.of(name.split("/")).noneMatch(part -> part.startsWith(".")))
                    .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            // the files that could be listed; the loading reports what cannot be read
        }
        return List.copyOf(files);
    }

    private static String file(Problem problem) {
        return problem.where().split(":")[0];
    }

    private static int line(Problem problem) {
        String[] parts = problem.where().split(":");
        return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    }
}
