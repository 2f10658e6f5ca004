package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static io.jenkins.plugins.systemtest.engine.analysis.FailureCategory.ASSERTION;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureCategory.ERROR;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureCategory.INFRASTRUCTURE;

/**
 * The rules that say what a failure points to, and which failures follow from an earlier one. Every rule is one
 * line of {@link #DEFAULTS}: a name, a kind, a category, a pattern and an example; docs/failure-analysis.md says
 * how to add one.
 *
 * <p>A rule's pattern is searched in the failure's head: {@code type: message} (the message, or when there is none
 * the first meaningful line of the detail). A rule that also searches the detail looks at its cause lines (the
 * unindented lines, such as {@code Caused by: ...}, and pytest's {@code E} lines), but only after no rule matched
 * any head: what the test itself reported wins over what its stack trace mentions.
 *
 * <p>Classification: the first {@link Kind#CLASSIFY} rule matching the head; else the first one searching the
 * detail that matches it; else the first {@link Kind#FALLBACK} rule matching the head; else ASSERTION for a
 * {@code <failure>} and ERROR for an {@code <error>}.
 */
public final class FailureRules {

    /** What a rule is used for. */
    public enum Kind {
        /** Classifies a failure. */
        CLASSIFY,
        /** Classifies a failure no {@link #CLASSIFY} rule matched, in head or detail. */
        FALLBACK,
        /** Marks a failure that follows from an earlier failure in the same suite (a cascade). */
        FOLLOW_ON
    }

    /**
     * One rule.
     *
     * @param name           a short stable name, recorded with the failure group
     * @param kind           what the rule is used for
     * @param category       the category it gives (for FOLLOW_ON rules: the category such failures usually have)
     * @param pattern        what it looks for
     * @param searchesDetail whether it also searches the cause lines of the detail
     * @param description    what it matches, for a person; for FOLLOW_ON rules the reason given for a cascade
     * @param example        a failure head it matches, as a tool reports it
     */
    public record Rule(String name, Kind kind, FailureCategory category, Pattern pattern, boolean searchesDetail,
            String description, String example) {

        public Rule {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(pattern, "pattern");
            description = Objects.requireNonNullElse(description, "");
            example = Objects.requireNonNullElse(example, "");
        }

        /** Whether the pattern occurs in the text. */
        public boolean matches(String text) {
            return !text.isEmpty() && pattern.matcher(text).find();
        }
    }

    /**
     * What a failure was classified as.
     *
     * @param category the category
     * @param rule     the name of the rule that decided, or {@link #FAILURE_ELEMENT} / {@link #ERROR_ELEMENT}
     */
    public record Classification(FailureCategory category, String rule) {
    }

    /** The name recorded when nothing matched a failure reported as {@code <failure>}: ASSERTION. */
    public static final String FAILURE_ELEMENT = "failure-element";
    /** The name recorded when nothing matched a failure reported as {@code <error>}: ERROR. */
    public static final String ERROR_ELEMENT = "error-element";

    /** Head text looked at, at most: the type and the start of the message. */
    private static final int MAX_HEAD = 4 * 1024;
    /** Detail text looked at, at most; keeps a pathological report from slowing the analysis. */
    private static final int MAX_DETAIL = 64 * 1024;

