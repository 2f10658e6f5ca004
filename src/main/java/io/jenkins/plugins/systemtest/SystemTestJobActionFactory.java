package io.jenkins.plugins.systemtest;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import jenkins.model.TransientActionFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

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
        Path dir = JobHistories.directory(target);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        return List.of(new SystemTestJobAction(target, JobHistories.of(target, SystemTestHistoryIndexes.get())));
    }
}
