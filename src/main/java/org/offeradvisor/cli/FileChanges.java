package org.offeradvisor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes several files as one change, all of them or none: every new content is first written whole to a hidden
 * temporary file beside its target, and only when all are written are they renamed over their targets; should a
 * rename fail, the files already replaced get their old content back (or are removed, if they are new), so a
 * scaffold is never left half-written.
 */
final class FileChanges {
    private final Map<Path, String> contents = new LinkedHashMap<>();

    /** Sets what a file will hold (UTF-8), replacing what it holds now, or creating it and its folders. */
    FileChanges put(Path file, String content) {
        contents.put(file.toAbsolutePath().normalize(), content);
        return this;
    }

    /** Writes every file; on failure, with every file as it was, which file could not be written and why. */
    void write() throws Failed {
        List<Path> createdFolders = new ArrayList<>();
        Map<Path, Path> temps = new LinkedHashMap<>();
        Map<Path, byte[]> before = new LinkedHashMap<>();
        List<Path> replaced = new ArrayList<>();
        Path target = null;
        try {
            for (Map.Entry<Path, String> change : contents.entrySet()) {
                target = change.getKey();
                createFolders(target.getParent(), createdFolders);
                before.put(target, Files.exists(target) ? Files.readAllBytes(target) : null);
                // not createTempFile: its owner-only permissions would pass to the file it replaces or creates
                Path temp = target.resolveSibling("." + target.getFileName() + "."
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
                Files.write(temp, change.getValue().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                temps.put(target, temp);
                if (before.get(target) != null && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
                    Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
                }
            }
            for (Map.Entry<Path, Path> temp : temps.entrySet()) {
                target = temp.getKey();
                Files.move(temp.getValue(), temp.getKey(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                replaced.add(temp.getKey());
            }
        } catch (IOException e) {
            undo(replaced, before, temps, createdFolders);
            throw new Failed(target, e);
        } catch (RuntimeException e) {
            undo(replaced, before, temps, createdFolders);
            throw e;
        }
    }

    /** The change could not be made, and every file is as it was: the file that could not be written, and why. */
    static final class Failed extends IOException {
        private final transient Path target;

        Failed(Path target, IOException cause) {
            super(target + ": " + cause.getMessage(), cause);
            this.target = target;
        }

        Path target() {
            return target;
        }

        /** Why, as the system says it, in lower case ({@code not a directory}, {@code permission denied}). */
        String reason() {
            String reason = ReportFile.reason((IOException) getCause());
            return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        }
    }

    private static void createFolders(Path folder, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path f = folder; f != null && !Files.exists(f); f = f.getParent()) {
            missing.add(0, f);
        }
        for (Path f : missing) {
            Files.createDirectory(f);
            created.add(f);
        }
    }

    /** Puts back what was replaced, removes the temporary files and the folders made for the change. */
    private static void undo(List<Path> replaced, Map<Path, byte[]> before, Map<Path, Path> temps, List<Path> folders) {
        for (Path target : replaced) {
            try {
                if (before.get(target) == null) {
                    Files.deleteIfExists(target);
                } else {
                    Files.write(target, before.get(target));
                }
            } catch (IOException e) {
                // nothing more can be done for this file; the others are still put back
            }
        }
        for (Path temp : temps.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a temporary file left behind is hidden and harmless
            }
        }
        for (int i = folders.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(folders.get(i));
            } catch (IOException e) {
                // not empty: something else was written there meanwhile
            }
        }
    }
}
