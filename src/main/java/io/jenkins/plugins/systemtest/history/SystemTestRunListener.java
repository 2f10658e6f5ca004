package io.jenkins.plugins.systemtest.history;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.listeners.RunListener;
import io.jenkins.plugins.systemtest.engine.history.HistoryIndexRegistry;

import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes a deleted build's runs (records and index lines) from its job's system test history, and settles the runs
 * still marked RUNNING once their build has ended (a run whose step never recorded it: the controller stopped during
 * the run) as ABORTED. It logs what went wrong and never throws: a build must not fail because of this plugin.
 */
@Extension
public class SystemTestRunListener extends RunListener<Run> {

    private static final Logger LOGGER = Logger.getLogger(SystemTestRunListener.class.getName());

    public SystemTestRunListener() {
        super(Run.class);
    }

    @Override
    public void onFinalized(Run run) {
        if (Files.isDirectory(JobHistories.directory(run.getParent()))) {
            LiveRunMarkers.settle(run.getParent(), JobHistories.of(run.getParent(), SystemTestHistoryIndexes.get()));
        }
    }

    @Override
    public void onDeleted(Run run) {
        removeRuns(run, SystemTestHistoryIndexes::get);
    }

    /**
     * Removes the build's runs when its job has a history folder; nothing is created when it has none.
     *
     * @return how many runs were removed; 0 when none or when it failed (then logged)
     */
    public static int removeRuns(Run<?, ?> run, Supplier<HistoryIndexRegistry> indexes) {
        try {
            if (!Files.isDirectory(JobHistories.directory(run.getParent()))) {
                return 0;
            }
            int removed = JobHistories.of(run.getParent(), indexes.get()).removeBuild(run.getNumber());
            if (removed > 0) {
                LOGGER.log(Level.FINE, "Removed {0} system test run(s) of deleted build #{1} of {2}",
                        new Object[] {removed, run.getNumber(), run.getParent().getFullName()});
            }
            return removed;
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Cannot remove the system test runs of deleted build #" + run.getNumber()
                    + " from the job's history", e);
            return 0;
        }
    }
}
