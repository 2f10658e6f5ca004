package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/** Declaration of workflow-step-api's callback told when a step's block starts and ends. */
public abstract class BodyExecutionCallback implements Serializable {
    public BodyExecutionCallback() {
    }

    public void onStart(StepContext context) {
        throw new UnsupportedOperationException("declaration only");
    }

    public abstract void onSuccess(StepContext context, Object result);

    public abstract void onFailure(StepContext context, Throwable t);

    /** Declaration of the callback that runs a last action and then completes the step with the block's outcome. */
    public abstract static class TailCall extends BodyExecutionCallback {
        public TailCall() {
        }

        protected abstract void finished(StepContext context) throws Exception;

        @Override
        public final void onSuccess(StepContext context, Object result) {
            throw new UnsupportedOperationException("declaration only");
        }

        @Override
        public void onFailure(StepContext context, Throwable t) {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
