package io.jenkins.plugins.systemtest.step;

import io.jenkins.plugins.systemtest.engine.gate.BuildOutcome;
import io.jenkins.plugins.systemtest.engine.gate.InfraErrorPolicy;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

/**
 * How the step ends once its run is recorded: by the quality gate's outcome, unless the block itself failed and the
 * run cannot say more than that failure (it was aborted, or it left no result to judge), in which case the block's
 * own failure is passed on. A block that failed but left results (a test runner exits non-zero when tests fail)
 * is judged by the gate. An aborted run never fails the step with its own error: the block's interruption is passed
 * on unchanged, or, when the block caught it and completed, the step completes too (the build's result already
 * says ABORTED).
 */
public final class StepOutcome {

    /** What the step does to the pipeline. */
    enum Action {
        /** The step returns its summary; the build stays as it is. */
        SUCCEED,
        /** The build and the step's stage are marked UNSTABLE; the step returns its summary. */
        MARK_UNSTABLE,
        /** The step fails with the run's reasons. */
        FAIL,
        /** The step fails with the block's own failure. */
        RETHROW
    }

    private StepOutcome() {
    }

    /**
     * Decides.
     *
     * @param outcome     what the quality gate says the run does to the build
     * @param verdict     the run's verdict
     * @param bodyFailure how the block failed, or null when it completed
     */
    static Action decide(BuildOutcome outcome, RunVerdict verdict, Throwable bodyFailure) {
        if (bodyFailure != null && (isAbort(bodyFailure) || verdict == RunVerdict.NO_TESTS
                || verdict == RunVerdict.ABORTED)) {
            return Action.RETHROW;
        }
        if (verdict == RunVerdict.ABORTED) {
            // The block caught its interruption (catchError) and completed: the step completes as the block did.
            return Action.SUCCEED;
        }
        return switch (outcome) {
            case SUCCESS -> Action.SUCCEED;
            case UNSTABLE -> Action.MARK_UNSTABLE;
            case FAILURE, ABORTED -> Action.FAIL;
        };
    }

    /** Whether the block was stopped (aborted, timed out) rather than failed. */
    static boolean isAbort(Throwable failure) {
        return failure instanceof InterruptedException;
    }

    /**
     * The outcome of a verdict already recorded (a step resumed after a restart finds its run saved), as the
     * quality gate gives it.
     */
    static BuildOutcome outcomeOf(RunVerdict verdict, InfraErrorPolicy onInfraError) {
        return switch (verdict) {
            case PASSED -> BuildOutcome.SUCCESS;
            case FAILED -> BuildOutcome.UNSTABLE;
            case INFRA_ERROR -> onInfraError == InfraErrorPolicy.UNSTABLE ? BuildOutcome.UNSTABLE
                    : BuildOutcome.FAILURE;
            case NO_TESTS -> BuildOutcome.FAILURE;
            case ABORTED, RUNNING -> BuildOutcome.ABORTED; // a record is never RUNNING
        };
    }
}
