package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.util.ArrayList;
import java.util.List;

/**
 * One open {@code <testsuite>} (or the {@code <testsuites>} root): its name, its own {@code system-out} and
 * {@code system-err}, and the test cases read directly in it, held until it closes because suite-level output
 * (Gradle, jest-junit) comes after them.
 */
final class SuiteFrame {

    final String name;
    /** Name and host: Playwright writes one suite of the same name per project, told apart by the host. */
    final String key;
    final int depth;
    private final List<TestCaseResult> tests = new ArrayList<>();
    private TextSlot out;
    private TextSlot err;

    SuiteFrame(String name, String hostname, int depth) {
        this.name = name;
        this.key = hostname.isEmpty() ? name : name + '\u0000' + hostname;
        this.depth = depth;
    }

    void add(TestCaseResult test) {
        tests.add(test);
    }

    TextSlot out() {
        if (out == null) {
            out = new TextSlot(false);
        }
        return out;
    }

    TextSlot err() {
        if (err == null) {
            err = new TextSlot(false);
        }
        return err;
    }

    /**
     * Hands the tests to the folder. Those that did not simply pass and have no output of their own get the suite's
     * output; passing ones do not, so that a large suite does not copy its log into every test.
     */
    void drainInto(AttemptFolder folder) {
        String suiteOut = text(out);
        String suiteErr = text(err);
        for (TestCaseResult t : tests) {
            boolean notPassed = t.outcome().isProblem() || t.outcome() == TestOutcome.FLAKY;
            if (notPassed && (t.stdout().isEmpty() && !suiteOut.isEmpty()
                    || t.stderr().isEmpty() && !suiteErr.isEmpty())) {
                t = new TestCaseResult(t.suite(), t.className(), t.name(), t.outcome(), t.durationMillis(),
                        t.failureType(), t.failureMessage(), t.failureDetail(),
                        t.stdout().isEmpty() ? suiteOut : t.stdout(), t.stderr().isEmpty() ? suiteErr : t.stderr(),
                        t.attempts(), t.file());
            }
            folder.add(key, t);
        }
        tests.clear();
    }

    private static String text(TextSlot t) {
        return t == null ? "" : t.text();
    }
}