    /** The rules, in the order they are tried. Add a rule here, with an example, and list it in the docs. */
    public static final List<Rule> DEFAULTS = List.of(
            // --- infrastructure: the environment failed the tests ---
            infra("redis-connect", "Redis client could not connect (Error 111 / 10061 connecting)",
                    "redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.",
                    "Error (?:111|10061|113|99|-2|-3) (?:connecting to|while)"),
            infra("pool-exhausted", "The connection pool or the database ran out of connections",
                    "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out,"
                            + " timeout 30.00",
                    "QueuePool limit of size \\d+ overflow \\d+ reached|Connection is not available, request timed out"
                            + "|too many clients already|remaining connection slots are reserved"
                            + "|\\bToo many connections\\b|Timeout acquiring a connection|pool (?:is )?exhausted"
                            + "|Cannot get a connection, pool error|Timed out waiting for a free available connection"),
            infra("unknown-host", "The host name does not resolve (DNS)",
                    "Error: getaddrinfo ENOTFOUND db.internal",
                    "UnknownHostException|\\bENOTFOUND\\b|\\bEAI_AGAIN\\b|Name or service not known"
                            + "|could not translate host name|Temporary failure in name resolution"
                            + "|nodename nor servname provided|No such host is known|php_network_getaddresses"
                            + "|NameResolutionError|Could not resolve host|getaddrinfo failed"),
            infra("network-unreachable", "No route to the host or network",
                    "java.net.NoRouteToHostException: No route to host",
                    "(?i)network is unreachable|\\bENETUNREACH\\b|\\bEHOSTUNREACH\\b|no route to host"
                            + "|NoRouteToHostException|host is unreachable"),
            infra("connect-timeout", "No connection within the time allowed",
                    "java.net.SocketTimeoutException: Connect timed out",
                    "(?i)connect(?:ion)? timed out|\\bETIMEDOUT\\b|\\bESOCKETTIMEDOUT\\b|(?:^|failed: |OperationalError: )timeout expired\\b"
                            + "|\\bConnectTimeout(?:Error|Exception)?\\b|HttpConnectTimeoutException"
                            + "|Timeout expired\\. The timeout period elapsed prior to obtaining a connection"),
            infra("connection-refused", "Nothing listens on the port: the connection was refused",
                    "OperationalError: connection to server at \"127.0.0.1\", port 55432 failed: Connection refused",
                    "(?i)connection refused|\\bECONNREFUSED\\b|\\bConnectionRefusedError\\b|\\bConnectException\\b"
                            + "|actively refused|SQLSTATE\\[HY000\\] \\[2002\\]|\\bCR_CONN_HOST_ERROR\\b"),
            infra("tls-mismatch", "TLS/SSL handshake failed or one side does not speak TLS",
                    "psycopg.OperationalError: connection failed: server does not support SSL, but SSL was required",
                    "server does not support SSL, but SSL was required|SSLHandshakeException|\\bSSLException\\b"
                            + "|wrong version number|\\bEPROTO\\b|SSL routines|CERTIFICATE_VERIFY_FAILED"
                            + "|certificate verify failed|PKIX path building failed|ssl\\.SSLError"
                            + "|unable to verify the first certificate|self[- ]signed certificate in certificate chain"
                            + "|SSL connection has been closed unexpectedly"),
            // --- assertions: the product did not do what the test expected ---
            assertion("assertion-error", "An assertion library's failure (JUnit, opentest4j, AssertJ, Hamcrest, chai)",
                    "org.opentest4j.AssertionFailedError: expected: <200> but was: <500>",
                    "\\bAssertionError\\b|\\bAssertionFailedError\\b|\\borg\\.opentest4j\\.|\\bComparisonFailure\\b"
                            + "|\\bMultipleFailuresError\\b|\\bAssertJMultipleFailuresError\\b|\\bAssertionFailure\\b"),
            assertion("pytest-assert", "A failed plain assert statement, as pytest reports it",
                    "assert 500 == 201",
                    "^assert\\s"),
            assertion("playwright-expect", "A Playwright web-first assertion that did not hold",
                    "Error: Timed out 5000ms waiting for expect(locator).toHaveText(expected)",
                    "\\bexpect\\((?:locator|page|response|apiResponse)\\)\\.|waiting for expect\\("),
            assertion("jest-expect", "A Jest/Vitest expect(...) matcher that did not hold",
                    "Error: expect(received).toBe(expected) // Object.is equality",
                    "\\bexpect\\((?:received|jest\\.fn\\(\\)|vi\\.fn\\(\\)|spy|string|value|function)\\)\\."),
            assertion("phpunit-expectation", "A PHPUnit assertion that did not hold",
                    "PHPUnit\\Framework\\ExpectationFailedException: Failed asserting that 500 is identical to 200.",
                    "ExpectationFailedException|PHPUnit\\\\Framework\\\\AssertionFailedError|^Failed asserting that"),
            // --- fallback: an exception that is not an assertion, even when reported as <failure> (pytest) ---
            new Rule("uncaught-exception", Kind.FALLBACK, ERROR, Pattern.compile(
                    "^[A-Za-z_$][\\w$.\\\\]*(?:Error|Exception|Exit|Interrupt)\\b"), false,
                    "An exception other than an assertion, reported as a failure or an error",
                    "KeyError: 'token'"),
            // --- follow-on: failures caused by state an earlier failure left behind ---
            followOn("sqlalchemy-pending-rollback",
                    "the SQLAlchemy session was left rolled back by an earlier failed flush (PendingRollbackError)",
                    "sqlalchemy.exc.PendingRollbackError: This Session's transaction has been rolled back due to a"
                            + " previous exception during flush.",
                    "PendingRollbackError|This Session's transaction has been rolled back due to a previous exception"),
            followOn("postgres-aborted-transaction",
                    "the database transaction was aborted by an earlier error (InFailedSqlTransaction)",
                    "psycopg2.errors.InFailedSqlTransaction: current transaction is aborted, commands ignored until"
                            + " end of transaction block",
                    "InFailedSqlTransaction|current transaction is aborted, commands ignored until end of transaction"),
            followOn("rollback-only",
                    "the transaction was marked rollback-only by an earlier failure",
                    "org.springframework.transaction.UnexpectedRollbackException: Transaction silently rolled back"
                            + " because it has been marked as rollback-only",
                    "(?i)Transaction was marked for rollback only|UnexpectedRollbackException"
                            + "|marked as rollback-?only"),
            followOn("python-none-state",
                    "attribute access on None left by an earlier failure",
                    "AttributeError: 'NoneType' object has no attribute 'id'",
                    "AttributeError: 'NoneType' object has no attribute|TypeError: 'NoneType' object is not"
                            + " subscriptable"),
            followOn("js-undefined-state",
                    "property access on undefined/null left by an earlier failure",
                    "TypeError: Cannot read properties of undefined (reading 'id')",
                    "Cannot (?:read|set) propert(?:y|ies) (?:'[^']*' )?of (?:undefined|null)"),
            followOn("java-null-state",
                    "a field or static left null by an earlier failure (NullPointerException)",
                    "java.lang.NullPointerException: Cannot invoke \"com.acme.Order.getId()\" because"
                            + " \"this.createdOrder\" is null",
                    "NullPointerException\\b.*because \"(?:this\\.[\\w$]+|[\\w$]+\\.[\\w$.]*[\\w$])\" is null"),
            followOn("php-member-on-null",
                    "a method called on null left by an earlier failure",
                    "Error: Call to a member function getId() on null",
                    "Call to a member function [\\w$]+\\(\\) on null"));

