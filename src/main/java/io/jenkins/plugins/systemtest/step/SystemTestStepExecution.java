package io.jenkins.plugins.systemtest.step;

import io.jenkins.plugins.systemtest.history.JobHistories;
import io.jenkins.plugins.systemtest.history.LiveRunMarkers;

import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.systemtest.engine.gate.BuildOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.run.AgentTransferJson;
import io.jenkins.plugins.systemtest.engine.run.AssembledRun;
import io.jenkins.plugins.systemtest.engine.run.Interruption;
import io.jenkins.plugins.systemtest.engine.run.PreflightOutcome;
import io.jenkins.plugins.systemtest.engine.tenant.TenantEnvironment;
import org.jenkinsci.plugins.workflow.steps.BodyExecution;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * One running {@code systemTest} call, in phases: PREFLIGHT (services checked on the agent, tenant context file
 * written), BODY (the block runs with the tenant's variables), COLLECT (results and reports collected and staged on
 * the agent, archived and published by the controller; skipped when a required service was down and the block did
 * not run), RECORDING (the run saved and judged), DONE. The agent work runs on the step's own threads ({@link StepThreads}), never on the
 * pipeline's thread. Only plain values are kept in the saved state; secrets never are. A controller restart during
 * PREFLIGHT or COLLECT starts that phase again; a run already saved under the step's id is not saved twice.
 */
public final class SystemTestStepExecution extends StepExecution {

    private static final long serialVersionUID = 1L;

    /** Where the call is. */
    enum Phase { PREFLIGHT, BODY, COLLECT, RECORDING, DONE }

    private final StepConfig config;
    private volatile Phase phase = Phase.PREFLIGHT;
    private String runId;
    private long startedAt;
    private long agentClock;
    private String probesJson = "";
    private BodyExecution body;
    private Throwable bodyFailure;
    /** The cause given to {@link #stop} while the block ran (the block normally fails with it too). */
    private Throwable ownStop;
    /** Whether the build's result was ABORTED already when the block started. */
    private boolean abortedBeforeBody;
    /** When the block ended (epoch milliseconds), 0 before. */
    private long bodyEndedAt;
    /** The attempts when {@code rerunFailed} is set; null in executions saved before reruns existed. */
    private final Reruns reruns;

    private transient volatile Future<?> task;
    /** Set when stop() has taken over finishing the step. */
    private transient Throwable stopCause;
    /** A stop that came while the block was being started. */
    private transient Throwable pendingStop;
    private transient boolean done;

    SystemTestStepExecution(StepContext context, StepConfig config) {
        super(context);
        this.config = config;
        this.reruns = new Reruns(config.rerunFailed());
    }

    @Override
    public boolean start() throws AbortException {
        if (!getContext().hasBody()) {
            throw new AbortException("systemTest needs a block that runs the tests: systemTest(tenant: '"
                    + config.tenant().key() + "') { sh './run-system-tests.sh' }");
        }
        startedAt = System.currentTimeMillis();
        schedule(this::preflight);
        return false;
    }

    private void preflight() throws Exception {
        StepContextReader context = context();
        Run<?, ?> run = context.run();
        if (runId == null) {
            runId = JobHistories.of(run.getParent()).reserveRunId(run.getNumber(), config.tenant());
            getContext().saveState();
        }
        PreflightOutcome outcome = StepPreflight.run(context, config, runId, startedAt);
        agentClock = outcome.agentClock();
        probesJson = new AgentTransferJson().writeProbes(outcome.results());
        if (outcome.allUp()) {
            Map<String, String> variables = TenantEnvironment.variables(config.tenant(), outcome.contextFile());
            startBody(reruns() ? reruns.startAttempt(variables, agentClock) : variables);
            return;
        }
        log("a required service is down: the block is not run");
        synchronized (this) {
            if (stopCause != null) {
                return;
            }
            phase = Phase.COLLECT;
        }
        collectAndRecord();
    }

    private void startBody(Map<String, String> variables) throws IOException, InterruptedException {
        synchronized (this) {
            if (stopCause != null) {
                return;
            }
            phase = Phase.BODY;
        }
        Run<?, ?> run = context().run();
        abortedBeforeBody = run.getResult() == Result.ABORTED;
        LiveRunMarkers.started(run, runId, config.tenant(), startedAt);
        EnvironmentExpander expander = EnvironmentExpander.merge(getContext().get(EnvironmentExpander.class),
                new TenantEnvironmentExpander(variables));
        BodyExecution started = getContext().newBodyInvoker().withContext(expander).withCallback(new BodyEndCallback(this))
                .start();
        Throwable stop;
        synchronized (this) {
            body = started;
            stop = pendingStop;
            pendingStop = null;
        }
        if (stop != null) {
            started.cancel(stop);
        }
        getContext().saveState();
    }

    /** The block ended, completed ({@code failure} null) or failed; goes on on a step thread. */
    void bodyEnded(Throwable failure) {
        synchronized (this) {
            bodyFailure = failure;
            bodyEndedAt = System.currentTimeMillis();
            phase = Phase.COLLECT;
        }
        if (reruns()) {
            reruns.attemptEnded(failure);
            schedule(this::attemptEnded);
        } else {
            schedule(this::collectAndRecord);
        }
    }

