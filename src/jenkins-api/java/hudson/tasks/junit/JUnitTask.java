package hudson.tasks.junit;

import java.util.List;

/** Declaration of the junit plugin's settings of one JUnit report parse. */
public interface JUnitTask {
    String getTestResults();

    double getHealthScaleFactor();

    List<TestDataPublisher> getTestDataPublishers();

    String getStdioRetention();

    default StdioRetention getParsedStdioRetention() {
        throw new UnsupportedOperationException("declaration only");
    }

    boolean isKeepLongStdio();

    boolean isKeepProperties();

    boolean isKeepTestNames();

    boolean isAllowEmptyResults();

    boolean isSkipPublishingChecks();

    String getChecksName();

    boolean isSkipOldReports();
}
