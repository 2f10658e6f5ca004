package io.jenkins.plugins.systemtest.step;

import hudson.AbortException;
import io.jenkins.plugins.systemtest.engine.run.Interruption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BodyInterruptionsTest {

    private static final BodyInterruptions.Cause TIMEOUT = new BodyInterruptions.Cause(BodyInterruptions.TIMEOUT_CAUSE,
            null, "Timeout has been exceeded");
    private static final BodyInterruptions.Cause USER = new BodyInterruptions.Cause(
            "jenkins.model.CauseOfInterruption$UserInterruption", "alice", "Aborted by alice");
    private static final BodyInterruptions.Cause OTHER = new BodyInterruptions.Cause("x.FailFast", null,
            "Failed in branch b");

    @Test
    void shouldNameATimeoutWithTheTimeTheRunHadRun() {
        assertThat(BodyInterruptions.fromCauses(List.of(TIMEOUT), 15))
                .isEqualTo(new Interruption(Interruption.Kind.TIMEOUT, "timeout, the block was stopped after 15 s"));
        assertThat(BodyInterruptions.fromCauses(List.of(USER, TIMEOUT), 15).kind())
                .isEqualTo(Interruption.Kind.TIMEOUT);
    }

    @Test
    void shouldNameTheUserWhoPressedStop() {
        assertThat(BodyInterruptions.fromCauses(List.of(OTHER, USER), 3).cause()).isEqualTo("aborted by the user alice");
    }

    @Test
    void shouldFallBackToTheCausesDescriptionOrToInterrupted() {
        assertThat(BodyInterruptions.fromCauses(List.of(OTHER), 3))
                .isEqualTo(Interruption.other("Failed in branch b"));
        assertThat(BodyInterruptions.fromCauses(List.of(), 3)).isEqualTo(Interruption.other("interrupted"));
    }

    @Test
    void shouldTellAnInterruptionFromAFailure() {
        assertThat(BodyInterruptions.of(new AbortException("script returned exit code 1"), null, false, 9)).isNull();
        assertThat(BodyInterruptions.of(null, null, false, 9)).isNull();
        assertThat(BodyInterruptions.of(new InterruptedException(), null, false, 9))
                .isEqualTo(Interruption.other("interrupted"));
        assertThat(BodyInterruptions.of(new RuntimeException(new InterruptedException()), null, false, 9))
                .isEqualTo(Interruption.other("interrupted"));
    }

    @Test
    void shouldCountTheStepsOwnStopAndAnAbortTheBlockCaught() {
        assertThat(BodyInterruptions.of(null, new InterruptedException(), false, 9))
                .isEqualTo(Interruption.other("interrupted"));
        assertThat(BodyInterruptions.of(null, new IllegalStateException("x"), false, 9).cause())
                .isEqualTo("the step was stopped (IllegalStateException)");
        assertThat(BodyInterruptions.of(null, null, true, 9).cause()).startsWith("the build was aborted while");
        assertThat(BodyInterruptions.of(new AbortException("exit 1"), null, true, 9)).isNotNull();
    }
}
