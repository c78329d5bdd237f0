package org.offeradvisor.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.offeradvisor.facts.Band;
import org.offeradvisor.facts.DecisionPolicy;
import org.offeradvisor.facts.Level;
import org.offeradvisor.facts.NegotiationPolicy;
import org.offeradvisor.facts.PackageComponent;
import org.offeradvisor.facts.Phrase;
import org.offeradvisor.facts.SalaryHistoryBan;
import org.offeradvisor.facts.ScriptTemplate;
import org.offeradvisor.facts.SpecializationPremium;
import org.offeradvisor.facts.StageDiscount;

/**
 * The data files under rules/data, loaded and checked: every row becomes a fact inserted into each
 * session, and the level table and equity defaults also serve validation and normalization. The typed files have
 * readers of their own; the others are the rule author's tables of declared types.
 */
public record KnowledgeData(
        List<Level> levels,
        List<Band> bands,
        String benchmarksAsOf,
        List<SpecializationPremium> specializations,
        List<StageDiscount> stageDiscounts,
        EquityDefaults equityDefaults,
        NegotiationPolicy negotiationPolicy,
        List<PackageComponent> packageComponents,
        List<ScriptTemplate> scripts,
        List<Phrase> phrases,
        SalaryHistoryBan salaryHistoryBan,
        DecisionPolicy decisionPolicy,
        List<AdviceKind> adviceKinds,
        List<DeclaredTable> declaredTables) {

    public KnowledgeData {
        levels = List.copyOf(levels);
        bands = List.copyOf(bands);
        specializations = List.copyOf(specializations);
        stageDiscounts = List.copyOf(stageDiscounts);
        packageComponents = List.copyOf(packageComponents);
        scripts = List.copyOf(scripts);
        phrases = List.copyOf(phrases);
        adviceKinds = List.copyOf(adviceKinds);
        declaredTables = List.copyOf(declaredTables);
    }

    /** The documented advice kind of an id. */
    public Optional<AdviceKind> adviceKind(String id) {
        return adviceKinds.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /** The defaults an offer's equity takes when the case leaves them out. */
    public record EquityDefaults(int vestingYears, int cliffMonths) {
    }

    /** The level a case names, by code, title or alias, ignoring case. */
    public Optional<Level> level(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT);
        return levels.stream()
                .filter(l -> l.code().equalsIgnoreCase(key) || l.title().equalsIgnoreCase(key)
                        || l.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(key)))
                .findFirst();
    }

    /**
     * Every row of the typed data files, in a stable order, to insert into a session; the rows of the rule author's
     * own tables ({@link #declaredTables}) become instances of their declared classes, which only the KieBase has.
     */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>(levels);
        facts.addAll(bands);
        facts.addAll(specializations);
        facts.addAll(stageDiscounts);
        facts.add(negotiationPolicy);
        facts.addAll(packageComponents);
        facts.addAll(scripts);
        facts.addAll(phrases);
        facts.add(salaryHistoryBan);
        facts.add(decisionPolicy);
        return facts;
    }
}
