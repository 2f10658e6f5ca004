package io.jenkins.plugins.systemtest.dashboard;

import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Job;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardStore;
import io.jenkins.plugins.systemtest.history.JobHistories;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Walks Jenkins' items down through folders, multibranch projects and organisation folders (anything that holds
 * items) to the jobs; a branch of a multibranch project is a job like any other. Builds are never loaded.
 */
final class JobWalk {

    private JobWalk() {
    }

    /**
     * The full names of the jobs the current user may read: an item without Item.READ is skipped with everything
     * in it. (Jenkins and folders already leave out items the user cannot read; this checks again.)
     */
    static Set<String> readableJobs(Collection<? extends Item> roots) {
        Set<String> names = new HashSet<>();
        walk(roots, item -> item.hasPermission(Item.READ), job -> names.add(job.getFullName()));
        return names;
    }

    /** Every job that has a system test history folder, with that folder. */
    static List<DashboardStore.JobDir> historyJobs(Collection<? extends Item> roots) {
        List<DashboardStore.JobDir> jobs = new ArrayList<>();
        walk(roots, item -> true, job -> {
            java.nio.file.Path dir = JobHistories.directory(job);
            if (Files.isDirectory(dir)) {
                jobs.add(new DashboardStore.JobDir(job.getFullName(), dir));
            }
        });
        return jobs;
    }

    /** Visits every job below {@code items} whose item and containing items all pass {@code enter}. */
    static void walk(Collection<? extends Item> items, Predicate<Item> enter, Consumer<Job<?, ?>> visit) {
        List<Item> todo = new ArrayList<>(items);
        Set<Item> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Item item = todo.remove(todo.size() - 1);
            if (item == null || !seen.add(item) || !enter.test(item)) {
                continue;
            }
            if (item instanceof Job<?, ?> job) {
                visit.accept(job); // a job's own children (matrix configurations) are not separate jobs here
            } else if (item instanceof ItemGroup<?> group) {
                todo.addAll(group.getItems());
            }
        }
    }
}
