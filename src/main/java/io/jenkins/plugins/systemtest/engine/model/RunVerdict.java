package io.jenkins.plugins.systemtest.engine.model;

/** The honest one-word answer about a run of a suite for one tenant. */
public enum RunVerdict {
    /** Tests ran and the quality gate holds. */
    PASSED,
    /** Tests ran and the quality gate does not hold. */
    FAILED,
    /** A required service was down, or the failures are all caused by infrastructure. */
    INFRA_ERROR,
    /** No test result was found. */
    NO_TESTS,
    /** The run was stopped before it ended. */
    ABORTED,
    /**
     * The run's block is still running. Only shown (pages, JSON API) while a live-run marker says so; never in a
     * record or an index line, and never a final verdict.
     */
    RUNNING;

    /** Whether this verdict means the suite could not speak about the product at all. */
    public boolean isInconclusive() {
        return this == INFRA_ERROR || this == NO_TESTS || this == ABORTED || this == RUNNING;
    }
}
