package io.jenkins.plugins.systemtest.engine.analysis;

/** What kind of problem a group of failures points to. */
public enum FailureCategory {
    /** The environment failed the tests: refused connections, unknown hosts, TLS mismatches, exhausted pools. */
    INFRASTRUCTURE,
    /** The product did not do what the test expected. */
    ASSERTION,
    /** Any other error raised by the test or the product. */
    ERROR
}
