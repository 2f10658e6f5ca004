package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

/**
 * One run in a tenant's trend, oldest first in a series.
 *
 * @param runId          the run
 * @param build          its build number
 * @param startedAt      epoch milliseconds
 * @param passRate       percent, or -1 when no test ran
 * @param durationMillis how long it took
 * @param verdict        its verdict
 */
public record TrendPoint(String runId, long build, long startedAt, double passRate, long durationMillis,
        RunVerdict verdict) {
}
