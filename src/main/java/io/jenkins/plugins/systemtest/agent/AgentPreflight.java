package io.jenkins.plugins.systemtest.agent;

import io.jenkins.plugins.systemtest.step.StepConfig;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.systemtest.engine.log.RunLog;
import io.jenkins.plugins.systemtest.engine.preflight.PreflightChecker;
import io.jenkins.plugins.systemtest.engine.preflight.PreflightReport;
import io.jenkins.plugins.systemtest.engine.run.AgentTransferJson;
import io.jenkins.plugins.systemtest.engine.run.PreflightOutcome;
import io.jenkins.plugins.systemtest.engine.tenant.TenantEnvironment;
import jenkins.MasterToSlaveFileCallable;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs on the machine of the workspace before the block: checks the required services from there (where the tests
 * will connect from) and, when all are up, writes the tenant context file. Returns a {@link PreflightOutcome} as
 * JSON; the log lines travel in it rather than through a remote listener.
 */
public final class AgentPreflight extends MasterToSlaveFileCallable<String> {

    private static final long serialVersionUID = 1L;

    private final StepConfig config;
    private final String runId;

    public AgentPreflight(StepConfig config, String runId) {
        this.config = config;
        this.runId = runId;
    }

    @Override
    public String invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
        long clock = System.currentTimeMillis();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        PreflightReport report = new PreflightChecker(new LinesLog(log))
                .check(config.targets(), config.waitForServices());
        String contextFile = "";
        if (report.allUp()) {
            Path file = workspace.toPath().resolve(WorkspaceLayout.contextFile(runId)).toAbsolutePath();
            TenantEnvironment.writeContextFile(config.tenant(), file);
            contextFile = file.toString();
        }
        return new AgentTransferJson().write(new PreflightOutcome(report.results(), List.copyOf(log), clock,
                contextFile));
    }

    /** Keeps what the checks log, warnings marked, for the build log on the controller. */
    private static final class LinesLog implements RunLog {
        private final List<String> lines;

        LinesLog(List<String> lines) {
            this.lines = lines;
        }

        @Override
        public void info(String message) {
            lines.add(message);
        }

        @Override
        public void warn(String message) {
            lines.add("WARNING: " + message);
        }
    }
}
