package io.jenkins.plugins.systemtest.engine.record;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file all at once: the content goes to a temporary file in the same directory, is forced to disk
 * and renamed over the target with an atomic move; then the directory is forced where the platform allows it.
 * A reader sees the old file or the new one, never a mix; a failure leaves the old file as it was.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** The prefix of temporary files, so that listings can leave them out. */
    public static final String TEMP_PREFIX = ".";
    /** The suffix of temporary files. */
    public static final String TEMP_SUFFIX = ".tmp";

    /** Replaces {@code target} with {@code content}. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Replaces {@code target} with what {@code content} writes.
     *
     * @throws IOException naming the target and saying why (no space left, read-only, not a directory)
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = dir.resolve(TEMP_PREFIX + absolute.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } catch (IOException e) {
            throw new IOException("Cannot write " + absolute + ": " + reason(e), e);
        } finally {
            if (!moved) {
                deleteQuietly(tmp);
            }
        }
        forceDirectory(dir);
    }

    /**
     * Forces a directory's entries (a rename, a new or deleted file) to disk. Where the platform cannot open a
     * directory (Windows), this does nothing: the rename is still atomic, only its durability is up to the OS.
     */
    public static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible here; see the Javadoc.
        }
    }

    /** Why an I/O operation failed, without repeating the file name Java puts in the message. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        if (e instanceof FileSystemException) {
            return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // The temporary file is hidden and named as such; it does no harm beyond its space.
        }
    }
}
