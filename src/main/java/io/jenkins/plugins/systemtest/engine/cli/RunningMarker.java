package io.jenkins.plugins.systemtest.engine.cli;

import io.jenkins.plugins.systemtest.engine.history.LiveRun;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The command line's live-run marker: the run's marker (see {@code LiveRuns}) plus a lock file that this process
 * holds locked while the run goes on. The operating system drops the lock when the process dies, however it dies
 * (kill -9 included), so {@link #isRunning} tells a run that is going on from one whose process is gone, and the
 * next run settles the latter as ABORTED.
 */
public final class RunningMarker implements AutoCloseable {

    private static final String LOCK_SUFFIX = ".lock";

    private final JobHistory history;
    private final String id;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private RunningMarker(JobHistory history, String id, Path lockFile, FileChannel channel, FileLock lock) {
        this.history = history;
        this.id = id;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks the run's lock file, then writes its marker. */
    public static RunningMarker start(JobHistory history, LiveRun run) throws IOException {
        Path lockFile = lockFile(history, run.id());
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IOException("the run " + run.id() + " is running in another process");
            }
            history.live().start(run);
            return new RunningMarker(history, run.id(), lockFile, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Whether the marked run's process still runs: its lock file is locked by a live process (this one included).
     * A run without a lock file is not running.
     */
    public static boolean isRunning(JobHistory history, String id) {
        Path lockFile = lockFile(history, id);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // Held by this process.
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            return true; // Cannot tell: never settle a run that may be going on.
        }
    }

    /** Ends the run's live state once its record is saved: marker, then lock and lock file. */
    @Override
    public void close() throws IOException {
        try {
            history.live().finish(id);
        } finally {
            try {
                lock.release();
                channel.close();
            } finally {
                Files.deleteIfExists(lockFile);
            }
        }
    }

    private static Path lockFile(JobHistory history, String id) {
        return history.live().directory().resolve(id + LOCK_SUFFIX);
    }
}
