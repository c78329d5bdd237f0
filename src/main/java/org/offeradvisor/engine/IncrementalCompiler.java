package org.offeradvisor.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.offeradvisor.Problem;

/**
 * The rule author's edit loop: compiles each DRL file the classic way on its own, keeps what every file compiled
 * to, and on a later call recompiles only the files that changed and swaps their packages in the same KieBase
 * (about ten times faster than compiling every file again; the same reports). Errors leave the KieBase as it was, so
 * the last rules that compiled keep serving.
 *
 * <p>For one edit loop: calls are serialized, and a KieBase it returned changes on the next successful call.
 */
final class IncrementalCompiler {
    /** What a file compiled to: its text and its packages (a file normally has one package of its own). */
    private record Compiled(String text, Collection<KiePackage> packages) {
        Set<String> packageNames() {
            Set<String> names = new HashSet<>();
            packages.forEach(p -> names.add(p.getName()));
            return names;
        }
    }

    private final Map<String, Compiled> files = new LinkedHashMap<>();
    private InternalKnowledgeBase kieBase;
    private boolean started;

    /** Whether it has compiled, or begun to compile, a rule set: from then on it serves every call of its loop. */
    synchronized boolean started() {
        return started;
    }

    /**
     * Compiles {@code drl} in a background thread while the first rule base (from the cache) serves, so that the
     * loop's next call compiles only what changed by then; its errors, if any, are found again by that call.
     */
    synchronized void startInBackground(Map<String, String> drl) {
        started = true;
        Thread thread = new Thread(() -> update(drl, new ArrayList<>()), "offer-advisor-rule-compiler");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * The KieBase of the rule set {@code drl} (file name to text): the files that changed since the last successful
     * call are compiled, the others reused. On errors, adds them to {@code problems} and returns null, leaving the
     * previous KieBase unchanged.
     */
    synchronized KieBase update(Map<String, String> drl, List<Problem> problems) {
        started = true;
        Map<String, Compiled> changed = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : drl.entrySet()) {
            Compiled before = files.get(file.getKey());
            if (before == null || !before.text().equals(file.getValue())) {
                Compiled compiled = compile(file.getKey(), file.getValue(), problems);
                if (compiled != null) {
                    changed.put(file.getKey(), compiled);
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        Set<String> removed = new HashSet<>(files.keySet());
        removed.removeAll(drl.keySet());
        if (changed.isEmpty() && removed.isEmpty() && kieBase != null) {
            return kieBase;
        }
        Map<String, Compiled> next = new LinkedHashMap<>();
        drl.keySet().forEach(file -> next.put(file, changed.containsKey(file) ? changed.get(file) : files.get(file)));
        if (kieBase == null) {
            kieBase = fresh(next);
        } else {
            swap(next, changed.keySet(), removed);
        }
        files.clear();
        files.putAll(next);
        return kieBase;
    }

    /**
     * Replaces, in the KieBase, the packages of the changed and removed files: each package they had or have now is
     * removed, then added again from every file that has it (two files may share a package). Should the KieBase refuse
     * the update, it is built again from every file.
     */
    private void swap(Map<String, Compiled> next, Set<String> changed, Set<String> removed) {
        Set<String> affected = new HashSet<>();
        for (String file : changed) {
            affected.addAll(next.get(file).packageNames());
            if (files.containsKey(file)) {
                affected.addAll(files.get(file).packageNames());
            }
        }
        removed.forEach(file -> affected.addAll(files.get(file).packageNames()));
        List<KiePackage> added = new ArrayList<>();
        next.values().forEach(c -> c.packages().stream().filter(p -> affected.contains(p.getName())).forEach(added::add));
        try {
            affected.stream().sorted().filter(name -> kieBase.getKiePackage(name) != null).forEach(kieBase::removeKiePackage);
            kieBase.addPackages(added);
        } catch (RuntimeException e) {
            kieBase = fresh(next);
        }
    }

    private static InternalKnowledgeBase fresh(Map<String, Compiled> files) {
        InternalKnowledgeBase fresh = KnowledgeBaseFactory.newKnowledgeBase();
        List<KiePackage> all = new ArrayList<>();
        files.values().forEach(c -> all.addAll(c.packages()));
        fresh.addPackages(all);
        return fresh;
    }

    /** One file compiled the classic way; on errors, the same messages as a whole build gives, and null. */
    private static Compiled compile(String file, String text, List<Problem> problems) {
        RuleBaseLoader.BUILDS.incrementAndGet();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8)).setSourcePath(file),
                ResourceType.DRL);
        if (!builder.hasErrors()) {
            return new Compiled(text, builder.getKnowledgePackages());
        }
        int before = problems.size();
        RuleBaseLoader.build(KieServices.get(), Map.of(file, text), false, problems);
        if (problems.size() == before) {
            problems.addAll(CompileErrors.translate(Map.of(file, text), builder.getErrors().stream()
                    .map(e -> new CompileErrors.Raw(file, e.getLines().length > 0 ? e.getLines()[0] : -1, 0, e.getMessage()))
                    .toList()));
        }
        return null;
    }
}
