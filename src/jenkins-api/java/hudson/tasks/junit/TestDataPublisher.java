package hudson.tasks.junit;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/** Declaration of the junit plugin's contributor of extra test data (as a type only). */
public abstract class TestDataPublisher extends AbstractDescribableImpl<TestDataPublisher> implements ExtensionPoint {
    public TestDataPublisher() {
    }
}
