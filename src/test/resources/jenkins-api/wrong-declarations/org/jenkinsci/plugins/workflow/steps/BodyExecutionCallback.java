package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/** Wrong: TailCall is an inner (non-static) class, so its constructor takes the outer instance. */
public abstract class BodyExecutionCallback implements Serializable {
    public BodyExecutionCallback() {
    }

    public abstract void onSuccess(StepContext context, Object result);

    public abstract void onFailure(StepContext context, Throwable t);

    /** Wrong on purpose. */
    public abstract class TailCall extends BodyExecutionCallback {
        public TailCall() {
        }
    }
}
