package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes test results as one normalised JUnit XML document in Maven Surefire's dialect, which Jenkins' JUnit plugin
 * and {@link JUnitXmlParser} both read: FLAKY tests get a {@code <flakyFailure>} with the failure's texts (and one
 * empty one per further attempt), failed and errored tests with several attempts get empty {@code <rerunFailure>}
 * or {@code <rerunError>} elements, skipped tests a {@code <skipped>} with the reason. Reading the document back
 * with {@link JUnitXmlParser} gives the same tests, outcomes, texts and attempts, as long as the texts fit its
 * {@link OutputLimits} (the attempts of passed and skipped tests are not written).
 *
 * <p>Tests stay in the order given. Consecutive tests of the same suite share a {@code <testsuite>}; a test that
 * repeats a class and name already in it starts a new one with its own {@code hostname}, so that no reader folds
 * two tests into one. Characters XML 1.0 cannot carry (such as terminal colour escapes) become U+FFFD.
 * Instances are immutable.
 */
public final class JUnitXmlWriter {

    private static final char REPLACEMENT = '\uFFFD';

    private final String classNamePrefix;

    /** A writer that keeps class names as they are. */
    public JUnitXmlWriter() {
        this("");
    }

    private JUnitXmlWriter(String classNamePrefix) {
        this.classNamePrefix = classNamePrefix;
    }

    /**
     * A writer that puts {@code prefix} and a dot before every class name ({@code acme.com.example.LoginIT}), so
     * that a report with the runs of several tenants keeps them apart; a test without a class name gets the prefix
     * alone. An empty prefix keeps the names as they are.
     */
    public JUnitXmlWriter withClassNamePrefix(String prefix) {
        return new JUnitXmlWriter(Objects.requireNonNullElse(prefix, ""));
    }

