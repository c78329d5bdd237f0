package org.offeradvisor.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Compiled rule sets on disk, one file per rule set: the executable-model kjar, keyed by the content hash of
 * every rule and data file and the program's version, so that a command whose rules are unchanged never
 * compiles. An entry is written to a temporary file and moved into place atomically, so concurrent runs see a
 * whole entry or none; an entry that is corrupt, partial, or made for another key is ignored (and replaced by
 * the next build), never trusted and never fatal. A cache directory that cannot be written only costs speed.
 */
final class RuleCache {
    /** Overrides the cache directory (a system property, then an environment variable). */
    static final String DIRECTORY_PROPERTY = "offer.advisor.cache";
    static final String DIRECTORY_VARIABLE = "OFFER_ADVISOR_CACHE";
    /** The entry in each cached kjar that names the key it was written for. */
    static final String KEY_ENTRY = "META-INF/offer-advisor/cache-key";
    /** The entry that describes the rules (names, files, lines, advice metadata) and the lint warnings. */
    static final String RULES_ENTRY = "META-INF/offer-advisor/rules.json";

    private final Path directory;

    RuleCache(Path directory) {
        this.directory = directory;
    }


    /** The user's cache: the property or variable above, else $XDG_CACHE_HOME/offer-advisor, else ~/.cache/offer-advisor. */
    static RuleCache forUser() {
        String configured = System.getProperty(DIRECTORY_PROPERTY, System.getenv(DIRECTORY_VARIABLE));
        if (configured != null && !configured.isBlank()) {
            return new RuleCache(Path.of(configured));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new RuleCache(base.resolve("offer-advisor"));
    }

    /** The key of a compiled rule file: its fingerprint, this program's build and the Drools and Java versions. */
    static String key(String fingerprint) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.join("\n", fingerprint, PROGRAM,
                    org.drools.base.util.Drools.getFullVersion(), System.getProperty("java.version"))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The program's build: its version and where its classes are, with their sizes and modification times (the
     * jar, or the class files of a development build), so that a program rebuilt with changed facts, even under the
     * same version, never loads rules compiled against the old ones. Sizes and times rather than a hash of the bytes,
     * which every cold start would pay for: a rebuild always writes its files anew (a copy without its
     * times only costs one compile). Computed once per process.
     */
    private static final String PROGRAM = String.valueOf(RuleCache.class.getPackage().getImplementationVersion())
            + " " + programStamp();

    private static String programStamp() {
        try {
            Path source = Path.of(org.offeradvisor.facts.Offer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            StringBuilder stamp = new StringBuilder(source.toString());
            if (Files.isDirectory(source)) {
                try (var files = Files.walk(source.resolve("org/offeradvisor"))) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                        stamp.append('\n').append(source.relativize(f)).append(' ').append(stampOf(f));
                    }
                }
            } else {
                stamp.append(' ').append(stampOf(source));
            }
            return stamp.toString();
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return "unknown-" + System.nanoTime();
        }
    }

    private static String stampOf(Path file) throws IOException {
        return Files.size(file) + " " + Files.getLastModifiedTime(file).toInstant();
    }

    private Path file(String key) {
        return directory.resolve(key + ".kjar");
    }

    /**
     * The cached kjar of {@code key} and its description of the rules, if a whole entry written for that key is
     * there: a truncated file has no zip directory at its end and is not opened; a file written for another key
     * says so in its key entry.
     */
    Optional<Entry> read(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(KEY_ENTRY);
            if (entry == null) {
                return Optional.empty();
            }
            try (var in = zip.getInputStream(entry)) {
                if (!key.equals(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())) {
                    return Optional.empty();
                }
            }
            ZipEntry rules = zip.getEntry(RULES_ENTRY);
            if (rules == null) {
                return Optional.empty();
            }
            try (var in = zip.getInputStream(rules)) {
                return Optional.of(new Entry(file, in.readAllBytes()));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes the entry of {@code key}, one that could not be loaded; a failure to remove it is ignored. */
    void forget(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            // the next build writes over it
        }
    }

    /** A cached kjar: its file, and the description of its rules stored in it. */
    record Entry(Path file, byte[] description) {
    }

    /** Stores a kjar under {@code key}; a failure to write is ignored (the next run compiles again). */
    void write(String key, byte[] kjar) {
        Path tmp = null;
        try {
            Files.createDirectories(directory);
            tmp = Files.createTempFile(directory, key, ".tmp");
            Files.write(tmp, kjar);
            try {
                Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do: the entry was not written
                }
            }
        }
    }
}
