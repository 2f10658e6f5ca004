package io.jenkins.plugins.systemtest.pages;

import io.jenkins.plugins.systemtest.history.JobHistories;

import hudson.model.Item;
import hudson.model.Run;
import hudson.tasks.test.AbstractTestResultAction;
import io.jenkins.plugins.systemtest.engine.render.RunCard;
import io.jenkins.plugins.systemtest.engine.render.RunCardLoader;
import jenkins.model.RunAction2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The system test runs of one build, at {@code <build>/system-tests/}, with a summary box on the build page. Only
 * the ids of the runs are kept in build.xml; the records are read from the job's history on every view, and a
 * record that is gone shows as missing. Every getter a page uses needs Item.READ on the job.
 */
public class SystemTestBuildAction implements RunAction2 {

    /** The action's URL below the build. */
    public static final String URL_NAME = "system-tests";
    /** The plugin's icon, shared by its build, job and Jenkins-wide pages. */
    public static final String ICON = "/plugin/system-test-runner/images/system-tests.svg";

    /** From this action's page ({@code <build>/system-tests/}) to the build's archived artifacts. */
    static final String ARTIFACTS_FROM_PAGE = "../artifact/";

    private final List<String> runIds = new ArrayList<>();
    private transient Run<?, ?> run;

    /**
     * Adds a finished run to the build's action, creating the action when it is the build's first, and saves the
     * build. Safe for parallel branches of one build. With a null id, only makes sure the action is there (a run
     * has started: the page shows it running).
     */
    public static void attach(Run<?, ?> run, String runId) throws IOException {
        synchronized (run) {
            SystemTestBuildAction action = run.getAction(SystemTestBuildAction.class);
            if (action == null) {
                action = new SystemTestBuildAction();
                action.run = run;
                run.addAction(action);
            }
            synchronized (action.runIds) {
                if (runId != null && !action.runIds.contains(runId)) {
                    action.runIds.add(runId);
                }
            }
            run.save();
        }
    }

    /** The ids of the build's runs, in the order they ended. */
    public List<String> getRunIds() {
        synchronized (runIds) {
            return List.copyOf(runIds);
        }
    }

    /** The build. */
    public Run<?, ?> getRun() {
        return run;
    }

    /**
     * The build's runs, read from the job's history, in the order they ended; a run whose record cannot be read is
     * a card that says why. Report links in their full views lead to the build's artifacts.
     */
    public List<RunCard> getRuns() {
        checkRead();
        return new RunCardLoader(JobHistories.of(run.getParent()).records(), ARTIFACTS_FROM_PAGE)
                .load(getRunIds());
    }

    /**
     * The build's runs that are going on now (their block has started, their record is not written yet), oldest
     * first; none once the build has ended.
     */
    public List<RunningRow> getRunning() {
        checkRead();
        if (!run.isBuilding()) {
            return List.of();
        }
        long now = System.currentTimeMillis();
        try {
            return JobHistories.of(run.getParent()).live().list().stream()
                    .filter(l -> l.build() == run.getNumber()).map(l -> new RunningRow(l, now)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether the build has a test result (Jenkins' Test Result page, {@code <build>/testReport/}). */
    public boolean isHasTestReport() {
        checkRead();
        return run.getAction(AbstractTestResultAction.class) != null;
    }

    private void checkRead() {
        run.getParent().checkPermission(Item.READ);
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public String getIconFileName() {
        return ICON;
    }

    @Override
    public String getDisplayName() {
        return "System Tests";
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }
}
