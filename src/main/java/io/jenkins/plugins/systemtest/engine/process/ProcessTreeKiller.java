package io.jenkins.plugins.systemtest.engine.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Stops a process and everything it started: first politely (SIGTERM), then, after a grace period, by force
 * (SIGKILL). Descendants are collected before the parent is signalled, because an orphaned child is re-parented and
 * no longer shows as a descendant. A killed process that is only waiting to be reaped (a zombie: on Linux, state
 * {@code Z}) counts as stopped, so that a slow or missing init process (containers) does not hold the kill up.
 */
public final class ProcessTreeKiller {

    private static final Duration KILL_WAIT = Duration.ofSeconds(2);

    private final Duration grace;

    /** @param grace how long to wait after SIGTERM before SIGKILL */
    public ProcessTreeKiller(Duration grace) {
        this.grace = grace;
    }

    /**
     * Stops the tree and waits until every known member is gone or killed.
     *
     * @return how many processes were signalled
     */
    public int kill(ProcessHandle root) throws InterruptedException {
        Set<ProcessHandle> tree = snapshot(root);
        tree.forEach(ProcessHandle::destroy);
        waitUntilStopped(root, tree, grace);
        for (int round = 0; round < 3 && anyRunning(tree); round++) {
            tree.addAll(snapshot(root));
            tree.stream().filter(ProcessTreeKiller::running).forEach(ProcessHandle::destroyForcibly);
            waitUntilStopped(root, tree, KILL_WAIT);
        }
        return tree.size();
    }

    /** Waits up to {@code limit} for the tree to stop, adding children started in the meantime. */
    private static void waitUntilStopped(ProcessHandle root, Set<ProcessHandle> tree, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && anyRunning(tree)) {
            tree.addAll(snapshot(root));
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static Set<ProcessHandle> snapshot(ProcessHandle root) {
        Set<ProcessHandle> all = new LinkedHashSet<>();
        if (root.isAlive()) {
            all.add(root);
        }
        List<ProcessHandle> descendants = new ArrayList<>();
        root.descendants().forEach(descendants::add);
        all.addAll(descendants);
        return all;
    }

    private static boolean anyRunning(Set<ProcessHandle> tree) {
        return tree.stream().anyMatch(ProcessTreeKiller::running);
    }

    /** Alive and not a zombie. */
    static boolean running(ProcessHandle p) {
        return p.isAlive() && !isZombie(p.pid());
    }

    /** Whether Linux reports the process as a zombie (dead, not yet reaped); false where there is no /proc. */
    static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            int close = stat.lastIndexOf(')');
            return close >= 0 && close + 2 < stat.length() && stat.charAt(close + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
