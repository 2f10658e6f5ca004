package io.jenkins.plugins.systemtest.engine.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt of a run that was rerun ({@code rerunFailed}): when it ran, how it ended, what its own result files
 * said, and the outcome in it of every test that failed or errored in any attempt of the run.
 *
 * @param number      1 for the first run of the suite, 2 for the first rerun, and so on
 * @param startedAt   epoch milliseconds
 * @param endedAt     epoch milliseconds
 * @param ending      how the attempt's command or block ended ("exit code 1", "completed"), or empty
 * @param counts      the counts of this attempt's own result files
 * @param resultFiles the result files read for this attempt (relative paths)
 * @param tests       for each test that failed or errored in any attempt and ran in this one, its outcome here
 */
public record TestAttempt(int number, long startedAt, long endedAt, String ending, RunCounts counts,
        List<String> resultFiles, List<Outcome> tests) {

    public TestAttempt {
        ending = Objects.requireNonNullElse(ending, "");
        counts = Objects.requireNonNullElse(counts, RunCounts.NONE);
        resultFiles = List.copyOf(Objects.requireNonNullElse(resultFiles, List.of()));
        tests = List.copyOf(Objects.requireNonNullElse(tests, List.of()));
    }

    /**
     * One test's outcome in one attempt.
     *
     * @param test    the test's id ({@link TestCaseResult#id()})
     * @param outcome its outcome in the attempt
     * @param message the failure message in the attempt, or empty
     */
    public record Outcome(String test, TestOutcome outcome, String message) {

        public Outcome {
            test = Objects.requireNonNullElse(test, "");
            Objects.requireNonNull(outcome, "outcome");
            message = Objects.requireNonNullElse(message, "");
        }
    }

    /** This attempt's outcome of the test, if it ran in it and failed in some attempt. */
    public Optional<Outcome> outcomeOf(String testId) {
        return tests.stream().filter(o -> o.test().equals(testId)).findFirst();
    }
}