    private final List<Rule> rules;

    /** Rules tried in the order given; names must be unique. */
    public FailureRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Set<String> names = new HashSet<>();
        for (Rule r : this.rules) {
            if (!names.add(r.name())) {
                throw new IllegalArgumentException("rule name used twice: " + r.name());
            }
        }
    }

    /** The built-in rules. */
    public static FailureRules defaults() {
        return new FailureRules(DEFAULTS);
    }

    /** These rules with more rules tried before them (site-specific rules win over the built-in ones). */
    public FailureRules withFirst(List<Rule> more) {
        List<Rule> all = new ArrayList<>(more);
        all.addAll(rules);
        return new FailureRules(all);
    }

    /** The rules, in the order they are tried. */
    public List<Rule> rules() {
        return rules;
    }

    /** What a failing test's failure points to, and the rule that said so. */
    public Classification classify(TestCaseResult test) {
        String head = head(test);
        for (Rule r : rules) {
            if (r.kind() == Kind.CLASSIFY && r.matches(head)) {
                return new Classification(r.category(), r.name());
            }
        }
        String causes = causeLines(test.failureDetail());
        for (Rule r : rules) {
            if (r.kind() == Kind.CLASSIFY && r.searchesDetail() && r.matches(causes)) {
                return new Classification(r.category(), r.name());
            }
        }
        for (Rule r : rules) {
            if (r.kind() == Kind.FALLBACK && r.matches(head)) {
                return new Classification(r.category(), r.name());
            }
        }
        return test.outcome() == TestOutcome.ERROR
                ? new Classification(ERROR, ERROR_ELEMENT)
                : new Classification(ASSERTION, FAILURE_ELEMENT);
    }

    /** The first follow-on rule the failure matches: the failure follows from an earlier one. */
    public Optional<Rule> followOn(TestCaseResult test) {
        String head = head(test);
        String causes = null;
        for (Rule r : rules) {
            if (r.kind() != Kind.FOLLOW_ON) {
                continue;
            }
            if (r.matches(head)) {
                return Optional.of(r);
            }
            if (r.searchesDetail()) {
                causes = causes == null ? causeLines(test.failureDetail()) : causes;
                if (r.matches(causes)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code type: message}, the message being the reported one or the detail's headline. */
    static String head(TestCaseResult test) {
        String message = FailureSignature.message(test).strip();
        if (message.isEmpty()) {
            message = FailureSignature.headline(test.failureDetail());
        }
        message = FailureSignature.stripAnsi(cap(message, MAX_HEAD));
        String type = test.failureType().strip();
        if (type.isEmpty() || message.startsWith(type)) {
            return message;
        }
        return message.isEmpty() ? type : type + ": " + message;
    }

    /**
     * The lines of a detail that state a failure rather than show code or frames: unindented lines
     * ({@code Caused by: ...}, the exception line of a traceback) and pytest's {@code E} lines.
     */
    static String causeLines(String detail) {
        if (detail.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String line : FailureSignature.stripAnsi(cap(detail, MAX_DETAIL)).split("\r\n|\r|\n")) {
            if (line.startsWith("E ")) {
                b.append(line.substring(2).strip()).append('\n');
            } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '>') {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }

    private static String cap(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static Rule infra(String name, String description, String example, String regex) {
        return new Rule(name, Kind.CLASSIFY, INFRASTRUCTURE, Pattern.compile(regex), true, description, example);
    }

    private static Rule assertion(String name, String description, String example, String regex) {
        return new Rule(name, Kind.CLASSIFY, ASSERTION, Pattern.compile(regex), false, description, example);
    }

    private static Rule followOn(String name, String description, String example, String regex) {
        return new Rule(name, Kind.FOLLOW_ON, ERROR, Pattern.compile(regex), false, description, example);
    }
}