    /** Writes the document to a file, creating its directory. */
    public void write(List<TestCaseResult> tests, String name, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(file)) {
            write(tests, name, out);
        }
    }

    /**
     * Writes the document as UTF-8.
     *
     * @param name the name of the root {@code <testsuites>} element
     */
    public void write(List<TestCaseResult> tests, String name, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites");
        attribute(w, "name", name);
        counts(w, tests);
        w.write(">");
        int segment = 0;
        for (List<TestCaseResult> suite : segments(tests)) {
            segment++;
            suite(w, suite, segment);
        }
        w.write("\n</testsuites>\n");
        w.flush();
    }

    /** Runs of consecutive tests of one suite, cut where a class and name would repeat. */
    static List<List<TestCaseResult>> segments(List<TestCaseResult> tests) {
        List<List<TestCaseResult>> segments = new ArrayList<>();
        List<TestCaseResult> current = null;
        Set<String> names = new HashSet<>();
        for (TestCaseResult t : tests) {
            String key = t.className() + '\u0000' + t.name();
            if (current == null || !current.get(0).suite().equals(t.suite()) || !names.add(key)) {
                current = new ArrayList<>();
                segments.add(current);
                names.clear();
                names.add(key);
            }
            current.add(t);
        }
        return segments;
    }

    private void suite(Writer w, List<TestCaseResult> tests, int segment) throws IOException {
        w.write("\n  <testsuite");
        attribute(w, "name", tests.get(0).suite());
        attribute(w, "hostname", "segment-" + segment);
        counts(w, tests);
        w.write(">");
        for (TestCaseResult t : tests) {
            test(w, t);
        }
        w.write("\n  </testsuite>");
    }

    private void test(Writer w, TestCaseResult t) throws IOException {
        w.write("\n    <testcase");
        attribute(w, "name", t.name());
        attribute(w, "classname", className(t.className()));
        attribute(w, "time", seconds(t.durationMillis()));
        if (t.outcome() == TestOutcome.PASSED && t.stdout().isEmpty() && t.stderr().isEmpty()) {
            // Most test cases of a big suite: one empty element (a quarter of the staged file's size otherwise).
            w.write("/>");
            return;
        }
        w.write(">");
        switch (t.outcome()) {
            case FAILED, ERROR -> {
                boolean error = t.outcome() == TestOutcome.ERROR;
                problem(w, error ? "error" : "failure", t, false);
                for (int i = 1; i < t.attempts(); i++) {
                    w.write(error ? "\n      <rerunError/>" : "\n      <rerunFailure/>");
                }
            }
            case FLAKY -> {
                problem(w, "flakyFailure", t, true);
                for (int i = 2; i < t.attempts(); i++) {
                    w.write("\n      <flakyFailure/>");
                }
            }
            case SKIPPED -> {
                w.write("\n      <skipped");
                optional(w, "type", t.failureType());
                optional(w, "message", t.failureMessage());
                w.write("/>");
            }
            case PASSED -> {
                // Nothing but the output.
            }
            default -> throw new IllegalStateException("unknown outcome " + t.outcome());
        }
        element(w, "system-out", t.stdout());
        element(w, "system-err", t.stderr());
        w.write("\n    </testcase>");
    }

    private static void problem(Writer w, String element, TestCaseResult t, boolean stackTrace) throws IOException {
        w.write("\n      <" + element);
        optional(w, "message", t.failureMessage());
        optional(w, "type", t.failureType());
        w.write(">");
        if (stackTrace) {
            element(w, "stackTrace", t.failureDetail());
        } else {
            text(w, t.failureDetail());
        }
        w.write("</" + element + ">");
    }

    private static void element(Writer w, String element, String text) throws IOException {
        if (!text.isEmpty()) {
            w.write("\n      <" + element + ">");
            text(w, text);
            w.write("</" + element + ">");
        }
    }

    private static void counts(Writer w, List<TestCaseResult> tests) throws IOException {
        long millis = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (TestCaseResult t : tests) {
            millis += t.durationMillis();
            failures += t.outcome() == TestOutcome.FAILED ? 1 : 0;
            errors += t.outcome() == TestOutcome.ERROR ? 1 : 0;
            skipped += t.outcome() == TestOutcome.SKIPPED ? 1 : 0;
        }
        attribute(w, "tests", String.valueOf(tests.size()));
        attribute(w, "failures", String.valueOf(failures));
        attribute(w, "errors", String.valueOf(errors));
        attribute(w, "skipped", String.valueOf(skipped));
        attribute(w, "time", seconds(millis));
    }

    private String className(String className) {
        if (classNamePrefix.isEmpty()) {
            return className;
        }
        return className.isEmpty() ? classNamePrefix : classNamePrefix + "." + className;
    }

    private static void optional(Writer w, String name, String value) throws IOException {
        if (!value.isEmpty()) {
            attribute(w, name, value);
        }
    }

    /** An attribute; line breaks and tabs become character references, so that readers keep them. */
    private static void attribute(Writer w, String name, String value) throws IOException {
        w.write(' ');
        w.write(name);
        w.write("=\"");
        escape(w, value, true);
        w.write('"');
    }

    private static void text(Writer w, String text) throws IOException {
        escape(w, text, false);
    }

    /** Writes the text escaped, the runs between characters that need escaping in one call each. */
    private static void escape(Writer w, String s, boolean attribute) throws IOException {
        String clean = clean(s);
        int run = 0;
        for (int i = 0; i < clean.length(); i++) {
            String replacement = switch (clean.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                case '\r' -> "&#13;";
                case '\n' -> attribute ? "&#10;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                default -> null;
            };
            if (replacement != null) {
                w.write(clean, run, i - run);
                w.write(replacement);
                run = i + 1;
            }
        }
        w.write(clean, run, clean.length() - run);
    }

    static String seconds(long millis) {
        long ms = millis % 1000;
        String whole = Long.toString(millis / 1000);
        return whole + (ms < 10 ? ".00" : ms < 100 ? ".0" : ".") + ms;
    }

    /** The text with every character XML 1.0 cannot carry (and every unpaired surrogate) replaced by U+FFFD. */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : REPLACEMENT);
            }
        }
        return b == null ? s : b.toString();
    }
}
