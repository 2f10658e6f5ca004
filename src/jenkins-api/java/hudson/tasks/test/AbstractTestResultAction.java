package hudson.tasks.test;

import hudson.model.Run;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * Declaration of the junit plugin's base class of test result actions. Simplified: the real one also
 * implements {@code hudson.model.HealthReportingAction}, which the glue never uses.
 */
@ExportedBean
public abstract class AbstractTestResultAction<T extends AbstractTestResultAction> implements RunAction2 {
    protected AbstractTestResultAction() {
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        throw new UnsupportedOperationException("declaration only");
    }

    public abstract int getFailCount();

    public int getSkipCount() {
        throw new UnsupportedOperationException("declaration only");
    }

    public abstract int getTotalCount();

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("declaration only");
    }
}
