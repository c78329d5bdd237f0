package org.offeradvisor.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.offeradvisor.OfferAdvisorException;
import org.offeradvisor.Problem;

/**
 * Writes a report to the file {@code --out} names, so that the file is either what it was or the whole new report,
 * never half of it: the report goes to a hidden temporary file in the same directory ({@code .NAME.RANDOM.tmp}), is
 * forced to the disk, and is then renamed over the target in one atomic step. On any failure the temporary file is
 * removed (also when the program is interrupted while writing, or the writing thread is) and the target is left as it
 * was. The new file has the permissions of any newly created file (the umask's), whatever the file it replaces had.
 */
final class ReportFile {
    private ReportFile() {
    }

    /**
     * Writes {@code report} to {@code target}; a failure is one {@link Problem} naming the target as the user gave it
     * and saying why ({@code out/report.md: cannot write the report: no such directory}).
     */
    static void write(Path target, String report) {
        if (Files.isDirectory(target)) {
            throw new CannotWrite(target, "is a directory");
        }
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        boolean renamed = false;
        try {
            temp = create(absolute);
            // an interrupted thread (a batch being stopped) fails here with ClosedByInterruptException
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(report.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            renamed = true;
        } catch (ClosedByInterruptException e) {
            throw new CannotWrite(target, "interrupted");
        } catch (IOException e) {
            throw new CannotWrite(target, reason(e));
        } finally {
            if (!renamed) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * A new, empty temporary file next to {@code target}, removed when the program exits unless renamed by then; once
     * the program is exiting (too late for that), none is made.
     */
    private static Path create(Path target) throws IOException {
        while (true) {
            Path temp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            } catch (FileAlreadyExistsException taken) {
                continue; // another writer's temporary file: draw another name
            }
            try {
                temp.toFile().deleteOnExit();
            } catch (IllegalStateException exiting) {
                deleteQuietly(temp);
                throw new ClosedByInterruptException();
            }
            return temp;
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more to do: it is removed when the program exits
        }
    }

    /** Why a write failed, in a user's words rather than the exception's. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The report could not be written (the target is as it was): one line, exit status 2, like a bad case file. */
    static final class CannotWrite extends OfferAdvisorException {
        CannotWrite(Path target, String reason) {
            super("cannot write the report", List.of(new Problem(target.toString(), "cannot write the report: " + reason)));
        }
    }
}
