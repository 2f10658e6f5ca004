package io.jenkins.plugins.systemtest.step;

import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Hands the end of {@code systemTest}'s block back to its execution, which then collects and records the run. Saved
 * with the pipeline together with the execution it points to.
 */
public final class BodyEndCallback extends BodyExecutionCallback {

    private static final long serialVersionUID = 1L;

    private final SystemTestStepExecution execution;

    BodyEndCallback(SystemTestStepExecution execution) {
        this.execution = execution;
    }

    @Override
    public void onSuccess(StepContext context, Object result) {
        execution.bodyEnded(null);
    }

    @Override
    public void onFailure(StepContext context, Throwable t) {
        execution.bodyEnded(t);
    }
}
