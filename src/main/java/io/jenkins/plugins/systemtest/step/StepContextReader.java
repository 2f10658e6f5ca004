package io.jenkins.plugins.systemtest.step;

import io.jenkins.plugins.systemtest.pages.SystemTestBuildAction;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.StepContext;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** What a running step reads from its context: build, workspace, log, node, environment and secrets. */
public final class StepContextReader {

    private final StepContext context;

    StepContextReader(StepContext context) {
        this.context = context;
    }

    Run<?, ?> run() throws IOException, InterruptedException {
        return context.get(Run.class);
    }

    TaskListener listener() throws IOException, InterruptedException {
        return context.get(TaskListener.class);
    }

    Launcher launcher() throws IOException, InterruptedException {
        return context.get(Launcher.class);
    }

    FlowNode node() throws IOException, InterruptedException {
        return context.get(FlowNode.class);
    }

    /** The workspace; fails clearly when its agent is gone. */
    FilePath workspace() throws IOException, InterruptedException {
        FilePath workspace = context.get(FilePath.class);
        if (workspace == null) {
            throw new AbortException("systemTest: the workspace is not available (is the agent connected?)");
        }
        return workspace;
    }

    /** The step's environment variables (empty when there are none). */
    Map<String, String> environment() throws IOException, InterruptedException {
        EnvVars env = context.get(EnvVars.class);
        return env == null ? Map.of() : env;
    }

    /** The values of the sensitive variables in scope, read now. */
    List<String> secretValues() throws IOException, InterruptedException {
        EnvironmentExpander expander = context.get(EnvironmentExpander.class);
        return expander == null ? List.of() : SecretValues.of(expander.getSensitiveVariables(), environment());
    }

    /** The run's page of system tests, absolute when Jenkins knows its own URL. */
    String detailsUrl() throws IOException, InterruptedException {
        String root;
        try {
            root = Jenkins.get().getRootUrl();
        } catch (IllegalStateException e) {
            root = null;
        }
        return (root == null ? "" : root) + run().getUrl() + SystemTestBuildAction.URL_NAME + "/";
    }

    /** Writes a line to the build log; a context without a log (the build is gone) is ignored. */
    void logLine(String line) {
        try {
            listener().getLogger().println(line);
        } catch (IOException | InterruptedException e) {
            // Nowhere to write to.
        }
    }

    /** Writes one of the step's lines to the build log. */
    void log(String message) {
        logLine(StepSummary.PREFIX + message);
    }
}
