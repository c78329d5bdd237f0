package org.offeradvisor.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.offeradvisor.facts.NegotiationPolicy;
import org.offeradvisor.facts.PackageComponent;
import org.offeradvisor.facts.Phrase;
import org.offeradvisor.facts.SalaryHistoryBan;
import org.offeradvisor.facts.ScriptTemplate;

import static org.offeradvisor.data.DataFile.blank;

/** Reads the negotiation data files: the policy numbers and Step 3 table, the scripts, the salary-history bans. */
final class NegotiationData {
    /** The scripts and phrase groups the shipped rules use; a rule set must define them. */
    private static final List<String> SCRIPT_NAMES = List.of("neverShareCurrent", "letThemAnchor",
            "letThemAnchorIfPushed", "counterWithCompetingOffers", "counterWithMarketData", "counterSigningAddition", "competingOffer");
    private static final List<String> PHRASE_GROUPS = List.of("market", "companyType", "factorReason", "counterComponent", "signingCovers", "signingReason");
    private static final Set<String> NEGOTIABILITY = Set.of("HIGH", "MEDIUM_HIGH", "MEDIUM", "LOW_MEDIUM", "LOW");

    record NegotiationFile(String source, CounterTargetRow counterTarget, HonestyRow honesty, RealismRow realism,
                           SummaryRow summary, CounterPackageRow counterPackage, RoundingRow anchorRange,
                           Integer deadlineDays, List<ComponentRow> components) { }

    record CounterTargetRow(BigDecimal bandPosition, BigDecimal raiseWithoutBand, BigDecimal roundTo,
                            BigDecimal maxRaisePercent, BigDecimal minRaiseOverCurrentPercent) { }

    record HonestyRow(BigDecimal comparableShare) { }

    record RealismRow(BigDecimal outlierFactor) { }

    record SummaryRow(Integer maxActions) { }

    record CounterPackageRow(BigDecimal equityShareOfGrant, BigDecimal baseShareOfSalary, BigDecimal signingMin,
                                     BigDecimal signingMax, BigDecimal roundTo) { }

    record RoundingRow(BigDecimal roundTo) { }

    record ComponentRow(String key, String component, String typicalRange, String negotiability, String note,
                                String allCashNote) { }

    record ScriptsFile(String source, Map<String, String> scripts, Map<String, Map<String, String>> phrases) { }

    record BansFile(String asOf, String note, List<String> states, List<String> cities) { }

    private NegotiationData() {
    }

    static NegotiationPolicy negotiationPolicy(DataFile<NegotiationFile> file) {
        NegotiationFile f = file.value;
        int before = file.problems();
        CounterTargetRow t = f.counterTarget();
        CounterPackageRow p = f.counterPackage();
        if (t == null) {
            file.problem("counterTarget", "required: bandPosition, raiseWithoutBand, roundTo, maxRaisePercent, "
                    + "minRaiseOverCurrentPercent");
        } else {
            file.fraction("counterTarget.bandPosition", t.bandPosition());
            file.positive("counterTarget.raiseWithoutBand", t.raiseWithoutBand());
            file.positive("counterTarget.roundTo", t.roundTo());
            file.positive("counterTarget.maxRaisePercent", t.maxRaisePercent());
            file.positive("counterTarget.minRaiseOverCurrentPercent", t.minRaiseOverCurrentPercent());
        }
        if (f.honesty() == null) {
            file.problem("honesty", "required: comparableShare");
        } else {
            file.fraction("honesty.comparableShare", f.honesty().comparableShare());
        }
        if (f.realism() == null) {
            file.problem("realism", "required: outlierFactor");
        } else {
            file.positive("realism.outlierFactor", f.realism().outlierFactor());
        }
        if (f.summary() == null || f.summary().maxActions() == null || f.summary().maxActions() < 1) {
            file.problem("summary", "required: maxActions, 1 or more");
        }
        if (p == null) {
            file.problem("counterPackage", "required: equityShareOfGrant, baseShareOfSalary, signingMin, signingMax, roundTo");
        } else {
            file.fraction("counterPackage.equityShareOfGrant", p.equityShareOfGrant());
            file.fraction("counterPackage.baseShareOfSalary", p.baseShareOfSalary());
            file.range("counterPackage.signingMin", p.signingMin() == null || p.signingMax() == null ? null
                    : List.of(p.signingMin(), p.signingMax()));
            file.positive("counterPackage.roundTo", p.roundTo());
        }
        if (f.anchorRange() == null) {
            file.problem("anchorRange", "required: roundTo");
        } else {
            file.positive("anchorRange.roundTo", f.anchorRange().roundTo());
        }
        if (f.deadlineDays() == null || f.deadlineDays() < 0) {
            file.problem("deadlineDays", "required, 0 or more");
        }
        return file.problems() != before ? null : new NegotiationPolicy(t.bandPosition(), t.raiseWithoutBand(), t.roundTo(),
                t.maxRaisePercent(), t.minRaiseOverCurrentPercent(),
                p.equityShareOfGrant(), p.baseShareOfSalary(), p.signingMin(), p.signingMax(), p.roundTo(),
                f.honesty().comparableShare(), f.realism().outlierFactor(),
                f.anchorRange().roundTo(), f.deadlineDays(), f.summary().maxActions());
    }

    static List<PackageComponent> components(DataFile<NegotiationFile> file) {
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

    static List<ScriptTemplate> scripts(DataFile<ScriptsFile> file) {
        Map<String, String> scripts = file.value.scripts() == null ? Map.of() : file.value.scripts();
        for (String name : SCRIPT_NAMES) {
            if (blank(scripts.get(name))) {
                file.problem("scripts", "no script \"" + name + "\": the rules use it");
            }
        }
        return scripts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new ScriptTemplate(e.getKey(), e.getValue())).toList();
    }

    static List<Phrase> phrases(DataFile<ScriptsFile> file) {
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

    static SalaryHistoryBan bans(DataFile<BansFile> file) {
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
}
