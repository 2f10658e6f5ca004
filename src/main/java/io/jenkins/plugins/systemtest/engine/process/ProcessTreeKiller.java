package io.jenkins.plugins.systemtest.engine.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Stops a process and everything it started: first politely (SIGTERM), then, after a grace period, by force
 * (SIGKILL). Descendants are collected before the parent is signalled, because an orphaned child is re-parented and
 * no longer shows as a descendant.
 */
public final class ProcessTreeKiller {

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
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && anyAlive(tree)) {
            tree.addAll(snapshot(root));
            TimeUnit.MILLISECONDS.sleep(50);
        }
        for (int round = 0; round < 3 && anyAlive(tree); round++) {
            tree.addAll(snapshot(root));
            tree.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle p : tree) {
                try {
                    p.onExit().get(2, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // tried again in the next round
                }
            }
        }
        return tree.size();
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

    private static boolean anyAlive(Set<ProcessHandle> tree) {
        return tree.stream().anyMatch(ProcessHandle::isAlive);
    }
}
