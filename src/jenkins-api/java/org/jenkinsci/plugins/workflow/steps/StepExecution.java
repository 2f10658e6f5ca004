package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/** Declaration of workflow-step-api's running step. */
public abstract class StepExecution implements Serializable {
    protected StepExecution() {
    }

    protected StepExecution(StepContext context) {
    }

    public StepContext getContext() {
        throw new UnsupportedOperationException("declaration only");
    }

    public abstract boolean start() throws Exception;

    public void stop(Throwable cause) throws Exception {
        throw new UnsupportedOperationException("declaration only");
    }

    public void onResume() {
        throw new UnsupportedOperationException("declaration only");
    }

    public String getStatus() {
        throw new UnsupportedOperationException("declaration only");
    }

    public boolean blocksRestart() {
        throw new UnsupportedOperationException("declaration only");
    }
}
