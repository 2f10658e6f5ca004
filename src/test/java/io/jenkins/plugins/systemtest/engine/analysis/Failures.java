package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

/** Test cases built in code, for the analysis tests. */
final class Failures {

    private Failures() {
    }

    /** A test that failed ({@code <failure>}). */
    static TestCaseResult failed(String suite, String name, String type, String message) {
        return of(suite, name, TestOutcome.FAILED, type, message, "");
    }

    /** A test that errored ({@code <error>}). */
    static TestCaseResult error(String suite, String name, String type, String message) {
        return of(suite, name, TestOutcome.ERROR, type, message, "");
    }

    /** A test that failed, then passed on a retry. */
    static TestCaseResult flaky(String suite, String name, String type, String message) {
        return of(suite, name, TestOutcome.FLAKY, type, message, "");
    }

    static TestCaseResult passed(String suite, String name) {
        return TestCaseResult.passed(suite, suite, name, 12);
    }

    /** Any test; the class is the suite's name, as Surefire reports it. */
    static TestCaseResult of(String suite, String name, TestOutcome outcome, String type, String message,
            String detail) {
        return new TestCaseResult(suite, suite, name, outcome, 25, type, message, detail, "", "", 1,
                "TEST-" + suite + ".xml");
    }
}
