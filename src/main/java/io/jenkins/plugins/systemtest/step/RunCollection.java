package io.jenkins.plugins.systemtest.step;

import hudson.model.Run;
import io.jenkins.plugins.systemtest.agent.AttemptLog;
import io.jenkins.plugins.systemtest.engine.analysis.LoadedRules;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.run.AgentTransferJson;
import io.jenkins.plugins.systemtest.engine.run.AssembledRun;
import io.jenkins.plugins.systemtest.engine.run.CollectedResults;
import io.jenkins.plugins.systemtest.engine.run.Interruption;
import io.jenkins.plugins.systemtest.engine.run.StagedResults;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import io.jenkins.plugins.systemtest.publish.ReportArchive;
import io.jenkins.plugins.systemtest.publish.ResultsPublisher;
import io.jenkins.plugins.systemtest.publish.RunRecording;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The COLLECT and RECORDING phases of one {@code systemTest} call: gathers what the block left (results and reports
 * collected and staged on the agent, archived and published to Jenkins' test report; nothing when a required service
 * was down and the block did not run), then records the run. Holds no state of its own between phases: the step
 * execution decides whether recording may go on in between (a stop may have taken over).
 */
final class RunCollection {

    private static final Logger LOGGER = Logger.getLogger(RunCollection.class.getName());

    /** What the collection gathered, ready to be recorded. */
    record Gathered(List<ProbeResult> probes, CollectedResults collected, List<ReportLink> reports,
            LoadedRules rules, SecretMasker masker, long startedNanos, long agentNanos, long publishNanos) {
    }

    private final StepContextReader context;
    private final StepConfig config;
    private final String runId;
    private final RunRecording recording;

    RunCollection(StepContextReader context, StepConfig config, String runId)
            throws IOException, InterruptedException {
        this.context = context;
        this.config = config;
        this.runId = runId;
        this.recording = new RunRecording(context.run(), context.listener());
    }

    /** The run already saved under this call's id (a restart during RECORDING), if any. */
    Optional<RunRecord> existing() throws IOException {
        return recording.existing(runId);
    }

    /**
     * Collects and publishes the block's results and reports.
     *
     * @param attempts the attempts of a {@code rerunFailed} call, or null when the block ran once
     */
    Gathered gather(long agentClock, String probesJson, AttemptLog attempts) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Run<?, ?> run = context.run();
        List<String> secrets = context.secretValues();
        SecretMasker masker = new SecretMasker(secrets);
        List<ProbeResult> probes = new AgentTransferJson().readProbes(probesJson);
        CollectedResults collected = new CollectedResults(ParsedResults.empty(), List.of(), List.of());
        List<ReportLink> reports = List.of();
        LoadedRules rules = LoadedRules.builtIn();
        long t1 = System.nanoTime();
        if (probes.stream().allMatch(ProbeResult::up)) {
            ResultsPublisher publisher = new ResultsPublisher(run, context.workspace(), context.launcher(),
                    context.listener());
            StagedResults staged = publisher.collect(config, runId, agentClock, secrets, attempts);
            rules = publisher.failureRules(config);
            t1 = System.nanoTime();
            collected = staged.collected();
            reports = publisher.publish(runId, staged, ReportArchive.of(run.getNumber(), config.tenant(), runId),
                    context.node());
        }
        return new Gathered(probes, collected, reports, rules, masker, t0, t1, System.nanoTime());
    }

    /** Records the gathered run (saved, indexed, attached to the build) and says how the block ended. */
    AssembledRun record(Gathered gathered, long startedAt, Interruption interruption, Throwable bodyFailure)
            throws IOException, InterruptedException {
        SecretMasker masker = gathered.masker();
        if (interruption != null) {
            context.log("the block was stopped: " + masker.mask(interruption.cause()));
        } else if (bodyFailure != null) {
            context.log("the block failed (" + masker.mask(String.valueOf(bodyFailure.getMessage())) + ")");
        }
        CollectedResults collected = gathered.collected();
        AssembledRun assembled = recording.record(runId, config, startedAt, interruption, gathered.probes(),
                collected.results(), gathered.reports(), masker, context.environment(), context.node().getId(),
                collected.attempts(), collected.attemptsNote(), gathered.rules());
        long t3 = System.nanoTime();
        LOGGER.log(Level.FINE, "{0}: collect on the agent {1} ms, archive and Jenkins'' test report {2} ms, "
                + "record {3} ms", new Object[] {runId, millis(gathered.startedNanos(), gathered.agentNanos()),
                millis(gathered.agentNanos(), gathered.publishNanos()), millis(gathered.publishNanos(), t3)});
        return assembled;
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }
}
