package io.jenkins.plugins.systemtest.history;

import hudson.model.Cause;
import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.systemtest.engine.history.LiveRun;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import io.jenkins.plugins.systemtest.engine.run.LiveRunSettler;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;
import io.jenkins.plugins.systemtest.pages.SystemTestBuildAction;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Jenkins side of live runs (see the engine's {@code LiveRuns}): marks a run RUNNING when its block starts, tells
 * whether a marked run's build still runs ({@link Run#isBuilding()}; a build that is gone does not), and settles
 * the marked runs whose build has ended or is gone as ABORTED, attaching them to their build when it still exists.
 * The marker is removed with the run id's reservation when the run is recorded.
 */
public final class LiveRunMarkers {

    private static final Logger LOGGER = Logger.getLogger(LiveRunMarkers.class.getName());

    private LiveRunMarkers() {
    }

    /**
     * Marks the run as running in its job's history and shows it on its build's page. Never throws: a run that
     * cannot be shown running still runs and is recorded; what went wrong is logged.
     */
    public static void started(Run<?, ?> run, String runId, TenantContext tenant, long startedAt) {
        try {
            JobHistories.of(run.getParent()).live().start(new LiveRun(runId, run.getNumber(), tenant.key(),
                    tenant.displayName(), tenant.suite(), startedAt, trigger(run), run.getUrl()));
            SystemTestBuildAction.attach(run, null);
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Cannot show the system test run " + runId + " as running", e);
        }
    }

    /** Who or what started the build, as its causes say. */
    public static String trigger(Run<?, ?> run) {
        List<String> causes = new ArrayList<>();
        for (Cause cause : run.getCauses()) {
            causes.add(cause.getShortDescription());
        }
        return String.join("; ", causes);
    }

    /** Whether a marked run's build is still running. */
    public static boolean stillRunning(Job<?, ?> job, LiveRun live) {
        if (live.build() <= 0 || live.build() > Integer.MAX_VALUE) {
            return false;
        }
        Run<?, ?> build = job.getBuildByNumber((int) live.build());
        return build != null && build.isBuilding();
    }

    /**
     * Settles the job's marked runs whose build is no longer running, when there are any. Never throws: a page or
     * a listener must not fail because of this; what went wrong is logged.
     *
     * @return the records written
     */
    public static List<RunRecord> settle(Job<?, ?> job, JobHistory history) {
        if (!Files.isDirectory(history.live().directory())) {
            return List.of();
        }
        try {
            List<RunRecord> settled = new LiveRunSettler(history).settle(l -> stillRunning(job, l),
                    System.currentTimeMillis());
            for (RunRecord r : settled) {
                attach(job, r);
            }
            return settled;
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Cannot settle the running system test runs of " + job.getFullName(), e);
            return List.of();
        }
    }

    private static void attach(Job<?, ?> job, RunRecord record) {
        Run<?, ?> build = record.build() > Integer.MAX_VALUE ? null : job.getBuildByNumber((int) record.build());
        if (build == null) {
            return;
        }
        try {
            SystemTestBuildAction.attach(build, record.id());
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Cannot add the settled run " + record.id() + " to its build", e);
        }
    }
}
