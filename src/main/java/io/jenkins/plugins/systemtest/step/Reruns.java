package io.jenkins.plugins.systemtest.step;

import io.jenkins.plugins.systemtest.agent.AgentAttemptCollector;
import io.jenkins.plugins.systemtest.agent.AttemptLog;
import io.jenkins.plugins.systemtest.agent.WorkspaceLayout;
import io.jenkins.plugins.systemtest.engine.rerun.AttemptCollected;
import io.jenkins.plugins.systemtest.engine.rerun.RerunFiles;
import io.jenkins.plugins.systemtest.engine.rerun.RerunPolicy;
import io.jenkins.plugins.systemtest.engine.run.AgentTransferJson;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reruns of a {@code systemTest} call with {@code rerunFailed: N}: each attempt of the block gets
 * {@code SYSTEM_TEST_ATTEMPT} and, from the second on, the rerun files; after each attempt its results are kept
 * apart on the agent ({@link AgentAttemptCollector}) and {@link RerunPolicy} says whether the block runs again.
 * The block is run again by the execution, which starts a new body (with a new callback) once the previous one
 * completed, as {@code retry} does. Saved with the execution: a controller restart between attempts loses nothing.
 *
 * <p>The execution says whether an attempt was interrupted (its notion of an interruption: the block ended by one,
 * the step was stopped, or the build became ABORTED meanwhile); no attempt starts after one.
 */
final class Reruns implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int rerunFailed;
    private final AttemptLog attempts = new AttemptLog();
    private LinkedHashMap<String, String> tenantVariables = new LinkedHashMap<>();
    private String rerunDir;
    private long nextAgentClock;
    private volatile boolean collecting;

    Reruns(int rerunFailed) {
        this.rerunFailed = rerunFailed;
    }

    /** Whether reruns were asked for. */
    boolean active() {
        return rerunFailed > 0;
    }

    /** The attempts so far. */
    AttemptLog attempts() {
        return attempts;
    }

    /**
     * An attempt starts: its variables, the tenant's plus {@code SYSTEM_TEST_ATTEMPT} and, from the second attempt
     * on, the rerun files.
     *
     * @param agentClock the agent's clock now, or 0 to use the one the last attempt's collection brought back
     */
    Map<String, String> startAttempt(Map<String, String> tenant, long agentClock) {
        this.tenantVariables = new LinkedHashMap<>(tenant);
        return startAttempt(agentClock);
    }

    /** The next attempt starts, with the tenant's variables of the first. */
    Map<String, String> startNextAttempt() {
        return startAttempt(0);
    }

    private Map<String, String> startAttempt(long agentClock) {
        int n = attempts.start(System.currentTimeMillis(), agentClock > 0 ? agentClock : nextAgentClock);
        Map<String, String> variables = new LinkedHashMap<>(tenantVariables);
        variables.putAll(RerunFiles.variables(n, n > 1 ? rerunDir : null));
        return variables;
    }

    /** The block of the current attempt ended; what follows runs on a step thread ({@link #afterAttempt}). */
    void attemptEnded(Throwable failure) {
        attempts.end(System.currentTimeMillis(), ending(failure));
        collecting = true;
    }

    /** Whether an attempt's results are being kept (a restart then does it again). */
    boolean collecting() {
        return collecting;
    }

    /**
     * Keeps the attempt's results apart on the agent and decides; logs why there is (no) next attempt.
     *
     * @param interrupted whether the attempt was stopped: its block ended by an interruption, the step was
     *                    stopped while it ran, or the build became ABORTED meanwhile (a {@code catchError} in the
     *                    block caught the interruption)
     * @return whether the block runs again
     */
    boolean afterAttempt(StepContextReader context, StepConfig config, String runId, boolean interrupted)
            throws IOException, InterruptedException {
        int n = attempts.count();
        SecretMasker masker = new SecretMasker(context.secretValues());
        AttemptCollected collected = new AgentTransferJson().readValue(context.workspace().act(
                new AgentAttemptCollector(config, runId, n, attempts.agentStart(n), context.secretValues())),
                AttemptCollected.class, "attempt results");
        collected.notes().forEach(note -> context.log(masker.mask(note)));
        RerunPolicy.Decision decision = new RerunPolicy(rerunFailed).decide(n, interrupted, true,
                collected.results());
        if (!decision.reason().isEmpty()) {
            context.log(decision.reason());
        }
        rerunDir = collected.rerunDir();
        nextAgentClock = collected.agentClock();
        collecting = false;
        return decision.rerun();
    }

    /** Removes the attempts' kept files from the workspace once the run is recorded. */
    void cleanUp(StepContextReader context, String runId) {
        if (attempts.count() == 0) {
            return;
        }
        try {
            context.workspace().child(WorkspaceLayout.attemptsDir(runId)).deleteRecursive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            context.log("could not remove the attempts' folder " + WorkspaceLayout.attemptsDir(runId) + ": " + e);
        }
    }

    private static String ending(Throwable failure) {
        if (failure == null) {
            return "completed";
        }
        String message = failure.getMessage();
        return (StepOutcome.isAbort(failure) ? "aborted" : "failed") + (message == null || message.isBlank() ? ""
                : ": " + message);
    }
}
