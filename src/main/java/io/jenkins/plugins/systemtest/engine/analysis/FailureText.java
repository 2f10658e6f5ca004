package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error statements of a failure, outermost first and deepest cause last: the head (the reported type and
 * message) and the causes the message and the body state. When the head carries no error (go-junit-report's
 * {@code Failed}, Playwright's test title, Jest's and nextest's missing message), the first error line of the body
 * stands in for it: an indented {@code Error: ...} or {@code TypeError: ...}, a pytest {@code E} line, a Go
 * {@code file_test.go:NN: ...} line, a Go {@code panic:}, the message of a Rust panic. Cause lines are Java's
 * {@code Caused by:}, Go's {@code caused by:}, PHPUnit's and RSpec's {@code Caused by} blocks and xUnit's
 * {@code ---- Inner : message} lines.
 *
 * @param head       the head: {@code type: message}, or the body's first error line; empty when nothing says
 * @param headSource where the head was found, for a person: "the message" or "the failure body"
 * @param statements the error statements, head first, deepest cause last; each is searched by the rules
 */
public record FailureText(String head, String headSource, List<Statement> statements) {

    /** One error statement and where it was found ("the message", "the failure body", "cause 2"). */
    public record Statement(String text, String source) {
    }

    public static final String MESSAGE = "the message";
    public static final String BODY = "the failure body";

    /** Text looked at, at most, of a message or a body: keeps a pathological report from slowing the analysis. */
    private static final int MAX_TEXT = 64 * 1024;
    private static final int MAX_STATEMENTS = 40;
    /** Characters of a line looked at: keeps every pattern linear and shallow on pathological lines. */
    private static final int MAX_LINE = 2_000;
    private static final Pattern NEWLINE = Pattern.compile("\r\n|\r|\n");

    /** Messages that say a test failed without saying why. */
    private static final Pattern SAYS_NOTHING = Pattern.compile(
            "(?i)(?:failed|failure|test failed|test failure(?: with exit code \\d+)?|error|assertion failed)\\.?");
    private static final Pattern PYTEST_E = Pattern.compile("^E(?:\\s+(.*))?$");
    private static final Pattern JAVA_CAUSE = Pattern.compile("^\\s*Caused by: (.+)$");
    private static final Pattern GO_CAUSE = Pattern.compile("^\\s+caused by: (.+)$");
    private static final Pattern XUNIT_INNER = Pattern.compile("^-{4,} (.+)$");
    private static final Pattern GO_TEST_LINE = Pattern.compile("^\\s+[\\w.-]+_test\\.go:\\d+: (.+)$");
    private static final Pattern GO_PANIC = Pattern.compile("^\\s*panic: (.+?)(?: \\[recovered\\])?$");
    private static final Pattern RUST_PANIC = Pattern.compile("^thread '.*' panicked at .*:$");
    private static final Pattern RSPEC_CAUSE = Pattern.compile("^# --- Caused by: ---$");
    /** An exception line: {@code Error: ...}, {@code TypeError: ...}, {@code org.x.FooException: ...}, {@code PG::X:}. */
    private static final Pattern EXCEPTION_LINE = Pattern.compile(
            "^\\s*(?:> )?((?:[A-Za-z_$][\\w$.:\\\\]{0,200})?(?:Error|Exception|Failure|Bad)|error)(?: :|:)(?:\\s+(.*))?$");

    /** The error statements of a test's failure. */
    public static FailureText of(TestCaseResult test) {
        String type = usefulType(test.failureType());
        String message = FailureSignature.stripAnsi(cap(FailureSignature.message(test))).strip();
        List<Statement> body = bodyStatements(FailureSignature.stripAnsi(cap(test.failureDetail())));
        List<Statement> statements = new ArrayList<>();
        String head;
        String source = MESSAGE;
        if (!message.isEmpty() && !SAYS_NOTHING.matcher(message).matches()) {
            List<String> parts = splitInner(message);
            head = prefixed(type, parts.get(0));
            statements.add(new Statement(head, MESSAGE));
            for (int i = 1; i < parts.size(); i++) {
                statements.add(new Statement(parts.get(i), "inner exception " + i + " of the message"));
            }
        } else if (type.isEmpty() && !body.isEmpty()) {
            head = body.get(0).text();
            source = BODY;
        } else {
            // a reported type says what failed; the body's first meaningful line says how
            String line = FailureSignature.headline(test.failureDetail());
            head = prefixed(type, line);
            source = line.isEmpty() ? MESSAGE : BODY;
            if (!head.isEmpty()) {
                statements.add(new Statement(head, source));
            }
        }
        statements.addAll(body);
        return new FailureText(head, source, dedupe(statements));
    }

    /** The reported type, or empty when it says nothing ({@code FAILURE}, {@code test failure}, {@code failure}). */
    public static String usefulType(String reported) {
        String type = reported == null ? "" : reported.strip();
        return SAYS_NOTHING.matcher(type).matches() ? "" : type;
    }

    private static String prefixed(String type, String text) {
        if (type.isEmpty() || text.startsWith(type)) {
            return text;
        }
        return text.isEmpty() ? type : type + ": " + text;
    }

    public FailureText {
        statements = List.copyOf(statements);
    }

    /** The first line of the head. */
    public String headLine() {
        int nl = head.indexOf('\n');
        return (nl < 0 ? head : head.substring(0, nl)).strip();
    }

    /** The text of every statement, one after the other: what the follow-on rules and citations search. */
    public String all() {
        StringBuilder b = new StringBuilder();
        statements.forEach(s -> b.append(s.text()).append('\n'));
        return b.toString();
    }

    /** xUnit puts inner exceptions in the message as {@code ---- Type : message} lines. */
    private static List<String> splitInner(String message) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : NEWLINE.split(message, -1)) {
            Matcher m = XUNIT_INNER.matcher(line);
            if (m.matches()) {
                parts.add(current.toString().strip());
                current.setLength(0);
                current.append(m.group(1));
            } else {
                current.append(current.length() == 0 ? "" : "\n").append(line);
            }
        }
        parts.add(current.toString().strip());
        return parts;
    }

    /** The error statements a body states, in the order they appear. */
    static List<Statement> bodyStatements(String detail) {
        List<Statement> out = new ArrayList<>();
        if (detail.isBlank()) {
            return out;
        }
        String[] lines = NEWLINE.split(detail, -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lines[i].length() <= MAX_LINE ? lines[i] : lines[i].substring(0, MAX_LINE);
        }
        for (int i = 0; i < lines.length && out.size() < MAX_STATEMENTS; i++) {
            String line = lines[i];
            Matcher m;
            if ((m = PYTEST_E.matcher(line)).matches()) {
                StringBuilder block = new StringBuilder(m.group(1) == null ? "" : m.group(1).strip());
                while (i + 1 < lines.length && (m = PYTEST_E.matcher(lines[i + 1])).matches()) {
                    block.append('\n').append(m.group(1) == null ? "" : m.group(1).strip());
                    i++;
                }
                add(out, block.toString(), BODY);
            } else if ((m = JAVA_CAUSE.matcher(line)).matches() || (m = GO_CAUSE.matcher(line)).matches()) {
                add(out, m.group(1), "cause " + out.size() + " in the failure body");
            } else if (line.strip().equals("Caused by") && i + 1 < lines.length) {
                add(out, lines[++i], "cause " + out.size() + " in the failure body");
            } else if (RSPEC_CAUSE.matcher(line).matches() && i + 2 < lines.length) {
                add(out, lines[i + 1].replaceFirst("^#\\s*", "") + " " + lines[i + 2].replaceFirst("^#\\s*", ""),
                        "cause " + out.size() + " in the failure body");
                i += 2;
            } else if ((m = GO_TEST_LINE.matcher(line)).matches() || (m = GO_PANIC.matcher(line)).matches()) {
                add(out, m.group(1), BODY);
            } else if (RUST_PANIC.matcher(line).matches()) {
                StringBuilder panic = new StringBuilder();
                while (i + 1 < lines.length && !lines[i + 1].startsWith("note: ") && !lines[i + 1].isBlank()) {
                    panic.append(panic.length() == 0 ? "" : "\n").append(lines[++i].strip());
                }
                add(out, panic.toString(), BODY);
            } else if ((m = EXCEPTION_LINE.matcher(line)).matches()) {
                String text = line.strip().replaceFirst("^> ", "");
                if (m.group(2) == null && i + 1 < lines.length && !lines[i + 1].isBlank()) {
                    text = text + " " + lines[++i].strip();
                }
                add(out, text, BODY);
            }
        }
        return out;
    }

    private static void add(List<Statement> out, String text, String source) {
        String t = text.strip();
        if (!t.isEmpty()) {
            out.add(new Statement(t, source));
        }
    }

    private static List<Statement> dedupe(List<Statement> statements) {
        Set<String> seen = new LinkedHashSet<>();
        List<Statement> out = new ArrayList<>();
        for (Statement s : statements) {
            if (seen.add(s.text())) {
                out.add(s);
            }
        }
        return out;
    }

    private static String cap(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }
}
