package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

/**
 * Collects one {@code <testcase>} while it is read and turns it into a {@link TestCaseResult}.
 * <ul>
 *   <li>The first {@code <failure>} or {@code <error>} decides between FAILED and ERROR; further ones (jest-junit
 *       writes one per failure message, pytest adds a teardown error) are appended to the detail.</li>
 *   <li>Surefire retries: {@code <flakyFailure>}/{@code <flakyError>} without a failure make the test FLAKY;
 *       {@code <rerunFailure>}/{@code <rerunError>} are further failing attempts. Attempts are 1 plus these
 *       elements; type, message and stack trace come from the last failing attempt that has them.</li>
 *   <li>Without a {@code message} attribute the message is the first non-blank line of the body, without the
 *       PHPUnit {@code Class::method} header line or the test name Pest puts before it.</li>
 *   <li>Standard output and error are cut to {@link OutputLimits#passedChars()} for a test that passed at the
 *       first attempt or was skipped.</li>
 *   <li>A skipped test keeps its reason (and {@code type}, such as {@code pytest.xfail}) in the failure message
 *       and type fields.</li>
 * </ul>
 */
final class TestCaseBuilder {

    private final OutputLimits limits;
    private final String suite;
    private final String className;
    private final String name;
    private final long durationMillis;
    private final String file;

    private TestOutcome problem;
    private Failure primary;
    private Failure retry;
    private Failure lastRetry;
    private int flaky;
    private int reruns;
    private TestOutcome rerunOutcome;
    private Failure skip;
    private TextSlot stdout;
    private TextSlot stderr;

    TestCaseBuilder(OutputLimits limits, String suite, String className, String name, long durationMillis,
            String file) {
        this.limits = limits;
        this.suite = suite;
        this.className = className;
        this.name = name;
        this.durationMillis = durationMillis;
        this.file = file;
    }

    /** A {@code <failure>} or {@code <error>}; returns where its body goes. */
    TextSlot problem(boolean error, String type, String message) {
        if (primary == null) {
            problem = error ? TestOutcome.ERROR : TestOutcome.FAILED;
            primary = new Failure(type, message);
            return primary.body;
        }
        TextSlot body = primary.body;
        body.prefix((body.isEmpty() ? "[" : "\n\n[") + (error ? "error" : "failure") + "] "
                + (nonEmpty(message) ? message : nonEmpty(type) ? type : "(no message)") + "\n");
        return body;
    }

    /** A {@code <skipped>}; returns where its body goes. */
    TextSlot skipped(String type, String message) {
        if (skip == null) {
            skip = new Failure(type, message);
        }
        return skip.body;
    }

    /** A Surefire retry element; returns where its direct text and its {@code <stackTrace>} go. */
    TextSlot startRetry(boolean isFlaky, boolean error, String type, String message) {
        retry = new Failure(type, message);
        retry.flaky = isFlaky;
        retry.error = error;
        return retry.body;
    }

    void endRetry() {
        if (retry == null) {
            return;
        }
        if (retry.flaky) {
            flaky++;
        } else {
            reruns++;
            rerunOutcome = retry.error ? TestOutcome.ERROR : TestOutcome.FAILED;
        }
        if (retry.hasContent()) {
            lastRetry = retry;
        }
        retry = null;
    }

    TextSlot stdout() {
        if (stdout == null) {
            stdout = new TextSlot(true);
        }
        return stdout;
    }

    TextSlot stderr() {
        if (stderr == null) {
            stderr = new TextSlot(true);
        }
        return stderr;
    }

    TestCaseResult build() {
        TestOutcome outcome;
        Failure shown;
        if (problem != null) {
            outcome = problem;
            shown = reruns > 0 && lastRetry != null ? lastRetry : primary;
        } else if (flaky > 0) {
            outcome = TestOutcome.FLAKY;
            shown = lastRetry;
        } else if (reruns > 0) {
            outcome = rerunOutcome;
            shown = lastRetry;
        } else if (skip != null) {
            outcome = TestOutcome.SKIPPED;
            shown = skip;
        } else {
            outcome = TestOutcome.PASSED;
            shown = null;
        }
        String type = "";
        String message = "";
        String detail = "";
        if (shown != null) {
            type = limits.truncate(shown.type.strip());
            message = nonEmpty(shown.message) ? limits.truncate(shown.message.strip())
                    : firstLine(shown.body.head(), name);
            detail = outcome == TestOutcome.SKIPPED ? "" : shown.body.text();
        }
        OutputLimits passed = (stdout != null || stderr != null)
                && (outcome == TestOutcome.PASSED || outcome == TestOutcome.SKIPPED) ? limits.forPassed() : null;
        return new TestCaseResult(suite, className, name, outcome, durationMillis, type, message, detail,
                output(stdout, passed), output(stderr, passed), 1 + flaky + reruns, file);
    }

    private static String output(TextSlot t, OutputLimits passed) {
        if (t == null) {
            return "";
        }
        return passed == null ? t.text() : t.text(passed);
    }

    /**
     * The first non-blank line of a failure body. PHPUnit starts the body with a {@code Class::method} line, which
     * is passed over; Pest starts it with the test's name glued to the message, which is cut off.
     */
    static String firstLine(CharSequence text, String testName) {
        String header = null;
        int pos = 0;
        int len = text.length();
        while (pos < len) {
            int end = pos;
            while (end < len && text.charAt(end) != '\n') {
                end++;
            }
            String line = text.subSequence(pos, end).toString().strip();
            pos = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (header == null && (isPhpUnitHeader(line) || line.equals(testName))) {
                header = line;
                continue;
            }
            if (header == null && !testName.isEmpty() && line.length() > testName.length()
                    && line.startsWith(testName)) {
                return line.substring(testName.length()).strip();
            }
            return line;
        }
        return header == null ? "" : header;
    }

    private static boolean isPhpUnitHeader(String line) {
        int sep = line.indexOf("::");
        if (sep <= 0 || line.contains(": ")) {
            return false;
        }
        for (int i = 0; i < sep; i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isBlank();
    }

    /** One failing attempt as written: type and message attributes, and its body. */
    private static final class Failure {
        final String type;
        final String message;
        final TextSlot body = new TextSlot(false);
        boolean flaky;
        boolean error;

        Failure(String type, String message) {
            this.type = type == null ? "" : type;
            this.message = message == null ? "" : message;
        }

        boolean hasContent() {
            return nonEmpty(type) || nonEmpty(message) || !body.isEmpty();
        }
    }
}
