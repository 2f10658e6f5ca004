package org.jenkinsci.plugins.workflow.steps;

import hudson.EnvVars;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/** Declaration of workflow-step-api's contributor of environment variables to a step's block. */
public abstract class EnvironmentExpander implements Serializable {
    public EnvironmentExpander() {
    }

    public abstract void expand(EnvVars env) throws IOException, InterruptedException;

    public Set<String> getSensitiveVariables() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static EnvironmentExpander constant(Map<String, String> env) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static EnvironmentExpander merge(EnvironmentExpander original, EnvironmentExpander subsequent) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static EnvVars getEffectiveEnvironment(EnvVars customEnvironment, EnvVars contextualEnvironment,
            EnvironmentExpander expander) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("declaration only");
    }

    public static EnvVars getEffectiveEnvironment(EnvVars customEnvironment, EnvVars contextualEnvironment,
            EnvironmentExpander expander, StepContext context, TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException("declaration only");
    }
}
