package io.jenkins.plugins.systemtest.publish;

import hudson.tasks.junit.JUnitTask;
import hudson.tasks.junit.TestDataPublisher;

import java.io.Serializable;
import java.util.List;

/**
 * The settings with which the staged JUnit XML file (secrets masked, class names prefixed with the tenant) is
 * handed to Jenkins' JUnit plugin: that one file only, empty results allowed, output kept as staged, no checks
 * published, nothing judged (the quality gate decides what the results do to the build).
 */
public final class StagedJUnitTask implements JUnitTask, Serializable {

    private static final long serialVersionUID = 1L;

    private final String testResults;

    /** @param testResults the staged file, relative to the staging folder */
    StagedJUnitTask(String testResults) {
        this.testResults = testResults;
    }

    @Override
    public String getTestResults() {
        return testResults;
    }

    @Override
    public double getHealthScaleFactor() {
        return 1.0;
    }

    @Override
    public List<TestDataPublisher> getTestDataPublishers() {
        return List.of();
    }

    @Override
    public String getStdioRetention() {
        return null;
    }

    @Override
    public boolean isKeepLongStdio() {
        return false;
    }

    @Override
    public boolean isKeepProperties() {
        return false;
    }

    @Override
    public boolean isKeepTestNames() {
        return false;
    }

    @Override
    public boolean isAllowEmptyResults() {
        return true;
    }

    @Override
    public boolean isSkipPublishingChecks() {
        return true;
    }

    @Override
    public String getChecksName() {
        return null;
    }

    @Override
    public boolean isSkipOldReports() {
        return false;
    }
}
