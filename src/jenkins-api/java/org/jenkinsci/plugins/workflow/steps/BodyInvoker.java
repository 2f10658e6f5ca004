package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import java.util.Collection;

/**
 * Declaration of workflow-step-api's builder that starts a step's block. Both {@code withContexts} and both
 * {@code withCallback} overloads are declared so that overload resolution in the glue matches real Jenkins.
 */
public abstract class BodyInvoker {
    public BodyInvoker() {
    }

    public abstract BodyInvoker withContext(Object override);

    public BodyInvoker withContexts(Object... overrides) {
        throw new UnsupportedOperationException("declaration only");
    }

    public BodyInvoker withContexts(Collection<?> overrides) {
        throw new UnsupportedOperationException("declaration only");
    }

    public abstract BodyInvoker withDisplayName(String name);

    public abstract BodyInvoker withCallback(BodyExecutionCallback callback);

    public final BodyInvoker withCallback(FutureCallback<Object> callback) {
        throw new UnsupportedOperationException("declaration only");
    }

    public abstract BodyExecution start();
}
