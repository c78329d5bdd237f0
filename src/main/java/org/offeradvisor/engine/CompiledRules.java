package org.offeradvisor.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * A rule set compiled to Drools' executable model, as kjar bytes: the generated classes and the list of model
 * classes. A KieBase is built straight from the model classes, defined by a class loader of their own, so the
 * same path serves a fresh compile and a cached one.
 */
final class CompiledRules {
    private static final String MODEL_LIST = "/drools-model";

    private CompiledRules() {
    }

    /**
     * The models of a cached kjar file. Its classes are loaded from the file itself, so that the launcher's
     * class-data sharing archive can hold them too (BENCHMARKS.md); throws if it is not a whole executable-model kjar.
     */
    static List<Model> models(java.nio.file.Path kjar) {
        List<String> models = new ArrayList<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(kjar.toFile())) {
            java.util.zip.ZipEntry list = zip.stream().filter(e -> e.getName().endsWith(MODEL_LIST)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the kjar lists no executable-model classes"));
            try (var in = zip.getInputStream(list)) {
                models.addAll(modelNames(in.readAllBytes()));
            }
            java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {kjar.toUri().toURL()},
                    CompiledRules.class.getClassLoader());
            return instances(loader, models);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> modelNames(byte[] list) {
        List<String> names = new ArrayList<>();
        for (String line : new String(list, StandardCharsets.UTF_8).split("\\s+")) {
            if (!line.isBlank() && !line.contains(":")) {
                names.add(line.strip());
            }
        }
        return names;
    }

    private static List<Model> instances(ClassLoader loader, List<String> models) {
        if (models.isEmpty()) {
            throw new IllegalStateException("the kjar lists no executable-model classes");
        }
        List<Model> instances = new ArrayList<>();
        for (String name : models) {
            try {
                instances.add((Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("model class " + name + " cannot be loaded", e);
            }
        }
        return instances;
    }

    /** The models of a freshly compiled kjar; throws if the kjar is not a whole executable-model kjar. */
    static List<Model> models(byte[] kjar) {
        Map<String, byte[]> classes = new HashMap<>();
        List<String> models = new ArrayList<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(kjar))) {
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                if (e.getName().endsWith(".class")) {
                    classes.put(e.getName().substring(0, e.getName().length() - ".class".length()).replace('/', '.'),
                            in.readAllBytes());
                } else if (e.getName().endsWith(MODEL_LIST)) {
                    models.addAll(modelNames(in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return instances(new ModelClassLoader(classes, CompiledRules.class.getClassLoader()), models);
    }

    /** The KieBase of every model of a rule set (one per DRL file). */
    static KieBase kieBase(List<Model> models) {
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** The kjar with extra entries added before its own (name to content), e.g. the cache key it is stored under. */
    static byte[] withEntries(byte[] kjar, Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(kjar.length + 256);
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(kjar));
             JarOutputStream jar = in.getManifest() == null ? new JarOutputStream(out) : new JarOutputStream(out, in.getManifest())) {
            // the added entries come first, so that reading them does not inflate the classes
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                jar.putNextEntry(new JarEntry(e.getName()));
                in.transferTo(jar);
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Defines the generated classes of one kjar, parent-first for everything else (the facts, Drools). */
    private static final class ModelClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        ModelClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
