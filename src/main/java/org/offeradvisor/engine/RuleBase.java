package org.offeradvisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import java.util.function.Supplier;

import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.definition.type.FactType;
import org.offeradvisor.data.DeclaredTable;
import org.offeradvisor.data.KnowledgeData;

/**
 * A compiled rule set and its data, built once from a rules directory and shared by every case: the
 * KieBase is thread-safe and the data immutable; each case gets a session of its own for its run.
 */
public final class RuleBase {
    private final Supplier<KieBase> kieBase;
    private volatile KieSessionsPool sessions;
    private final KnowledgeData data;
    private final Map<String, RuleInfo> rules;
    private final Map<Rule, Optional<String>> files = new ConcurrentHashMap<>();
    private final String fingerprint;
    private volatile List<Object> dataFacts;

    RuleBase(KieBase kieBase, KnowledgeData data, Map<String, RuleInfo> rules, String fingerprint) {
        this(() -> kieBase, data, rules, fingerprint);
    }

    /** A rule base whose KieBase may still be loading (from the cache, in the background) until first used. */
    RuleBase(Supplier<KieBase> kieBase, KnowledgeData data, Map<String, RuleInfo> rules, String fingerprint) {
        this.kieBase = kieBase;
        this.data = data;
        this.rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
        this.fingerprint = fingerprint;
    }

    KieBase kieBase() {
        return kieBase.get();
    }

    /**
     * A session for one case, taken from a pool: {@code dispose()} resets it (facts, agenda, listeners, fact
     * handle counters) and gives it back, so the next case starts from the state of a new session without paying
     * for its node memories again (about a megabyte each). One caller at a time uses a session; the pool grows
     * to the number of cases advised at once.
     */
    KieSession newSession() {
        KieSessionsPool pool = sessions;
        if (pool == null) {
            synchronized (this) {
                pool = sessions;
                if (pool == null) {
                    pool = kieBase().newKieSessionsPool(1);
                    sessions = pool;
                }
            }
        }
        return pool.newKieSession();
    }

    /**
     * Disposes the pooled sessions: for a rule base replaced in an edit loop, whose KieBase lives on (and would
     * otherwise keep updating sessions no one uses). Later cases get a pool of their own.
     */
    synchronized void closeSessions() {
        if (sessions != null) {
            sessions.shutdown();
            sessions = null;
        }
    }

    /**
     * Every data row, in a stable order, inserted into each session: the typed rows, then each row of the rule
     * author's tables as an instance of its declared class. Built once, on first use, as the declared classes come
     * from the KieBase (which may still be loading when the rule base is made).
     */
    List<Object> dataFacts() {
        List<Object> facts = dataFacts;
        if (facts == null) {
            synchronized (this) {
                facts = dataFacts;
                if (facts == null) {
                    facts = new ArrayList<>(data.facts());
                    for (DeclaredTable table : data.declaredTables()) {
                        facts.addAll(instances(kieBase(), table));
                    }
                    facts = List.copyOf(facts);
                    dataFacts = facts;
                }
            }
        }
        return facts;
    }

    /** The rows of a table as instances of the class its type is declared as in {@code kieBase}. */
    private static List<Object> instances(KieBase kieBase, DeclaredTable table) {
        FactType type = kieBase.getFactType(table.packageName(), table.typeName());
        if (type == null) {
            // the data were checked against the declarations of the very DRL this KieBase was built from
            throw new IllegalStateException("declared type " + table.packageName() + "." + table.typeName()
                    + " is not in the rule base");
        }
        List<Object> instances = new ArrayList<>();
        for (Map<String, Object> row : table.rows()) {
            try {
                Object instance = type.newInstance();
                row.forEach((field, value) -> type.set(instance, field, value));
                instances.add(instance);
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException("cannot make a " + table.typeName() + " of " + table.file(), e);
            }
        }
        return instances;
    }

    public KnowledgeData data() {
        return data;
    }

    /** {@code sha256:} of every rule and data file, names included: which knowledge made a report. */
    public String fingerprint() {
        return fingerprint;
    }

    public int ruleCount() {
        return rules.size();
    }

    /** Every rule, by file and then line. */
    public List<RuleInfo> rules() {
        return List.copyOf(rules.values());
    }

    /** The file a rule comes from; looked up once per rule, as it is asked at every firing. */
    String fileOf(Rule rule) {
        return files.computeIfAbsent(rule, r -> Optional.ofNullable(rules.get(r.getPackageName() + "." + r.getName()))
                .map(RuleInfo::file)).orElse(null);
    }
}
