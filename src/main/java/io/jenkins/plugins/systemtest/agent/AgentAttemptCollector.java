package io.jenkins.plugins.systemtest.agent;

import io.jenkins.plugins.systemtest.step.StepConfig;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.rerun.AttemptCollected;
import io.jenkins.plugins.systemtest.engine.rerun.AttemptFiles;
import io.jenkins.plugins.systemtest.engine.rerun.AttemptReports;
import io.jenkins.plugins.systemtest.engine.rerun.RerunFiles;
import io.jenkins.plugins.systemtest.engine.rerun.RerunPolicy;
import io.jenkins.plugins.systemtest.engine.run.AgentTransferJson;
import io.jenkins.plugins.systemtest.engine.run.ResultCollector;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import jenkins.MasterToSlaveFileCallable;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs on the machine of the workspace right after one attempt of a {@code rerunFailed} call: keeps the attempt's
 * result files and reports apart ({@link AttemptFiles}, {@link AttemptReports}), reads its results, and writes the
 * rerun files listing its failed tests for a next attempt. Returns {@link AttemptCollected} as JSON. Doing it again
 * for the same attempt (after a controller restart) gives the same answer.
 *
 * <p>The secret values are a field of this callable only: it travels to the agent once and is never saved.
 */
public final class AgentAttemptCollector extends MasterToSlaveFileCallable<String> {

    private static final long serialVersionUID = 1L;

    private final StepConfig config;
    private final String runId;
    private final int attempt;
    private final long notBefore;
    private final ArrayList<String> secrets;

    public AgentAttemptCollector(StepConfig config, String runId, int attempt, long notBefore, List<String> secrets) {
        this.config = config;
        this.runId = runId;
        this.attempt = attempt;
        this.notBefore = notBefore;
        this.secrets = new ArrayList<>(secrets);
    }

    /** The attempts folder of a run in a workspace. */
    static AttemptFiles attemptFiles(Path workspace, String runId) {
        return new AttemptFiles(workspace, workspace.resolve(WorkspaceLayout.attemptsDir(runId)),
                new ResultCollector());
    }

    @Override
    public String invoke(File workspaceDir, VirtualChannel channel) throws IOException, InterruptedException {
        Path workspace = workspaceDir.toPath().toAbsolutePath();
        SecretMasker masker = new SecretMasker(secrets);
        AttemptFiles files = attemptFiles(workspace, runId);
        List<String> notes = new ArrayList<>(files.keep(attempt, config.results(), notBefore));
        ParsedResults results = files.read(attempt, config.results(), masker);
        notes.addAll(new AttemptReports(workspace, files).keep(attempt, config.reports(), masker));
        RerunFiles.write(files.dir(attempt), RerunPolicy.failedTests(results));
        return new AgentTransferJson().writeValue(new AttemptCollected(results, notes,
                files.dir(attempt).toString(), System.currentTimeMillis()));
    }
}
