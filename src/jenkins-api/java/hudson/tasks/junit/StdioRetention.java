package hudson.tasks.junit;

/** Declaration of the junit plugin's choice of which test output to keep. */
public enum StdioRetention {
    ALL,
    FAILED,
    NONE,
    DEFAULT
}
