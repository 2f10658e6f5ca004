package hudson.model.listeners;

import hudson.ExtensionPoint;
import hudson.model.Run;

/** Declaration of Jenkins' listener of build life-cycle events. */
public abstract class RunListener<R extends Run> implements ExtensionPoint {
    protected RunListener(Class<R> targetType) {
    }

    protected RunListener() {
    }

    public void onFinalized(R r) {
        throw new UnsupportedOperationException("declaration only");
    }

    public void onDeleted(R r) {
        throw new UnsupportedOperationException("declaration only");
    }
}
