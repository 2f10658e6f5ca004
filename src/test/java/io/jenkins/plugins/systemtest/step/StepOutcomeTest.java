package io.jenkins.plugins.systemtest.step;

import hudson.AbortException;
import io.jenkins.plugins.systemtest.engine.gate.BuildOutcome;
import io.jenkins.plugins.systemtest.engine.gate.InfraErrorPolicy;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import org.junit.jupiter.api.Test;

import static io.jenkins.plugins.systemtest.step.StepOutcome.Action.FAIL;
import static io.jenkins.plugins.systemtest.step.StepOutcome.Action.MARK_UNSTABLE;
import static io.jenkins.plugins.systemtest.step.StepOutcome.Action.RETHROW;
import static io.jenkins.plugins.systemtest.step.StepOutcome.Action.SUCCEED;
import static org.assertj.core.api.Assertions.assertThat;

class StepOutcomeTest {

    private static final Throwable SCRIPT_FAILED = new AbortException("script returned exit code 1");
    private static final Throwable ABORTED = new InterruptedException("aborted by user");

    @Test
    void shouldFollowTheQualityGateWhenTheBlockCompleted() {
        assertThat(StepOutcome.decide(BuildOutcome.SUCCESS, RunVerdict.PASSED, null)).isEqualTo(SUCCEED);
        assertThat(StepOutcome.decide(BuildOutcome.UNSTABLE, RunVerdict.FAILED, null)).isEqualTo(MARK_UNSTABLE);
        assertThat(StepOutcome.decide(BuildOutcome.UNSTABLE, RunVerdict.INFRA_ERROR, null)).isEqualTo(MARK_UNSTABLE);
        assertThat(StepOutcome.decide(BuildOutcome.FAILURE, RunVerdict.INFRA_ERROR, null)).isEqualTo(FAIL);
        assertThat(StepOutcome.decide(BuildOutcome.FAILURE, RunVerdict.NO_TESTS, null)).isEqualTo(FAIL);
    }

    @Test
    void shouldJudgeAFailedBlockByItsResultsWhenItLeftSome() {
        // A test runner exits non-zero when tests fail: the gate, not the exit code, decides.
        assertThat(StepOutcome.decide(BuildOutcome.SUCCESS, RunVerdict.PASSED, SCRIPT_FAILED)).isEqualTo(SUCCEED);
        assertThat(StepOutcome.decide(BuildOutcome.UNSTABLE, RunVerdict.FAILED, SCRIPT_FAILED))
                .isEqualTo(MARK_UNSTABLE);
    }

    @Test
    void shouldPassOnTheBlocksFailureWhenThereIsNothingToJudgeOrItWasAborted() {
        assertThat(StepOutcome.decide(BuildOutcome.FAILURE, RunVerdict.NO_TESTS, SCRIPT_FAILED)).isEqualTo(RETHROW);
        assertThat(StepOutcome.decide(BuildOutcome.ABORTED, RunVerdict.ABORTED, ABORTED)).isEqualTo(RETHROW);
        assertThat(StepOutcome.isAbort(ABORTED)).isTrue();
        assertThat(StepOutcome.isAbort(SCRIPT_FAILED)).isFalse();
        assertThat(StepOutcome.isAbort(null)).isFalse();
    }

    @Test
    void shouldCompleteAsTheBlockDidWhenTheBlockCaughtItsInterruption() {
        // catchError inside the block caught the timeout: the run is ABORTED, but no error of ours is added.
        assertThat(StepOutcome.decide(BuildOutcome.ABORTED, RunVerdict.ABORTED, null)).isEqualTo(SUCCEED);
        assertThat(StepOutcome.decide(BuildOutcome.ABORTED, RunVerdict.ABORTED, SCRIPT_FAILED)).isEqualTo(RETHROW);
    }

    @Test
    void shouldGiveARecordedVerdictTheOutcomeTheGateGaveIt() {
        assertThat(StepOutcome.outcomeOf(RunVerdict.PASSED, InfraErrorPolicy.FAIL)).isEqualTo(BuildOutcome.SUCCESS);
        assertThat(StepOutcome.outcomeOf(RunVerdict.FAILED, InfraErrorPolicy.FAIL)).isEqualTo(BuildOutcome.UNSTABLE);
        assertThat(StepOutcome.outcomeOf(RunVerdict.INFRA_ERROR, InfraErrorPolicy.FAIL))
                .isEqualTo(BuildOutcome.FAILURE);
        assertThat(StepOutcome.outcomeOf(RunVerdict.INFRA_ERROR, InfraErrorPolicy.UNSTABLE))
                .isEqualTo(BuildOutcome.UNSTABLE);
        assertThat(StepOutcome.outcomeOf(RunVerdict.NO_TESTS, InfraErrorPolicy.UNSTABLE))
                .isEqualTo(BuildOutcome.FAILURE);
        assertThat(StepOutcome.outcomeOf(RunVerdict.ABORTED, InfraErrorPolicy.FAIL)).isEqualTo(BuildOutcome.ABORTED);
    }
}
