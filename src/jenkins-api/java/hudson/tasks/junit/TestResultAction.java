package hudson.tasks.junit;

import hudson.tasks.test.AbstractTestResultAction;

/**
 * Declaration of the junit plugin's test result action on a build, as a type the glue can look up. Simplified:
 * the real one also implements {@code StaplerProxy} and {@code SimpleBuildStep.LastBuildAction}; the private
 * constructor stands in for the real public ones (which need {@code TestResult}): the glue never creates one.
 */
public class TestResultAction extends AbstractTestResultAction<TestResultAction> {
    private TestResultAction() {
    }

    @Override
    public synchronized int getFailCount() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public synchronized int getSkipCount() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public synchronized int getTotalCount() {
        throw new UnsupportedOperationException("declaration only");
    }
}
