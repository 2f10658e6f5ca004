package io.jenkins.plugins.systemtest.dashboard;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardStore;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.history.JobHistories;
import jenkins.model.Jenkins;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one dashboard summary of this Jenkins, in {@code $JENKINS_HOME/system-tests-dashboard.json}: opened once all
 * items are loaded (the jobs are walked then, on Jenkins' own thread, and the summary is computed in the
 * background), and kept up to date by the step and the listeners. Nothing here ever fails a build or a deletion:
 * problems are logged.
 */
@Extension
public class DashboardService {

    /** The file's name in Jenkins' home. */
    public static final String FILE = "system-tests-dashboard.json";

    private static final Logger LOGGER = Logger.getLogger(DashboardService.class.getName());

    private DashboardStore store;
    private volatile boolean opened;

    /** The store, made on first use in Jenkins' home. */
    synchronized DashboardStore store() {
        if (store == null) {
            store = new DashboardStore(new File(Jenkins.get().getRootDir(), FILE).toPath());
        }
        return store;
    }

    /** For tests: a service over a store of its own. */
    static DashboardService over(DashboardStore store) {
        DashboardService s = new DashboardService();
        s.store = store;
        return s;
    }

    /** Whether the summary has been computed since Jenkins started. */
    boolean isOpened() {
        return opened;
    }

    /** The service of the running Jenkins. */
    static DashboardService get() {
        return ExtensionList.lookupSingleton(DashboardService.class);
    }

    /** Walks the items now and computes the summary on a thread of its own. */
    void openInBackground(Collection<? extends Item> roots) {
        List<DashboardStore.JobDir> jobs = JobWalk.historyJobs(roots);
        Thread t = new Thread(() -> open(jobs), "system-tests-dashboard-open");
        t.setDaemon(true);
        t.start();
    }

    /** Computes the summary for these jobs (logging what it did). */
    void open(List<DashboardStore.JobDir> jobs) {
        try {
            DashboardStore.OpenReport r = store().open(jobs);
            LOGGER.log(Level.INFO, "System test dashboard: {0} jobs in {1} ms ({2} unchanged, {3} from their own"
                    + " summary, {4} from their index)", new Object[] {jobs.size(), r.millis(), r.fromFile(),
                    r.fromJob(), r.fromIndex()});
            r.failed().forEach(f -> LOGGER.log(Level.WARNING, "System test dashboard: left out {0}", f));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "System test dashboard: the summary could not be computed", e);
        } finally {
            opened = true;
        }
    }

    /** The hook of the step: a run was recorded in its job's history. Never throws. */
    public static void recorded(Run<?, ?> run, RunRecord record) {
        recorded(run, record, DashboardService::get);
    }

    /** The hook, with the service to use. Never throws. */
    static void recorded(Run<?, ?> run, RunRecord record, java.util.function.Supplier<DashboardService> service) {
        try {
            Job<?, ?> job = run.getParent();
            service.get().store().recorded(job.getFullName(), JobHistories.directory(job), record);
        } catch (Exception | LinkageError e) {
            LOGGER.log(Level.WARNING, "System test dashboard: run " + record.id() + " could not be added", e);
        }
    }

    /** A build was deleted. Never throws. */
    void buildDeleted(Run<?, ?> run) {
        try {
            Job<?, ?> job = run.getParent();
            Path dir = JobHistories.directory(job);
            if (Files.isDirectory(dir)) {
                store().buildDeleted(job.getFullName(), dir, run.getNumber());
            }
        } catch (Exception | LinkageError e) {
            LOGGER.log(Level.WARNING, "System test dashboard: deleted build #" + run.getNumber() + " not removed", e);
        }
    }

    /** An item was deleted (a job or a folder). */
    void deleted(String fullName) {
        store().deleted(fullName);
    }

    /** An item was renamed or moved. */
    void moved(String oldFullName, String newFullName) {
        store().moved(oldFullName, newFullName);
    }
}
