package io.jenkins.plugins.systemtest.engine.history;

/**
 * A test whose outcome keeps changing.
 *
 * @param testId   the test
 * @param flips    how often its outcome changed between passing and not passing over the runs looked at,
 *                 a FLAKY run (failed, then passed on retry) counting as one flip of its own
 * @param runs     in how many of the runs looked at it appears
 * @param failures in how many of them it failed or errored
 * @param flaky    in how many of them it was FLAKY
 * @param lastBuild the newest build it failed, errored or was flaky in
 */
public record FlakyTest(String testId, int flips, int runs, int failures, int flaky, long lastBuild) {
}
