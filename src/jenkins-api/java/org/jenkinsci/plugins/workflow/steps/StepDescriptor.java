package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

/** Declaration of workflow-step-api's descriptor of a pipeline step. */
public abstract class StepDescriptor extends Descriptor<Step> {
    public StepDescriptor() {
    }

    public abstract Set<? extends Class<?>> getRequiredContext();

    public abstract String getFunctionName();

    public boolean takesImplicitBlockArgument() {
        throw new UnsupportedOperationException("declaration only");
    }

    public boolean isAdvanced() {
        throw new UnsupportedOperationException("declaration only");
    }
}
