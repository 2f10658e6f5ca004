package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.util.ArrayList;
import java.util.List;

/**
 * One open {@code <testsuite>} (or the {@code <testsuites>} root): its name, its place among the suites around it,
 * its own {@code system-out} and {@code system-err}, and the test cases read directly in it, held until it closes
 * because suite-level output (Gradle, jest-junit) comes after them.
 */
final class SuiteFrame {

    /** Between the names of nested suites in a {@link #path}. */
    static final String PATH_SEPARATOR = " \u203a ";

    final String name;
    /**
     * Every suite from the root down to this one, each with its host where one is given: Playwright writes one suite
     * of the same name per project, told apart by the host; PHPUnit with Selenium nests the same suite under one
     * parent suite per browser. Tests are told apart by this whole path, never by the innermost name alone.
     */
    final String path;
    final int depth;
    /** Whether this is a {@code <testsuite>} element (the root may be {@code <testsuites>}). */
    final boolean testsuite;
    /** pytest names its one suite "pytest" and never writes one test twice, except as a rerun. */
    final boolean pytest;
    private final List<TestCaseResult> tests = new ArrayList<>();
    /** The {@code file} attribute of each test case, in step with {@link #tests}. */
    private final List<String> caseFiles = new ArrayList<>();
    private TextSlot out;
    private TextSlot err;

    SuiteFrame(SuiteFrame parent, String name, String hostname, int depth, boolean testsuite) {
        this.name = name;
        String segment = hostname.isEmpty() ? name : name + " @" + hostname;
        this.path = parent == null ? segment : parent.path + PATH_SEPARATOR + segment;
        this.depth = depth;
        this.testsuite = testsuite;
        this.pytest = testsuite && name.equals("pytest");
    }

    void add(TestCaseResult test, String caseFile) {
        tests.add(test);
        caseFiles.add(caseFile);
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
        for (int i = 0; i < tests.size(); i++) {
            TestCaseResult t = tests.get(i);
            boolean notPassed = t.outcome().isProblem() || t.outcome() == TestOutcome.FLAKY;
            if (notPassed && (t.stdout().isEmpty() && !suiteOut.isEmpty()
                    || t.stderr().isEmpty() && !suiteErr.isEmpty())) {
                t = new TestCaseResult(t.suite(), t.className(), t.name(), t.outcome(), t.durationMillis(),
                        t.failureType(), t.failureMessage(), t.failureDetail(),
                        t.stdout().isEmpty() ? suiteOut : t.stdout(), t.stderr().isEmpty() ? suiteErr : t.stderr(),
                        t.attempts(), t.file());
            }
            folder.add(path, pytest, caseFiles.get(i), t);
        }
        tests.clear();
        caseFiles.clear();
    }

    private static String text(TextSlot t) {
        return t == null ? "" : t.text();
    }
}
