package io.jenkins.plugins.systemtest.step;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StepStatusTest {

    @Test
    void shouldSayWhichAttemptRunsWhenTheFailedTestsAreRerun() {
        SystemTestStep step = new SystemTestStep("acme");
        step.setSuite("e2e");
        step.setRerunFailed(2);

        assertThat(StepStatus.of(SystemTestStepExecution.Phase.BODY, step.toConfig(), "7-acme-e2e", 2))
                .isEqualTo("running the block (tenant acme, suite e2e, run 7-acme-e2e, attempt 2 of up to 3)");
        assertThat(StepStatus.of(SystemTestStepExecution.Phase.BODY, step.toConfig(), "7-acme-e2e", 0))
                .isEqualTo("running the block (tenant acme, suite e2e, run 7-acme-e2e)");
    }

    @Test
    void shouldRefuseMoreThanTenRerunsNamingTheField() {
        SystemTestStep step = new SystemTestStep("acme");
        step.setRerunFailed(11);

        assertThatThrownBy(step::toConfig)
                .hasMessage("rerunFailed: must be between 0 and 10, not 11");
    }
}
