package org.offeradvisor.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.offeradvisor.Problem;
import org.offeradvisor.facts.Band;
import org.offeradvisor.facts.CompanyType;
import org.offeradvisor.facts.DecisionPolicy;
import org.offeradvisor.facts.Level;
import org.offeradvisor.facts.NegotiationPolicy;
import org.offeradvisor.facts.PackageComponent;
import org.offeradvisor.facts.Phrase;
import org.offeradvisor.facts.SalaryHistoryBan;
import org.offeradvisor.facts.ScriptTemplate;
import org.offeradvisor.facts.Specialization;
import org.offeradvisor.facts.SpecializationPremium;
import org.offeradvisor.facts.Stage;
import org.offeradvisor.facts.StageDiscount;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the data files of a rule set (rules/data/*.json). Each file has a fixed shape; every break of it
 * is one problem {@code data/file.json:line:column: path: message}.
 */
final class DataFiles {
    static final String LEVELS = "data/levels.json";
    static final String BENCHMARKS = "data/benchmarks.json";
    static final String SPECIALIZATIONS = "data/specializations.json";
    static final String EQUITY_DEFAULTS = "data/equity-defaults.json";
    static final String STAGE_DISCOUNTS = "data/stage-discounts.json";
    static final String NEGOTIATION = "data/negotiation.json";
    static final String SCRIPTS = "data/scripts.json";
    static final String SALARY_HISTORY_BANS = "data/salary-history-bans.json";
    static final String DECISION = "data/decision.json";
    static final String ADVICE_KINDS = "data/advice-kinds.json";
    static final List<String> ALL = List.of(LEVELS, BENCHMARKS, SPECIALIZATIONS, EQUITY_DEFAULTS, STAGE_DISCOUNTS,
            NEGOTIATION, SCRIPTS, SALARY_HISTORY_BANS, DECISION, ADVICE_KINDS);
    /** The matrix factors of the case contract (FACTS.md weights and scores), in the guide's order. */
    private static final List<String> FACTOR_KEYS = List.of("totalComp", "teamAndManager", "technicalChallenges",
            "careerGrowth", "workLifeBalance", "companyTrajectory", "locationFlexibility");

    /** The scripts and phrase groups the shipped rules use; a rule set must define them. */
    private static final List<String> SCRIPT_NAMES = List.of("neverShareCurrent", "letThemAnchor",
            "letThemAnchorIfPushed", "counterWithCompetingOffers", "counterWithMarketData", "competingOffer");
    private static final List<String> PHRASE_GROUPS = List.of("market", "companyType", "factorReason", "counterComponent");
    private static final Set<String> NEGOTIABILITY = Set.of("HIGH", "MEDIUM_HIGH", "MEDIUM", "LOW_MEDIUM", "LOW");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private record LevelsFile(String source, List<LevelRow> levels) { }

    private record LevelRow(Integer rank, String code, String title, List<String> aliases) { }

    private record BenchmarksFile(String asOf, String source, String currency, List<BandRow> bands) { }

    private record BandRow(String name, String company, String companyType, String stage, String level,
                           List<BigDecimal> base, List<BigDecimal> tc, List<BigDecimal> equity,
                           List<BigDecimal> ownershipPercent, String note) { }

    private record SpecializationsFile(String source, List<SpecializationRow> specializations) { }

    private record SpecializationRow(String specialization, String focus, List<BigDecimal> premiumPercent,
                                     List<String> hotCompanies, List<String> hotSectors) { }

    private record EquityDefaultsFile(String source, Integer vestingYears, Integer cliffMonths) { }

    private record NegotiationFile(String source, CounterTargetRow counterTarget, CounterPackageRow counterPackage,
                                   RoundingRow anchorRange, Integer deadlineDays, List<ComponentRow> components) { }

    private record CounterTargetRow(BigDecimal bandPosition, BigDecimal raiseWithoutBand, BigDecimal roundTo) { }

    private record CounterPackageRow(BigDecimal equityShareOfGrant, BigDecimal baseShareOfSalary, BigDecimal signingMin,
                                     BigDecimal signingMax, BigDecimal roundTo) { }

    private record RoundingRow(BigDecimal roundTo) { }

    private record ComponentRow(String key, String component, String typicalRange, String negotiability, String note,
                                String allCashNote) { }

    private record ScriptsFile(String source, Map<String, String> scripts, Map<String, Map<String, String>> phrases) { }

    private record BansFile(String asOf, String note, List<String> states, List<String> cities) { }

    private record AdviceKindsFile(String source, List<AdviceKindRow> kinds) { }

    private record AdviceKindRow(String id, String category, Integer priority, String summary) { }

    private record DecisionFile(String source, List<FactorRow> factors, BigDecimal missingScore,
                                TotalCompFactorRow totalCompFactor, CloseCallRow closeCall) { }

    private record FactorRow(String key, String name, BigDecimal weight) { }

    private record TotalCompFactorRow(BigDecimal scale, BigDecimal min, BigDecimal max) { }

    private record CloseCallRow(BigDecimal margin, BigDecimal weightStep) { }

    private record StageDiscountsFile(String source, List<StageDiscountRow> stages) { }

    private record StageDiscountRow(String stage, List<BigDecimal> retained, String source, String assumption) { }

    private final Path root;
    private final List<Problem> problems = new ArrayList<>();

    private DataFiles(Path root) {
        this.root = root;
    }

    /** Loads every data file under {@code root}, adding what is wrong to {@code problems}. */
    static KnowledgeData load(Path root, List<Problem> problems) {
        DataFiles files = new DataFiles(root);
        KnowledgeData data = files.read();
        files.problems.sort(Comparator.comparing(DataFiles::file).thenComparingInt(DataFiles::line));
        problems.addAll(files.problems);
        return files.problems.isEmpty() ? data : null;
    }

    private KnowledgeData read() {
        Parsed<LevelsFile> levelsFile = parse(LEVELS, LevelsFile.class);
        Parsed<BenchmarksFile> benchmarksFile = parse(BENCHMARKS, BenchmarksFile.class);
        Parsed<SpecializationsFile> specsFile = parse(SPECIALIZATIONS, SpecializationsFile.class);
        Parsed<EquityDefaultsFile> defaultsFile = parse(EQUITY_DEFAULTS, EquityDefaultsFile.class);
        Parsed<StageDiscountsFile> discountsFile = parse(STAGE_DISCOUNTS, StageDiscountsFile.class);
        Parsed<NegotiationFile> negotiationFile = parse(NEGOTIATION, NegotiationFile.class);
        Parsed<ScriptsFile> scriptsFile = parse(SCRIPTS, ScriptsFile.class);
        Parsed<BansFile> bansFile = parse(SALARY_HISTORY_BANS, BansFile.class);
        Parsed<DecisionFile> decisionFile = parse(DECISION, DecisionFile.class);
        Parsed<AdviceKindsFile> kindsFile = parse(ADVICE_KINDS, AdviceKindsFile.class);

        List<Level> levels = levelsFile == null ? List.of() : levels(levelsFile);
        List<Band> bands = benchmarksFile == null ? List.of() : bands(benchmarksFile, levels);
        List<SpecializationPremium> specs = specsFile == null ? List.of() : specializations(specsFile);
        KnowledgeData.EquityDefaults defaults = defaultsFile == null ? null : equityDefaults(defaultsFile);
        String asOf = benchmarksFile == null ? null : benchmarksFile.value.asOf();
        if (benchmarksFile != null && blank(asOf)) {
            benchmarksFile.problem("asOf", "required: the year or date the benchmarks describe");
        }
        List<StageDiscount> discounts = discountsFile == null ? List.of() : stageDiscounts(discountsFile);
        NegotiationPolicy policy = negotiationFile == null ? null : negotiationPolicy(negotiationFile);
        List<PackageComponent> components = negotiationFile == null ? List.of() : components(negotiationFile);
        List<ScriptTemplate> scripts = scriptsFile == null ? List.of() : scripts(scriptsFile);
        List<Phrase> phrases = scriptsFile == null ? List.of() : phrases(scriptsFile);
        SalaryHistoryBan bans = bansFile == null ? null : bans(bansFile);
        DecisionPolicy decision = decisionFile == null ? null : decisionPolicy(decisionFile);
        List<AdviceKind> kinds = kindsFile == null ? List.of() : adviceKinds(kindsFile);
        return new KnowledgeData(levels, bands, asOf, specs, discounts, defaults, policy, components, scripts, phrases,
                bans, decision, kinds);
    }

    private List<Level> levels(Parsed<LevelsFile> file) {
        List<Level> levels = new ArrayList<>();
        List<LevelRow> rows = file.value.levels();
        if (rows == null || rows.isEmpty()) {
            file.problem("levels", "required: at least one level");
            return levels;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            LevelRow row = rows.get(i);
            String at = "levels[" + i + "]";
            if (row.rank() == null || blank(row.code()) || blank(row.title())) {
                file.problem(at, "needs rank, code and title");
                continue;
            }
            List<String> aliases = row.aliases() == null ? List.of() : row.aliases();
            Set<String> own = new HashSet<>();
            for (String name : concat(List.of(row.code(), row.title()), aliases)) {
                if (own.add(name.toUpperCase(Locale.ROOT)) && !names.add(name.toUpperCase(Locale.ROOT))) {
                    file.problem(at, "the name \"" + name + "\" is used by another level");
                }
            }
            levels.add(new Level(row.rank(), row.code(), row.title(), aliases));
        }
        return levels;
    }

    private List<Band> bands(Parsed<BenchmarksFile> file, List<Level> levels) {
        List<Band> bands = new ArrayList<>();
        List<BandRow> rows = file.value.bands();
        if (rows == null) {
            file.problem("bands", "required: the list of benchmark bands");
            return bands;
        }
        for (int i = 0; i < rows.size(); i++) {
            BandRow row = rows.get(i);
            String at = "bands[" + i + "]";
            int before = file.problems();
            if (blank(row.name())) {
                file.problem(at, "needs a name");
            }
            CompanyType companyType = enumValue(file, at + ".companyType", CompanyType.class, row.companyType());
            Stage stage = enumValue(file, at + ".stage", Stage.class, row.stage());
            Integer rank = null;
            if (row.level() != null) {
                rank = levels.stream().filter(l -> l.code().equalsIgnoreCase(row.level()))
                        .map(Level::rank).findFirst().orElse(null);
                if (rank == null) {
                    file.problem(at + ".level", "\"" + row.level() + "\" is not a level code of " + LEVELS);
                }
            }
            boolean byCompany = row.company() != null && row.level() != null;
            boolean byLevel = row.company() == null && companyType != null && row.level() != null && stage == null;
            boolean byStage = row.company() == null && companyType == CompanyType.STARTUP && stage != null
                    && row.level() == null;
            if (!(byCompany || byLevel || byStage)) {
                file.problem(at, "must be keyed by company and level, by companyType and level, "
                        + "or (companyType STARTUP) by stage");
            }
            BigDecimal[] base = range(file, at + ".base", row.base());
            BigDecimal[] tc = range(file, at + ".tc", row.tc());
            BigDecimal[] equity = range(file, at + ".equity", row.equity());
            BigDecimal[] ownership = range(file, at + ".ownershipPercent", row.ownershipPercent());
            if (row.base() == null && row.tc() == null) {
                file.problem(at, "needs a base or a tc range to compare offers with");
            }
            if (file.problems() == before) {
                bands.add(new Band(row.name(), row.company() == null ? null : row.company().toLowerCase(Locale.ROOT),
                        companyType, stage, rank, base[0], base[1], tc[0], tc[1], equity[0], equity[1],
                        ownership[0], ownership[1], row.note()));
            }
        }
        return bands;
    }

    private List<SpecializationPremium> specializations(Parsed<SpecializationsFile> file) {
        List<SpecializationPremium> specs = new ArrayList<>();
        List<SpecializationRow> rows = file.value.specializations();
        if (rows == null) {
            file.problem("specializations", "required: one row per specialization");
            return specs;
        }
        Set<Specialization> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            SpecializationRow row = rows.get(i);
            String at = "specializations[" + i + "]";
            int before = file.problems();
            Specialization spec = enumValue(file, at + ".specialization", Specialization.class, row.specialization());
            if (spec == null) {
                file.problem(at, "needs a specialization");
            } else if (!seen.add(spec)) {
                file.problem(at + ".specialization", spec + " has another row");
            }
            BigDecimal[] premium = range(file, at + ".premiumPercent", row.premiumPercent());
            if (row.premiumPercent() == null) {
                file.problem(at, "needs premiumPercent [low, high]");
            }
            if (file.problems() == before) {
                List<String> hot = row.hotCompanies() == null ? List.of() : row.hotCompanies();
                specs.add(new SpecializationPremium(spec, row.focus(), premium[0], premium[1], hot,
                        hot.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList(),
                        row.hotSectors() == null ? List.of() : row.hotSectors()));
            }
        }
        for (Specialization spec : Specialization.values()) {
            if (!seen.contains(spec)) {
                file.problem("specializations", "no row for " + spec);
            }
        }
        return specs;
    }

    private List<StageDiscount> stageDiscounts(Parsed<StageDiscountsFile> file) {
        List<StageDiscount> discounts = new ArrayList<>();
        List<StageDiscountRow> rows = file.value.stages();
        if (rows == null) {
            file.problem("stages", "required: one row per stage");
            return discounts;
        }
        Set<Stage> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            StageDiscountRow row = rows.get(i);
            String at = "stages[" + i + "]";
            int before = file.problems();
            Stage stage = enumValue(file, at + ".stage", Stage.class, row.stage());
            if (stage == null) {
                file.problem(at, "needs a stage");
            } else if (!seen.add(stage)) {
                file.problem(at + ".stage", stage + " has another row");
            }
            BigDecimal[] retained = range(file, at + ".retained", row.retained());
            if (row.retained() == null) {
                file.problem(at, "needs retained [low, high], fractions of paper value");
            } else if (retained[1] != null && retained[1].compareTo(BigDecimal.ONE) > 0) {
                file.problem(at + ".retained", "fractions of paper value must be at most 1");
            }
            if (blank(row.source())) {
                file.problem(at, "needs a source: the guide's section, or \"assumption\"");
            } else if ("assumption".equals(row.source()) && blank(row.assumption())) {
                file.problem(at, "an assumption needs its text in \"assumption\"");
            }
            if (file.problems() == before) {
                discounts.add(new StageDiscount(stage, retained[0], retained[1], row.source(), row.assumption()));
            }
        }
        for (Stage stage : Stage.values()) {
            if (!seen.contains(stage)) {
                file.problem("stages", "no row for " + stage);
            }
        }
        return discounts;
    }

    private NegotiationPolicy negotiationPolicy(Parsed<NegotiationFile> file) {
        NegotiationFile f = file.value;
        int before = file.problems();
        CounterTargetRow t = f.counterTarget();
        CounterPackageRow p = f.counterPackage();
        if (t == null) {
            file.problem("counterTarget", "required: bandPosition, raiseWithoutBand, roundTo");
        } else {
            fraction(file, "counterTarget.bandPosition", t.bandPosition());
            positive(file, "counterTarget.raiseWithoutBand", t.raiseWithoutBand());
            positive(file, "counterTarget.roundTo", t.roundTo());
        }
        if (p == null) {
            file.problem("counterPackage", "required: equityShareOfGrant, baseShareOfSalary, signingMin, signingMax, roundTo");
        } else {
            fraction(file, "counterPackage.equityShareOfGrant", p.equityShareOfGrant());
            fraction(file, "counterPackage.baseShareOfSalary", p.baseShareOfSalary());
            range(file, "counterPackage.signingMin", p.signingMin() == null || p.signingMax() == null ? null
                    : List.of(p.signingMin(), p.signingMax()));
            positive(file, "counterPackage.roundTo", p.roundTo());
        }
        if (f.anchorRange() == null) {
            file.problem("anchorRange", "required: roundTo");
        } else {
            positive(file, "anchorRange.roundTo", f.anchorRange().roundTo());
        }
        if (f.deadlineDays() == null || f.deadlineDays() < 0) {
            file.problem("deadlineDays", "required, 0 or more");
        }
        return file.problems() != before ? null : new NegotiationPolicy(t.bandPosition(), t.raiseWithoutBand(), t.roundTo(),
                p.equityShareOfGrant(), p.baseShareOfSalary(), p.signingMin(), p.signingMax(), p.roundTo(),
                f.anchorRange().roundTo(), f.deadlineDays());
    }

    private List<PackageComponent> components(Parsed<NegotiationFile> file) {
        List<PackageComponent> components = new ArrayList<>();
        List<ComponentRow> rows = file.value.components();
        if (rows == null || rows.isEmpty()) {
            file.problem("components", "required: the Step 3 table");
            return components;
        }
        for (int i = 0; i < rows.size(); i++) {
            ComponentRow row = rows.get(i);
            String at = "components[" + i + "]";
            if (blank(row.key()) || blank(row.component()) || blank(row.typicalRange())) {
                file.problem(at, "needs key, component and typicalRange");
            } else if (!NEGOTIABILITY.contains(String.valueOf(row.negotiability()))) {
                file.problem(at + ".negotiability", "must be one of " + new java.util.TreeSet<>(NEGOTIABILITY));
            } else {
                components.add(new PackageComponent(i + 1, row.key(), row.component(), row.typicalRange(),
                        row.negotiability(), row.note(), row.allCashNote()));
            }
        }
        return components;
    }

    private List<ScriptTemplate> scripts(Parsed<ScriptsFile> file) {
        Map<String, String> scripts = file.value.scripts() == null ? Map.of() : file.value.scripts();
        for (String name : SCRIPT_NAMES) {
            if (blank(scripts.get(name))) {
                file.problem("scripts", "no script \"" + name + "\": the rules use it");
            }
        }
        return scripts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new ScriptTemplate(e.getKey(), e.getValue())).toList();
    }

    private List<Phrase> phrases(Parsed<ScriptsFile> file) {
        Map<String, Map<String, String>> groups = file.value.phrases() == null ? Map.of() : file.value.phrases();
        for (String group : PHRASE_GROUPS) {
            if (groups.get(group) == null) {
                file.problem("phrases", "no phrase group \"" + group + "\": the rules use it");
            }
        }
        List<Phrase> phrases = new ArrayList<>();
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(group ->
                group.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> phrases.add(new Phrase(group.getKey(), e.getKey(), e.getValue()))));
        return phrases;
    }

    private SalaryHistoryBan bans(Parsed<BansFile> file) {
        BansFile f = file.value;
        int before = file.problems();
        if (blank(f.asOf())) {
            file.problem("asOf", "required: the date of the list");
        }
        if (blank(f.note())) {
            file.problem("note", "required: say that the list is not legal advice");
        }
        List<String> states = f.states() == null ? List.of() : f.states();
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i) == null || !states.get(i).matches("[A-Z]{2}")) {
                file.problem("states[" + i + "]", "must be a two-letter US postal code");
            }
        }
        return file.problems() != before ? null
                : new SalaryHistoryBan(f.asOf(), f.note(), states, f.cities() == null ? List.of() : f.cities());
    }

    private List<AdviceKind> adviceKinds(Parsed<AdviceKindsFile> file) {
        List<AdviceKind> kinds = new ArrayList<>();
        List<AdviceKindRow> rows = file.value.kinds() == null ? List.of() : file.value.kinds();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            AdviceKindRow row = rows.get(i);
            String at = "kinds[" + i + "]";
            if (blank(row.id()) || !row.id().matches("[A-Z]+(-[A-Z0-9]+)+")) {
                file.problem(at + ".id", "required, like MKT-POSITION");
            } else if (!ids.add(row.id())) {
                file.problem(at + ".id", row.id() + " is documented twice");
            } else if (enumValue(file, at + ".category", org.offeradvisor.facts.Category.class, row.category()) == null) {
                file.problem(at, "needs a category");
            } else if (row.priority() == null || row.priority() < 1 || row.priority() > 3) {
                file.problem(at + ".priority", "required: 1 (act now), 2 (weighs on the decision) or 3 (context)");
            } else if (blank(row.summary())) {
                file.problem(at + ".summary", "required: what the advice says, in a sentence");
            } else {
                kinds.add(new AdviceKind(row.id(), row.category(), row.priority(), row.summary()));
            }
        }
        return kinds;
    }

    private DecisionPolicy decisionPolicy(Parsed<DecisionFile> file) {
        DecisionFile f = file.value;
        int before = file.problems();
        List<FactorRow> rows = f.factors() == null ? List.of() : f.factors();
        List<String> keys = rows.stream().map(FactorRow::key).toList();
        if (!keys.equals(FACTOR_KEYS)) {
            file.problem("factors", "must list the factors " + FACTOR_KEYS + " in this order");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            FactorRow row = rows.get(i);
            if (blank(row.name()) || row.weight() == null || row.weight().signum() < 0) {
                file.problem("factors[" + i + "]", "needs a name and a weight of 0 or more");
            } else {
                total = total.add(row.weight());
            }
        }
        if (file.problems() == before && total.compareTo(BigDecimal.valueOf(100)) != 0) {
            file.problem("factors", "weights sum to " + total.toPlainString() + ", must sum to 100");
        }
        positive(file, "missingScore", f.missingScore());
        TotalCompFactorRow tc = f.totalCompFactor();
        if (tc == null) {
            file.problem("totalCompFactor", "required: scale, min, max");
        } else {
            positive(file, "totalCompFactor.scale", tc.scale());
            range(file, "totalCompFactor.min", tc.min() == null || tc.max() == null ? null : List.of(tc.min(), tc.max()));
        }
        CloseCallRow close = f.closeCall();
        if (close == null) {
            file.problem("closeCall", "required: margin, weightStep");
        } else {
            positive(file, "closeCall.margin", close.margin());
            positive(file, "closeCall.weightStep", close.weightStep());
        }
        return file.problems() != before ? null : new DecisionPolicy(
                rows.stream().map(r -> new DecisionPolicy.Factor(r.key(), r.name(), r.weight())).toList(),
                f.missingScore(), tc.scale(), tc.min(), tc.max(), close.margin(), close.weightStep());
    }

    private void fraction(Parsed<?> file, String at, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            file.problem(at, "required, a fraction from 0 to 1");
        }
    }

    private void positive(Parsed<?> file, String at, BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            file.problem(at, "required, greater than 0");
        }
    }

    private KnowledgeData.EquityDefaults equityDefaults(Parsed<EquityDefaultsFile> file) {
        EquityDefaultsFile value = file.value;
        int before = file.problems();
        if (value.vestingYears() == null || value.vestingYears() < 1 || value.vestingYears() > 10) {
            file.problem("vestingYears", "required, 1..10");
        }
        if (value.cliffMonths() == null || value.cliffMonths() < 0 || value.cliffMonths() > 24) {
            file.problem("cliffMonths", "required, 0..24");
        }
        return file.problems() == before
                ? new KnowledgeData.EquityDefaults(value.vestingYears(), value.cliffMonths()) : null;
    }

    private BigDecimal[] range(Parsed<?> file, String at, List<BigDecimal> range) {
        if (range == null) {
            return new BigDecimal[2];
        }
        if (range.size() != 2 || range.stream().anyMatch(java.util.Objects::isNull) || range.get(0).compareTo(range.get(1)) > 0
                || range.get(0).signum() < 0) {
            file.problem(at, "must be [low, high] with 0 <= low <= high");
            return new BigDecimal[2];
        }
        return new BigDecimal[] {range.get(0), range.get(1)};
    }

    private <E extends Enum<E>> E enumValue(Parsed<?> file, String at, Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            file.problem(at, "\"" + value + "\" is not one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    private <T> Parsed<T> parse(String name, Class<T> type) {
        Path path = root.resolve(name);
        String json;
        try {
            json = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Problem(name, Files.exists(path) ? "cannot be read" : "missing: the rules need this data file"));
            return null;
        }
        JsonLocations locations;
        try {
            locations = JsonLocations.of(MAPPER, json);
        } catch (JacksonException e) {
            problems.add(new Problem(name + ":" + lineColumn(e), e.getOriginalMessage()));
            return null;
        }
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                problems.add(new Problem(name + ":1:1", "is empty"));
                return null;
            }
            return new Parsed<>(name, value, locations);
        } catch (UnrecognizedPropertyException e) {
            String at = path(e);
            problems.add(new Problem(name + ":" + locations.lineColumn(at), at + ": unknown field"));
        } catch (DatabindException e) {
            String at = path(e);
            problems.add(new Problem(name + ":" + locations.lineColumn(at), at + ": " + e.getOriginalMessage()));
        } catch (JacksonException e) {
            problems.add(new Problem(name + ":" + lineColumn(e), e.getOriginalMessage()));
        }
        return null;
    }

    /** The JSON path of the value a mapping error is about: {@code specializations[0].focuss}. */
    private static String path(DatabindException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String lineColumn(JacksonException e) {
        return e.getLocation() == null ? "1:1" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
    }

    private final class Parsed<T> {
        final String name;
        final T value;
        final JsonLocations locations;
        private int count;

        Parsed(String name, T value, JsonLocations locations) {
            this.name = name;
            this.value = value;
            this.locations = locations;
        }

        void problem(String path, String message) {
            count++;
            problems.add(new Problem(name + ":" + locations.lineColumn(path), path + ": " + message));
        }

        int problems() {
            return count;
        }
    }

    private static String file(Problem problem) {
        return problem.where().split(":")[0];
    }

    private static int line(Problem problem) {
        String[] parts = problem.where().split(":");
        return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
