package io.jenkins.plugins.systemtest.pages;

import io.jenkins.plugins.systemtest.history.SystemTestHistoryIndexes;
import io.jenkins.plugins.systemtest.history.JobHistories;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import io.jenkins.plugins.systemtest.engine.history.HistoryIndexRegistry;
import jenkins.model.TransientActionFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Gives every job that has a system test history folder its {@link SystemTestJobAction}. It looks only at whether
 * the folder exists: no build is loaded, nothing is read.
 */
@Extension
public class SystemTestJobActionFactory extends TransientActionFactory<Job> {

    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @Override
    public Class<? extends Action> actionType() {
        return SystemTestJobAction.class;
    }

    @Override
    public Collection<? extends Action> createFor(Job target) {
        return createFor(target, SystemTestHistoryIndexes::get);
    }

    /** The action when the job has a history folder, reading it through the given index objects. */
    static List<SystemTestJobAction> createFor(Job<?, ?> target, Supplier<HistoryIndexRegistry> indexes) {
        Path dir = JobHistories.directory(target);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        return List.of(new SystemTestJobAction(target, JobHistories.of(target, indexes.get())));
    }
}
