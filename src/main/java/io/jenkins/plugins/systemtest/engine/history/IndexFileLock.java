package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.record.AtomicFiles;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises access to one history index: a lock for the threads of this JVM that share the index object, and an
 * OS file lock on a side file ({@code <index>.lock}, never replaced) for other processes and other index objects
 * on the same file. Writers hold it exclusively, readers shared. Taken again by a thread that holds it, only the
 * count goes up: the outer hold already covers the file.
 */
final class IndexFileLock {

    /** A held lock; closing releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    private final ReentrantLock threads = new ReentrantLock();
    private final Path lockFile;

    IndexFileLock(Path lockFile) {
        this.lockFile = lockFile;
    }

    /**
     * Takes the lock for writing.
     *
     * @throws IOException naming the lock file when it cannot be created or locked
     */
    Held exclusive() throws IOException {
        lockThreads();
        if (threads.getHoldCount() > 1) {
            return release(null, null);
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = lockFile(ch, false);
            return release(ch, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(ch);
            threads.unlock();
            if (e instanceof InterruptedIOException ie) {
                throw ie;
            }
            if (e instanceof IOException io) {
                throw new IOException("Cannot lock " + lockFile + ": " + AtomicFiles.reason(io), io);
            }
            throw e;
        }
    }

    /**
     * Takes the lock for reading. Where the lock file cannot be created (a read-only directory, where no writer
     * can write either) only the threads of this JVM are held off.
     */
    Held shared() throws IOException {
        lockThreads();
        if (threads.getHoldCount() > 1) {
            return release(null, null);
        }
        FileChannel ch = null;
        try {
            ch = openForSharing();
            FileLock lock = ch == null ? null : lockFile(ch, true);
            return release(ch, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(ch);
            threads.unlock();
            throw e;
        }
    }

    /** Whether the current thread holds the lock, for assertions. */
    boolean isHeldByCurrentThread() {
        return threads.isHeldByCurrentThread();
    }

    private FileChannel openForSharing() {
        try {
            return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            try {
                return FileChannel.open(lockFile, StandardOpenOption.READ);
            } catch (IOException e2) {
                return null;
            }
        }
    }

    private void lockThreads() throws InterruptedIOException {
        try {
            threads.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + lockFile);
        }
    }

    /**
     * Locks the whole file. Another object on the same file in this JVM makes the JDK throw
     * {@link OverlappingFileLockException} instead of waiting, so that case waits here, briefly and repeatedly.
     */
    private FileLock lockFile(FileChannel ch, boolean shared) throws IOException {
        long pause = 1;
        while (true) {
            try {
                return ch.lock(0, Long.MAX_VALUE, shared);
            } catch (OverlappingFileLockException e) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for " + lockFile);
                }
                pause = Math.min(pause * 2, 50);
            }
        }
    }

    private Held release(FileChannel ch, FileLock lock) {
        return () -> {
            try {
                if (lock != null) {
                    lock.release();
                }
            } finally {
                closeQuietly(ch);
                threads.unlock();
            }
        };
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // Closing releases the lock; nothing else to do.
            }
        }
    }
}
