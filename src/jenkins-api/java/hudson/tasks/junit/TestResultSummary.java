package hudson.tasks.junit;

import java.io.Serializable;

/** Declaration of the junit plugin's counts of one parse. */
public class TestResultSummary implements Serializable {
    public TestResultSummary() {
    }

    public TestResultSummary(int failCount, int skipCount, int passCount, int totalCount) {
    }

    public int getFailCount() {
        throw new UnsupportedOperationException("declaration only");
    }

    public int getSkipCount() {
        throw new UnsupportedOperationException("declaration only");
    }

    public int getPassCount() {
        throw new UnsupportedOperationException("declaration only");
    }

    public int getTotalCount() {
        throw new UnsupportedOperationException("declaration only");
    }
}
