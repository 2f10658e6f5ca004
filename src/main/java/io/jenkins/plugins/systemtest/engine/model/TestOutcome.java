package io.jenkins.plugins.systemtest.engine.model;

/** What became of one test case in one run. */
public enum TestOutcome {
    /** Passed at the first attempt. */
    PASSED,
    /** An assertion did not hold (JUnit {@code <failure>}). */
    FAILED,
    /** The test could not complete: an unexpected exception, a setup error (JUnit {@code <error>}). */
    ERROR,
    /** Not run, or run and reported as skipped. */
    SKIPPED,
    /** Failed or errored at least once and then passed within the same run. */
    FLAKY;

    /** Whether the test ended badly in this run. */
    public boolean isProblem() {
        return this == FAILED || this == ERROR;
    }

    /** Whether the test counts towards the pass rate (it ran to an end). */
    public boolean isExecuted() {
        return this != SKIPPED;
    }

    /** Whether the test passed in the end, possibly after retries. */
    public boolean isPassing() {
        return this == PASSED || this == FLAKY;
    }
}