    /** After an attempt of a {@code rerunFailed} call: the block runs again, or the run is collected. */
    private void attemptEnded() throws Exception {
        if (reruns.afterAttempt(context(), config, runId, interruption(context().run()) != null)) {
            startBody(reruns.startNextAttempt());
        } else {
            collectAndRecord();
        }
    }

    private boolean reruns() {
        return reruns != null && reruns.active();
    }

    private void collectAndRecord() throws Exception {
        StepContextReader context = context();
        RunCollection collection = new RunCollection(context, config, runId);
        RunRecord existing = collection.existing().orElse(null);
        if (existing != null) {
            if (claimRecording()) {
                finish(existing, StepOutcome.outcomeOf(existing.verdict(), config.gate().onInfraError()));
            }
            return;
        }
        RunCollection.Gathered gathered = collection.gather(agentClock, probesJson,
                reruns() ? reruns.attempts() : null);
        if (!claimRecording()) {
            return;
        }
        AssembledRun assembled = collection.record(gathered, startedAt, interruption(context.run()), bodyFailure);
        if (reruns()) {
            reruns.cleanUp(context, runId);
        }
        finish(assembled.record(), assembled.decision().outcome());
    }

    private void finish(RunRecord record, BuildOutcome outcome) throws IOException, InterruptedException {
        complete(StepFinisher.finish(context(), record, outcome, bodyFailure != null ? bodyFailure : ownStop));
    }

    /** Why the block was stopped (the Stop button, a timeout, the step stopped, catchError), or null. */
    private Interruption interruption(Run<?, ?> run) {
        return BodyInterruptions.of(bodyFailure, ownStop, !abortedBeforeBody && run.getResult() == Result.ABORTED,
                secondsSinceStart());
    }

    private long secondsSinceStart() {
        long end = bodyEndedAt > 0 ? bodyEndedAt : System.currentTimeMillis();
        return Math.round((end - startedAt) / 1000.0);
    }

    /** Finishes a call stopped outside its block: records the run as ABORTED (once) and fails with the cause. */
    private void finishAborted(Throwable cause) {
        StoppedRunRecording.recordAborted(context(), runId, config, startedAt, probesJson,
                BodyInterruptions.of(null, cause, false, secondsSinceStart()));
        complete(c -> c.onFailure(cause));
    }

    @Override
    public void stop(Throwable cause) {
        BodyExecution toCancel = null;
        Future<?> toInterrupt = null;
        boolean finish = false;
        synchronized (this) {
            if (phase == Phase.BODY) {
                ownStop = ownStop == null ? cause : ownStop;
                toCancel = body;
                if (body == null) {
                    pendingStop = cause;
                }
            } else if ((phase == Phase.PREFLIGHT || phase == Phase.COLLECT) && stopCause == null && !done) {
                stopCause = cause;
                toInterrupt = task;
                finish = true;
            }
        }
        if (toCancel != null) {
            toCancel.cancel(cause);
        }
        if (toInterrupt != null) {
            toInterrupt.cancel(true);
        }
        if (finish) {
            StepThreads.pool().submit(() -> finishAborted(cause));
        }
    }

    @Override
    public void onResume() {
        switch (phase) {
            case PREFLIGHT -> schedule(this::preflight);
            case COLLECT, RECORDING -> {
                phase = Phase.COLLECT;
                schedule(reruns() && reruns.collecting() ? this::attemptEnded : this::collectAndRecord);
            }
            default -> {
                // BODY: the block goes on and calls back; DONE: nothing is left to do.
            }
        }
    }

    /**
     * A safe restart waits while the step works on its own thread (preflight, collection, recording): collecting
     * again after a restart would publish the same results to Jenkins' test report twice.
     */
    @Override
    public boolean blocksRestart() {
        Future<?> running = task;
        Phase now = phase;
        return now != Phase.BODY && now != Phase.DONE && running != null && !running.isDone();
    }

    @Override
    public String getStatus() {
        return StepStatus.of(phase, config, runId, reruns() ? reruns.attempts().count() : 0);
    }

    private synchronized boolean claimRecording() {
        if (stopCause != null || done) {
            return false;
        }
        phase = Phase.RECORDING;
        return true;
    }

    private void complete(Consumer<StepContext> completion) {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            phase = Phase.DONE;
        }
        completion.accept(getContext());
    }

    private void schedule(Work work) {
        task = StepThreads.pool().submit(() -> runPhase(work));
    }

    private void runPhase(Work work) {
        try {
            work.run();
        } catch (Throwable t) {
            boolean stopped;
            synchronized (this) {
                stopped = stopCause != null || done;
            }
            StoppedRunRecording.release(context(), runId, stopped);
            if (!stopped) {
                complete(c -> c.onFailure(t));
            }
        }
    }

    private StepContextReader context() {
        return new StepContextReader(getContext());
    }

    private void log(String message) {
        context().log(message);
    }

    /** Work of one phase, run on a step thread. */
    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }
}
