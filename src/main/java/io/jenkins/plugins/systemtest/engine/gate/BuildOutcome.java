package io.jenkins.plugins.systemtest.engine.gate;

/** What a verdict does to the build (Jenkins) or to the exit code (command line). */
public enum BuildOutcome {
    /** The build stays as it is. */
    SUCCESS(0),
    /** The build and the stage are marked UNSTABLE; the pipeline goes on. */
    UNSTABLE(1),
    /** The step fails. */
    FAILURE(2),
    /** The run was stopped. */
    ABORTED(130);

    private final int exitCode;

    BuildOutcome(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The command line's exit code for this outcome. */
    public int exitCode() {
        return exitCode;
    }
}
