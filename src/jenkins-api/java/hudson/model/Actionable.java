package hudson.model;

import java.util.List;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * Declaration of Jenkins' model object that carries actions. Simplified: the real one also implements
 * {@code jenkins.model.ModelObjectWithContextMenu}, which the glue never uses.
 */
@ExportedBean
public abstract class Actionable extends AbstractModelObject {
    public Actionable() {
    }

    public List<Action> getActions() {
        throw new UnsupportedOperationException("declaration only");
    }

    public void addAction(Action a) {
        throw new UnsupportedOperationException("declaration only");
    }

    public boolean addOrReplaceAction(Action a) {
        throw new UnsupportedOperationException("declaration only");
    }

    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("declaration only");
    }
}
