package io.jenkins.plugins.systemtest.step;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.run.AgentTransferJson;
import io.jenkins.plugins.systemtest.engine.run.AssembledRun;
import io.jenkins.plugins.systemtest.engine.run.Interruption;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import io.jenkins.plugins.systemtest.publish.RunRecording;

import java.util.List;

/**
 * What a {@code systemTest} call does with its run when it is stopped or fails outside its block (preflight,
 * collection): records it ABORTED once, with the cause, or gives its run id (and live-run marker) back when there
 * is nothing to record.
 */
final class StoppedRunRecording {

    private StoppedRunRecording() {
    }

    /** Records the run as ABORTED with the stop's cause, unless it is recorded already; logs a failure to do so. */
    static void recordAborted(StepContextReader context, String runId, StepConfig config, long startedAt,
            String probesJson, Interruption interruption) {
        try {
            RunRecording recording = new RunRecording(context.run(), context.listener());
            if (runId != null && recording.existing(runId).isEmpty()) {
                AssembledRun assembled = recording.record(runId, config, startedAt, interruption,
                        new AgentTransferJson().readProbes(probesJson), ParsedResults.empty(), List.of(),
                        new SecretMasker(context.secretValues()), context.environment(), context.node().getId());
                StepSummary.lines(assembled.record(), context.detailsUrl()).forEach(context::logLine);
            }
        } catch (Exception e) {
            context.log("the stopped run could not be recorded: " + e);
        }
    }

    /**
     * Gives the run id back (reservation and live-run marker). With {@code onlyUnrecorded}, only when no record was
     * saved under it: a stop during the preflight may come while the id is being reserved, before there is
     * anything to record, and a later run of the same tenant and suite in this build then keeps the plain id.
     */
    static void release(StepContextReader context, String runId, boolean onlyUnrecorded) {
        if (runId == null) {
            return;
        }
        try {
            RunRecording recording = new RunRecording(context.run(), context.listener());
            if (!onlyUnrecorded || recording.existing(runId).isEmpty()) {
                recording.release(runId);
            }
        } catch (Exception e) {
            // The reservation only keeps the id from being used again in this build.
        }
    }
}
