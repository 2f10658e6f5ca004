package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.analysis.FailureRules.Classification;
import io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Kind;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.jenkins.plugins.systemtest.engine.analysis.FailureCategory.ASSERTION;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureCategory.ERROR;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureCategory.INFRASTRUCTURE;
import static io.jenkins.plugins.systemtest.engine.model.TestOutcome.FAILED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class FailureRulesTest {

    private final FailureRules rules = FailureRules.defaults();

    private static final TestOutcome ERR = TestOutcome.ERROR;

    /** outcome, type, message, detail: category and rule. */
    static Stream<Arguments> failures() {
        return Stream.of(
                // connection refused
                arguments(ERR, "java.net.ConnectException", "Connection refused", "", INFRASTRUCTURE,
                        "connection-refused"),
                arguments(FAILED, "", "ConnectionRefusedError: [Errno 111] Connection refused", "", INFRASTRUCTURE,
                        "connection-refused"),
                arguments(ERR, "", "psycopg2.OperationalError: connection to server at \"127.0.0.1\", port 55432"
                        + " failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP"
                        + " connections?", "", INFRASTRUCTURE, "connection-refused"),
                arguments(FAILED, "", "", "Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap"
                        + ".afterConnect [as oncomplete] (node:net:1555:16)", INFRASTRUCTURE, "connection-refused"),
                arguments(ERR, "PDOException", "", "Tests\\Integration\\UserTest::testFind\nPDOException: SQLSTATE"
                        + "[HY000] [2002] Connection refused\n\n/app/src/Db.php:31", INFRASTRUCTURE,
                        "connection-refused"),
                arguments(FAILED, "", "redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379."
                        + " Connection refused.", "", INFRASTRUCTURE, "redis-connect"),
                // unknown hosts
                arguments(ERR, "java.net.UnknownHostException", "postgres: Name or service not known", "",
                        INFRASTRUCTURE, "unknown-host"),
                arguments(FAILED, "", "", "Error: getaddrinfo ENOTFOUND db.internal\n    at GetAddrInfoReqWrap"
                        + ".onlookup [as oncomplete] (node:dns:107:26)", INFRASTRUCTURE, "unknown-host"),
                arguments(ERR, "", "psycopg2.OperationalError: could not translate host name \"postgres\" to"
                        + " address: Temporary failure in name resolution", "", INFRASTRUCTURE, "unknown-host"),
                arguments(ERR, "java.net.NoRouteToHostException", "No route to host", "", INFRASTRUCTURE,
                        "network-unreachable"),
                arguments(FAILED, "", "OSError: [Errno 101] Network is unreachable", "", INFRASTRUCTURE,
                        "network-unreachable"),
                // connect timeouts
                arguments(ERR, "java.net.SocketTimeoutException", "Connect timed out", "", INFRASTRUCTURE,
                        "connect-timeout"),
                arguments(FAILED, "", "", "Error: connect ETIMEDOUT 10.0.0.5:5432\n    at TCPConnectWrap"
                        + ".afterConnect (node:net:1555:16)", INFRASTRUCTURE, "connect-timeout"),
                arguments(ERR, "", "psycopg2.OperationalError: connection to server at \"127.0.0.1\", port 55432"
                        + " failed: timeout expired", "", INFRASTRUCTURE, "connect-timeout"),
                arguments(ERR, "psycopg2.OperationalError", "timeout expired\n", "", INFRASTRUCTURE,
                        "connect-timeout"),
                arguments(FAILED, "AssertionError", "Order status: timeout expired before shipping", "", ASSERTION,
                        "assertion-error"),
                // TLS
                arguments(ERR, "", "psycopg.OperationalError: connection failed: server does not support SSL, but SSL"
                        + " was required", "", INFRASTRUCTURE, "db-tls"),
                arguments(ERR, "javax.net.ssl.SSLHandshakeException", "PKIX path building failed", "",
                        INFRASTRUCTURE, "tls-mismatch"),
                arguments(FAILED, "", "", "Error: write EPROTO 40E8C1D1E17F0000:error:0A00010B:SSL routines:"
                        + "ssl3_get_record:wrong version number", INFRASTRUCTURE, "tls-mismatch"),
                // pools
                arguments(FAILED, "", "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached,"
                        + " connection timed out, timeout 30.00", "", INFRASTRUCTURE, "pool-exhausted"),
                arguments(ERR, "java.sql.SQLTransientConnectionException", "HikariPool-1 - Connection is not"
                        + " available, request timed out after 30005ms.", "", INFRASTRUCTURE, "pool-exhausted"),
                arguments(ERR, "org.postgresql.util.PSQLException", "FATAL: sorry, too many clients already", "",
                        INFRASTRUCTURE, "pool-exhausted"),
                arguments(ERR, "", "psycopg2.OperationalError: FATAL:  remaining connection slots are reserved for"
                        + " non-replication superuser connections", "", INFRASTRUCTURE, "pool-exhausted"),
                // infrastructure found only in the cause of a wrapping exception
                arguments(ERR, "org.springframework.jdbc.CannotGetJdbcConnectionException",
                        "Failed to obtain JDBC Connection", "org.springframework.jdbc.CannotGetJdbcConnection"
                                + "Exception: Failed to obtain JDBC Connection\n\tat org.springframework.jdbc"
                                + ".datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)\nCaused by:"
                                + " java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net"
                                + ".pollConnect(Native Method)\n", INFRASTRUCTURE, "connection-refused"),
                // assertions
                arguments(FAILED, "org.opentest4j.AssertionFailedError", "expected: <200> but was: <500>", "",
                        ASSERTION, "assertion-error"),
                arguments(FAILED, "java.lang.AssertionError", "Expected size: 3 but was: 2", "", ASSERTION,
                        "assertion-error"),
                arguments(FAILED, "junit.framework.AssertionFailedError", "expected:<1> but was:<2>", "", ASSERTION,
                        "assertion-error"),
                arguments(FAILED, "", "AssertionError: assert 'USD' == 'EUR'", "", ASSERTION, "assertion-error"),
                arguments(FAILED, "", "assert 500 == 201", "", ASSERTION, "pytest-assert"),
                arguments(FAILED, "", "", "Error: expect(received).toBe(expected) // Object.is equality\n\n"
                        + "Expected: 201\nReceived: 500\n    at Object.toBe (/w/test/orders.test.js:18:29)", ASSERTION,
                        "jest-expect"),
                arguments(FAILED, "PHPUnit\\Framework\\ExpectationFailedException", "", "Tests\\Unit\\CartTest::"
                        + "testTotal\nFailed asserting that 90 is identical to 100.\n\n/app/tests/CartTest.php:44",
                        ASSERTION, "phpunit-expectation"),
                arguments(FAILED, "FAILURE", "cart.spec.ts:12:7 should show the total", "  1) [chromium] ›"
                        + " tests/cart.spec.ts:12:7 › should show the total ─────\n\n    Error: Timed out 5000ms"
                        + " waiting for expect(locator).toHaveText(expected)\n", ASSERTION, "playwright-expect"),
                // an assertion about a message mentioning a refusal is still an assertion
                arguments(FAILED, "", "", "Error: expect(received).toContain(expected) // indexOf\n\nExpected"
                        + " substring: \"ok\"\nReceived string:    \"ECONNREFUSED\"\n", ASSERTION, "jest-expect"),
                // the deepest cause decides: an answered database error under a refusal-sounding wrapper
                arguments(ERR, "org.springframework.data.redis.RedisSystemException", "Error in execution",
                        "org.springframework.data.redis.RedisSystemException: Error in execution\nCaused by:"
                                + " io.lettuce.core.RedisCommandExecutionException: WRONGTYPE Operation against a key"
                                + " holding the wrong kind of value", ERROR, "redis-wrongtype"),
                arguments(ERR, "java.lang.IllegalStateException", "Failed to load ApplicationContext",
                        "java.lang.IllegalStateException: Failed to load ApplicationContext\nCaused by:"
                                + " org.hibernate.exception.JDBCConnectionException: Unable to open JDBC Connection\n"
                                + "Caused by: java.net.ConnectException: Connection refused", INFRASTRUCTURE,
                        "connection-refused"),
                // the error only in the body: go-junit-report, nextest
                arguments(FAILED, "", "Failed", "    store_test.go:42: create order: dial tcp 127.0.0.1:5432:"
                        + " connect: connection refused\n", INFRASTRUCTURE, "connection-refused"),
                arguments(FAILED, "test failure with exit code 101", "", "thread 'api::health' panicked at"
                        + " tests/api.rs:12:58:\nassertion `left == right` failed\n  left: 500\n right: 200\nnote:"
                        + " run with `RUST_BACKTRACE=1`", ASSERTION, FailureRules.FAILURE_ELEMENT),
                // everything else
                arguments(FAILED, "", "sqlalchemy.exc.PendingRollbackError: This Session's transaction has been"
                        + " rolled back due to a previous exception during flush.", "", ERROR, "uncaught-exception"),
                arguments(FAILED, "", "", "TypeError: Cannot read properties of undefined (reading 'id')\n"
                        + "    at Object.id (/w/test/orders.test.js:27:41)", ERROR, "uncaught-exception"),
                arguments(ERR, "java.lang.IllegalStateException", "Order already shipped", "", ERROR,
                        "uncaught-exception"),
                arguments(ERR, "", "something went wrong", "", ERROR, FailureRules.ERROR_ELEMENT),
                arguments(FAILED, "", "Expected the basket to be empty", "", ASSERTION,
                        FailureRules.FAILURE_ELEMENT));
    }

    @ParameterizedTest(name = "[{index}] {1} {2} -> {5}")
    @MethodSource("failures")
    void shouldClassifyFailuresByTypeMessageAndDetail(TestOutcome outcome, String type, String message,
            String detail, FailureCategory category, String rule) {
        TestCaseResult t = Failures.of("Suite", "shouldWork", outcome, type, message, detail);

        Classification c = rules.classify(t);
        assertThat(List.of(c.category(), c.rule())).isEqualTo(List.of(category, rule));
        assertThat(c.evidence()).isNotBlank();
    }

    static Stream<FailureRule> ruleExamples() {
        return BuiltInRules.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleExamples")
    void shouldMatchEachRulesOwnExampleWithThatRule(FailureRule rule) {
        TestCaseResult t = Failures.of("Suite", "shouldWork", TestOutcome.ERROR, "", rule.example(), "");

        if (rule.kind() == Kind.FOLLOW_ON) {
            assertThat(rules.followOn(t)).contains(rule);
        } else {
            Classification c = rules.classify(t);
            assertThat(List.of(c.category(), c.rule())).isEqualTo(List.of(rule.category(), rule.name()));
        }
    }

    @Test
    void shouldRecogniseFollowOnFailures() {
        assertThat(followOnRule("java.lang.NullPointerException", "Cannot invoke \"com.acme.Order.getId()\""
                + " because \"this.order\" is null")).isEqualTo("java-null-state");
        assertThat(followOnRule("", "Error: Call to a member function getId() on null"))
                .isEqualTo("php-member-on-null");
        assertThat(followOnRule("", "TypeError: Cannot read properties of null (reading 'total')"))
                .isEqualTo("js-undefined-state");
        assertThat(followOnRule("org.hibernate.TransactionException", "Transaction was marked for rollback only;"
                + " cannot commit")).isEqualTo("rollback-only");
        assertThat(followOnRule("org.postgresql.util.PSQLException", "ERROR: current transaction is aborted,"
                + " commands ignored until end of transaction block")).isEqualTo("postgres-aborted-transaction");
    }

    @Test
    void shouldNotTakeOrdinaryFailuresAsFollowOns() {
        assertThat(followOnRule("java.lang.NullPointerException", "Cannot invoke \"String.length()\" because"
                + " the return value of \"com.acme.Config.name()\" is null")).isEmpty();
        assertThat(followOnRule("java.lang.NullPointerException", "Cannot invoke \"String.length()\" because"
                + " \"<local1>\" is null")).isEmpty();
        assertThat(followOnRule("org.opentest4j.AssertionFailedError", "expected: <200> but was: <500>")).isEmpty();
        assertThat(followOnRule("", "AttributeError: 'Order' object has no attribute 'idx'")).isEmpty();
    }

    @Test
    void shouldLetExtraRulesWinOverTheBuiltInOnes() {
        FailureRule vault = new FailureRule("vault-sealed", Kind.INFRASTRUCTURE, null,
                Pattern.compile("Vault is sealed"), "The secrets store is sealed",
                "hvac.exceptions.VaultDown: Vault is sealed");
        FailureRules extended = rules.withFirst(List.of(vault));
        TestCaseResult t = Failures.error("Suite", "shouldReadSecret", "hvac.exceptions.VaultDown",
                "Vault is sealed");

        assertThat(rules.classify(t).category()).isEqualTo(ERROR);
        assertThat(extended.classify(t).rule()).isEqualTo("vault-sealed");
        assertThat(extended.classify(t).category()).isEqualTo(INFRASTRUCTURE);
        assertThat(extended.classify(t).evidence()).isEqualTo("matched `Vault is sealed` in the message");
    }

    @Test
    void shouldRefuseTwoRulesOfTheSameName() {
        FailureRule copy = BuiltInRules.ALL.get(0);

        assertThatThrownBy(() -> rules.withFirst(List.of(copy)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(copy.name());
    }

    @Test
    void shouldListEveryRuleInTheDocumentation() throws IOException {
        String doc = Files.readString(Path.of("docs", "failure-analysis.md"));

        List<String> missing = BuiltInRules.ALL.stream().map(FailureRule::name)
                .filter(name -> !doc.contains("`" + name + "`")).toList();

        assertThat(missing).isEmpty();
        assertThat(doc).contains("`" + FailureRules.FAILURE_ELEMENT + "`", "`" + FailureRules.ERROR_ELEMENT + "`");
    }

    private String followOnRule(String type, String message) {
        return rules.followOn(Failures.failed("Suite", "shouldWork", type, message)).map(FailureRule::name).orElse("");
    }
}
