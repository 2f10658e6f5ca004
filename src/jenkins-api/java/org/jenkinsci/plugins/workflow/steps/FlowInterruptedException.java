package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Result;
import java.util.List;
import jenkins.model.CauseOfInterruption;

/** Declaration of workflow-step-api's interruption of a pipeline with a result and causes. */
public final class FlowInterruptedException extends InterruptedException {
    public FlowInterruptedException(Result result, CauseOfInterruption... causes) {
    }

    public FlowInterruptedException(Result result, boolean actualInterruption, CauseOfInterruption... causes) {
    }

    public Result getResult() {
        throw new UnsupportedOperationException("declaration only");
    }

    public List<CauseOfInterruption> getCauses() {
        throw new UnsupportedOperationException("declaration only");
    }
}
