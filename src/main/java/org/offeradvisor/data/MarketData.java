package org.offeradvisor.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.offeradvisor.facts.Band;
import org.offeradvisor.facts.CompanyType;
import org.offeradvisor.facts.Level;
import org.offeradvisor.facts.Specialization;
import org.offeradvisor.facts.SpecializationPremium;
import org.offeradvisor.facts.Stage;

import static org.offeradvisor.data.DataFile.blank;

/** Reads the market data files: the level table, the benchmark bands, the specializations. */
final class MarketData {
    record LevelsFile(String source, List<LevelRow> levels) { }

    record LevelRow(Integer rank, String code, String title, List<String> aliases) { }

    record BenchmarksFile(String asOf, String source, String currency, List<BandRow> bands) { }

    record BandRow(String name, String company, String companyType, String stage, String level,
                           List<BigDecimal> base, List<BigDecimal> tc, List<BigDecimal> equity,
                           List<BigDecimal> ownershipPercent, String note) { }

    record SpecializationsFile(String source, List<SpecializationRow> specializations) { }

    record SpecializationRow(String specialization, String focus, List<BigDecimal> premiumPercent,
                                     List<String> hotCompanies, List<String> hotSectors) { }

    private MarketData() {
    }

    static List<Level> levels(DataFile<LevelsFile> file) {
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

    static List<Band> bands(DataFile<BenchmarksFile> file, List<Level> levels) {
        List<Band> bands = new ArrayList<>();
        List<BandRow> rows = file.value.bands();
        if (rows == null) {
            file.problem("bands", "required: the list of benchmark bands");
            return bands;
        }
        String currency = file.value.currency();
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            file.problem("currency", "required: the ISO 4217 code the bands are in, e.g. \"USD\"");
        }
        for (int i = 0; i < rows.size(); i++) {
            BandRow row = rows.get(i);
            String at = "bands[" + i + "]";
            int before = file.problems();
            if (blank(row.name())) {
                file.problem(at, "needs a name");
            }
            CompanyType companyType = file.enumValue(at + ".companyType", CompanyType.class, row.companyType());
            Stage stage = file.enumValue(at + ".stage", Stage.class, row.stage());
            Integer rank = null;
            if (row.level() != null) {
                rank = levels.stream().filter(l -> l.code().equalsIgnoreCase(row.level()))
                        .map(Level::rank).findFirst().orElse(null);
                if (rank == null) {
                    file.problem(at + ".level", "\"" + row.level() + "\" is not a level code of " + DataFiles.LEVELS);
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
            BigDecimal[] base = file.range(at + ".base", row.base());
            BigDecimal[] tc = file.range(at + ".tc", row.tc());
            BigDecimal[] equity = file.range(at + ".equity", row.equity());
            BigDecimal[] ownership = file.range(at + ".ownershipPercent", row.ownershipPercent());
            if (row.base() == null && row.tc() == null) {
                file.problem(at, "needs a base or a tc range to compare offers with");
            }
            if (file.problems() == before) {
                bands.add(new Band(row.name(), currency, row.company() == null ? null : row.company().toLowerCase(Locale.ROOT),
                        companyType, stage, rank, base[0], base[1], tc[0], tc[1], equity[0], equity[1],
                        ownership[0], ownership[1], row.note()));
            }
        }
        return bands;
    }

    static List<SpecializationPremium> specializations(DataFile<SpecializationsFile> file) {
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
            Specialization spec = file.enumValue(at + ".specialization", Specialization.class, row.specialization());
            if (spec == null) {
                file.problem(at, "needs a specialization");
            } else if (!seen.add(spec)) {
                file.problem(at + ".specialization", spec + " has another row");
            }
            BigDecimal[] premium = file.range(at + ".premiumPercent", row.premiumPercent());
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

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
