package io.jenkins.plugins.systemtest.agent;

import io.jenkins.plugins.systemtest.engine.run.ResultCollector;

/**
 * Where the step keeps its own files in the workspace, below {@value #ROOT}: the tenant context files the tests
 * read, and the staging folders of what is archived after the block.
 */
public final class WorkspaceLayout {

    /** The step's folder in the workspace. */
    static final String ROOT = ResultCollector.OWN_FOLDER;

    private WorkspaceLayout() {
    }

    /** The tenant context file of a run, relative to the workspace. */
    static String contextFile(String runId) {
        return ROOT + "/context/" + runId + ".json";
    }

    /** The staging folder of a run, relative to the workspace. */
    public static String stagingDir(String runId) {
        return ROOT + "/staging/" + runId;
    }

    /** The folder where each attempt of a rerun run keeps its result files and reports, relative to the workspace. */
    public static String attemptsDir(String runId) {
        return ROOT + "/attempts/" + runId;
    }

    /** The folder the reports are staged in, relative to the staging folder. */
    static final String STAGED_REPORTS = "reports";

    /** The staged JUnit XML file of a tenant and suite, relative to the staging folder. */
    static String stagedJUnitFile(String tenant, String suite) {
        return "junit/TEST-" + tenant + "-" + suite + ".xml";
    }
}
