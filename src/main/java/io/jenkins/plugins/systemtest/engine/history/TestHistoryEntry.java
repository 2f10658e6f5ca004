package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

/**
 * What one test did in one run.
 *
 * @param runId     the run
 * @param build     its build number
 * @param tenant    its tenant
 * @param startedAt epoch milliseconds
 * @param outcome   the test's outcome; PASSED when the run had tests and this one is not among those that did not
 *                  pass
 */
public record TestHistoryEntry(String runId, long build, String tenant, long startedAt, TestOutcome outcome) {
}
