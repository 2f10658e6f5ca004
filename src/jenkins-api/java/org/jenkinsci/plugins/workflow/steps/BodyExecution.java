package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;
import java.util.Collection;
import java.util.concurrent.Future;
import jenkins.model.CauseOfInterruption;

/** Declaration of workflow-step-api's running block of a step. */
public abstract class BodyExecution implements Future<Object>, Serializable {
    public BodyExecution() {
    }

    public abstract Collection<StepExecution> getCurrentExecutions();

    public boolean cancel(CauseOfInterruption... causes) {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        throw new UnsupportedOperationException("declaration only");
    }

    public boolean cancel(Throwable t) {
        throw new UnsupportedOperationException("declaration only");
    }
}
