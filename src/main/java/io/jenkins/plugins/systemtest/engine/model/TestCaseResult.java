package io.jenkins.plugins.systemtest.engine.model;

import java.util.Objects;

/**
 * One test case as a result file reported it, after retries were folded into one outcome.
 *
 * @param suite          the enclosing test suite's name ({@code testsuite/@name}), may be empty
 * @param className      the class or file of the test ({@code testcase/@classname}), may be empty
 * @param name           the test's name ({@code testcase/@name})
 * @param outcome        what became of it
 * @param durationMillis how long it ran, all attempts added up
 * @param failureType    the exception or failure type of the (last) failing attempt, or empty
 * @param failureMessage the failure message of the (last) failing attempt, or empty
 * @param failureDetail  the stack trace or failure body, truncated to a head and a tail, or empty
 * @param stdout         what the test printed to standard output, truncated, or empty
 * @param stderr         what the test printed to standard error, truncated, or empty
 * @param attempts       how many times it ran (1 without retries)
 * @param file           the result file it came from, relative to the results base directory
 */
public record TestCaseResult(String suite, String className, String name, TestOutcome outcome,
        long durationMillis, String failureType, String failureMessage, String failureDetail,
        String stdout, String stderr, int attempts, String file) {

    public TestCaseResult {
        suite = Objects.requireNonNullElse(suite, "");
        className = Objects.requireNonNullElse(className, "");
        name = Objects.requireNonNullElse(name, "");
        Objects.requireNonNull(outcome, "outcome");
        failureType = Objects.requireNonNullElse(failureType, "");
        failureMessage = Objects.requireNonNullElse(failureMessage, "");
        failureDetail = Objects.requireNonNullElse(failureDetail, "");
        stdout = Objects.requireNonNullElse(stdout, "");
        stderr = Objects.requireNonNullElse(stderr, "");
        file = Objects.requireNonNullElse(file, "");
        durationMillis = Math.max(0, durationMillis);
        attempts = Math.max(1, attempts);
    }

    /** A passing test with nothing else to say, handy for tests and generators. */
    public static TestCaseResult passed(String suite, String className, String name, long durationMillis) {
        return new TestCaseResult(suite, className, name, TestOutcome.PASSED, durationMillis, "", "", "", "", "", 1, "");
    }

    /**
     * The stable identity of the test across runs: class and name, as Jenkins' own test report names it.
     */
    public String id() {
        return className.isEmpty() ? name : className + "." + name;
    }

    /** A copy with another outcome. */
    public TestCaseResult withOutcome(TestOutcome newOutcome) {
        return new TestCaseResult(suite, className, name, newOutcome, durationMillis, failureType, failureMessage,
                failureDetail, stdout, stderr, attempts, file);
    }

    /** A copy with the texts replaced, for masking secrets. */
    public TestCaseResult withTexts(String newMessage, String newDetail, String newStdout, String newStderr) {
        return new TestCaseResult(suite, className, name, outcome, durationMillis, failureType, newMessage,
                newDetail, newStdout, newStderr, attempts, file);
    }
}
