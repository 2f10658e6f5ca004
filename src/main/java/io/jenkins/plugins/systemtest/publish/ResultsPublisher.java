package io.jenkins.plugins.systemtest.publish;

import io.jenkins.plugins.systemtest.agent.WorkspaceLayout;
import io.jenkins.plugins.systemtest.step.StepConfig;
import io.jenkins.plugins.systemtest.agent.AgentResultCollector;
import io.jenkins.plugins.systemtest.agent.AttemptLog;
import io.jenkins.plugins.systemtest.step.StepSummary;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.junit.JUnitResultArchiver;
import hudson.tasks.junit.TestResultSummary;
import hudson.tasks.test.PipelineTestDetails;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.run.AgentTransferJson;
import io.jenkins.plugins.systemtest.engine.run.CollectedResults;
import io.jenkins.plugins.systemtest.engine.run.StagedResults;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gets a run's results from the agent and hands them to Jenkins: the staged reports to the build's artifact
 * manager, the staged JUnit XML file to the JUnit plugin (so that Jenkins' own test report and trend show the run,
 * attached to the step's node); then removes the staging folder. A failure of any of these is logged, and what
 * could not be had becomes a problem in the run's record rather than losing it.
 */
public final class ResultsPublisher {

    private static final Logger LOGGER = Logger.getLogger(ResultsPublisher.class.getName());

    private final Run<?, ?> run;
    private final FilePath workspace;
    private final Launcher launcher;
    private final TaskListener listener;

    public ResultsPublisher(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener) {
        this.run = run;
        this.workspace = workspace;
        this.launcher = launcher;
        this.listener = listener;
    }

    /**
     * Collects and stages the results on the agent ({@link AgentResultCollector}); when that fails, no results
     * with the failure as their problem.
     */
    public StagedResults collect(StepConfig config, String runId, long notBefore, List<String> secrets)
            throws InterruptedException {
        return collect(config, runId, notBefore, secrets, null);
    }

    /**
     * Collects and stages the results of a run whose attempts were kept apart on the agent ({@code rerunFailed}):
     * the attempts merged; {@code attempts} null or empty collects as {@link #collect(StepConfig, String, long,
     * List)} does.
     */
    public StagedResults collect(StepConfig config, String runId, long notBefore, List<String> secrets,
            AttemptLog attempts) throws InterruptedException {
        SecretMasker masker = new SecretMasker(secrets);
        StagedResults staged;
        try {
            staged = new AgentTransferJson().readStaged(
                    workspace.act(new AgentResultCollector(config, runId, notBefore, secrets, attempts)));
        } catch (IOException e) {
            String problem = "the results could not be collected from " + workspace.getRemote() + ": "
                    + masker.mask(e.getMessage());
            ParsedResults none = new ParsedResults(List.of(), List.of(), List.of(new ParseProblem("", 0, 0, problem)));
            staged = new StagedResults(new CollectedResults(none, List.of(), List.of()), List.of(), "", List.of());
        }
        staged.collected().warnings().forEach(w -> log(masker.mask(w)));
        staged.warnings().forEach(w -> log(masker.mask(w)));
        return staged;
    }

    /**
     * Archives the staged reports and publishes the staged results.
     *
     * @return the report links to record
     */
    public List<ReportLink> publish(String runId, StagedResults staged, ReportArchive archive, FlowNode node)
            throws InterruptedException {
        FilePath staging = workspace.child(WorkspaceLayout.stagingDir(runId));
        try {
            long t0 = System.nanoTime();
            List<ReportLink> links = archiveReports(staging, staged, archive);
            long t1 = System.nanoTime();
            publishJUnit(staging, staged, node);
            LOGGER.log(Level.FINE, "{0}: archive {1} ms, Jenkins'' test report {2} ms", new Object[] {runId,
                    (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000});
            return links;
        } finally {
            try {
                staging.deleteRecursive();
            } catch (IOException e) {
                log("could not remove the staging folder " + staging.getRemote() + ": " + e.getMessage());
            }
        }
    }

    private List<ReportLink> archiveReports(FilePath staging, StagedResults staged, ReportArchive archive)
            throws InterruptedException {
        Map<String, String> artifacts = archive.artifacts(staged);
        if (artifacts.isEmpty()) {
            return archive.links(staged, "");
        }
        try {
            run.pickArtifactManager().archive(staging, launcher, new BuildListenerAdapter(listener), artifacts);
            log("archived " + artifacts.size() + " report file(s) under " + archive.prefix() + "/");
            return archive.links(staged, "");
        } catch (IOException | RuntimeException e) {
            String problem = "The report could not be archived: " + e.getMessage();
            log(problem);
            return archive.links(staged, problem);
        }
    }

    private void publishJUnit(FilePath staging, StagedResults staged, FlowNode node) throws InterruptedException {
        if (staged.junitFile().isEmpty()) {
            return;
        }
        PipelineTestDetails details = new PipelineTestDetails();
        details.setNodeId(node.getId());
        details.setEnclosingBlocks(new ArrayList<>(node.getAllEnclosingIds()));
        details.setEnclosingBlockNames(new ArrayList<>());
        try {
            TestResultSummary summary = JUnitResultArchiver.parseAndSummarize(new StagedJUnitTask(staged.junitFile()),
                    details, run, staging, launcher, listener);
            log("published " + summary.getTotalCount() + " test result(s) to Jenkins' test report");
        } catch (IOException | RuntimeException e) {
            log("could not publish the results to Jenkins' test report (the run is recorded all the same): "
                    + e.getMessage());
        }
    }

    private void log(String message) {
        listener.getLogger().println(StepSummary.PREFIX + message);
    }
}
