package io.jenkins.plugins.systemtest.step;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the {@code systemTest} step works on: the preflight waits for services up to
 * {@code waitForServices} seconds and the collection waits for the agent, so this work must neither block the
 * pipeline's thread nor hold Jenkins' small shared timer pool. Threads are created as needed and end after a
 * minute without work, like the pool of workflow's own non-blocking steps.
 */
public final class StepThreads {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ThreadFactory FACTORY = r -> {
        Thread t = new Thread(r, "systemTest-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        // A new thread inherits its creator's context class loader; created from the pipeline's thread, that is the
        // build's script loader, which an idle or reused thread would then keep alive.
        t.setContextClassLoader(StepThreads.class.getClassLoader());
        return t;
    };
    private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), FACTORY);

    private StepThreads() {
    }

    /** The pool. */
    static ExecutorService pool() {
        return POOL;
    }
}
