package jenkins.model;

import hudson.ExtensionPoint;
import hudson.model.Action;
import java.util.Collection;

/** Declaration of Jenkins' extension point that adds computed actions to model objects. */
public abstract class TransientActionFactory<T> implements ExtensionPoint {
    public TransientActionFactory() {
    }

    public abstract Class<T> type();

    public Class<? extends Action> actionType() {
        throw new UnsupportedOperationException("declaration only");
    }

    public abstract Collection<? extends Action> createFor(T target);
}
