package io.jenkins.plugins.systemtest.publish;

import io.jenkins.plugins.systemtest.step.StepConfig;
import io.jenkins.plugins.systemtest.step.StepSummary;
import io.jenkins.plugins.systemtest.history.JobHistories;
import io.jenkins.plugins.systemtest.pages.SystemTestBuildAction;

import hudson.model.Cause;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.systemtest.dashboard.DashboardService;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestAttempt;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.run.AssembledRun;
import io.jenkins.plugins.systemtest.engine.run.Interruption;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import io.jenkins.plugins.systemtest.engine.run.RunAssembler;
import io.jenkins.plugins.systemtest.engine.run.RunFacts;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records a finished run of one build: assembles its record with the engine (verdict, comparison with the previous
 * run of the tenant and suite), saves it in the job's history, gives up the run id's reservation and adds the run
 * to the build's page. A record that cannot be saved is reported in the log; the verdict still stands.
 */
public final class RunRecording {

    private static final Logger LOGGER = Logger.getLogger(RunRecording.class.getName());

    private final Run<?, ?> run;
    private final TaskListener listener;
    private final JobHistory history;

    public RunRecording(Run<?, ?> run, TaskListener listener) {
        this.run = run;
        this.listener = listener;
        this.history = JobHistories.of(run.getParent());
    }

    /** The run already saved under this id (a step resumed after a restart), if any. */
    public Optional<RunRecord> existing(String id) throws IOException {
        return history.records().read(id);
    }

    /**
     * Assembles, saves and attaches the run.
     *
     * @param environment the step's environment, for the revision and the node
     * @param interruption why the run was stopped before it ended, or null when it was not
     * @param nodeId      the step's flow node
     */
    public AssembledRun record(String id, StepConfig config, long startedAt, Interruption interruption,
            List<ProbeResult> preflight, ParsedResults results, List<ReportLink> reports, SecretMasker masker,
            Map<String, String> environment, String nodeId) {
        return record(id, config, startedAt, interruption, preflight, results, reports, masker, environment, nodeId,
                List.of(), "");
    }

    /**
     * Assembles, saves and attaches a run whose failed tests were rerun: {@code results} are the attempts merged.
     *
     * @param attempts     the attempts, empty when the block ran once
     * @param attemptsNote what the reruns showed, or empty
     */
    public AssembledRun record(String id, StepConfig config, long startedAt, Interruption interruption,
            List<ProbeResult> preflight, ParsedResults results, List<ReportLink> reports, SecretMasker masker,
            Map<String, String> environment, String nodeId, List<TestAttempt> attempts, String attemptsNote) {
        TenantContext tenant = config.tenant();
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("buildUrl", run.getUrl());
        extra.put("node", value(environment, "NODE_NAME"));
        extra.put("flowNode", Objects.requireNonNullElse(nodeId, ""));
        RunFacts facts = new RunFacts(id, run.getNumber(), tenant, config.gate(), startedAt,
                System.currentTimeMillis(), trigger(), value(environment, "GIT_COMMIT"), interruption, extra);
        long t0 = System.nanoTime();
        Optional<RunSummary> previous = previous(tenant, startedAt);
        long t1 = System.nanoTime();
        AssembledRun assembled = new RunAssembler().assemble(facts, preflight, results, reports, previous, masker,
                attempts, attemptsNote);
        long t2 = System.nanoTime();
        try {
            history.save(assembled.record());
            DashboardService.recorded(run, assembled.record());
            long t3 = System.nanoTime();
            SystemTestBuildAction.attach(run, id);
            LOGGER.log(Level.FINE, "{0}: previous run {1} ms, assemble {2} ms, save record and index {3} ms, "
                    + "attach {4} ms", new Object[] {id, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000});
        } catch (IOException | RuntimeException e) {
            log("the run " + id + " could not be recorded in the job's history: " + masker.mask(e.getMessage()));
        } finally {
            release(id);
        }
        return assembled;
    }

    /** Gives up a run id that will not be recorded. */
    public void release(String id) {
        try {
            history.releaseRunId(id);
        } catch (IOException | RuntimeException e) {
            log("could not release the run id " + id + ": " + e.getMessage());
        }
    }

    private Optional<RunSummary> previous(TenantContext tenant, long startedAt) {
        try {
            return history.previousRun(tenant.key(), tenant.suite(), startedAt);
        } catch (IOException | RuntimeException e) {
            log("the previous run could not be read, so no test is called new or fixed: " + e.getMessage());
            return Optional.empty();
        }
    }

    private String trigger() {
        List<String> causes = new ArrayList<>();
        for (Cause cause : run.getCauses()) {
            causes.add(cause.getShortDescription());
        }
        return String.join("; ", causes);
    }

    private static String value(Map<String, String> environment, String name) {
        String v = environment == null ? null : environment.get(name);
        return v == null ? "" : v;
    }

    private void log(String message) {
        listener.getLogger().println(StepSummary.PREFIX + message);
    }
}
