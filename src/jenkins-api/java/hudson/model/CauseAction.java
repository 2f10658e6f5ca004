package hudson.model;

import java.util.List;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * Declaration of Jenkins' action holding the causes of a build. Simplified: the real one also implements
 * {@code hudson.model.queue.FoldableAction}, which the glue never uses.
 */
@ExportedBean
public class CauseAction implements RunAction2 {
    public CauseAction(Cause c) {
    }

    public List<Cause> getCauses() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public void onLoad(Run<?, ?> owner) {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public void onAttached(Run<?, ?> owner) {
        throw new UnsupportedOperationException("declaration only");
    }
}
