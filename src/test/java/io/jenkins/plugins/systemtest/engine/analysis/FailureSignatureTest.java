package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class FailureSignatureTest {

    static Stream<Arguments> sameFailures() {
        return Stream.of(
                arguments("host and port", "java.net.ConnectException",
                        "connection to server at \"127.0.0.1\", port 55432 failed: Connection refused",
                        "connection to server at \"10.20.30.40\", port 5432 failed: Connection refused"),
                arguments("IPv4 and IPv6 with ports", "Error",
                        "connect ECONNREFUSED 127.0.0.1:5432", "connect ECONNREFUSED [::1]:6543"),
                arguments("host names with ports", "redis.exceptions.ConnectionError",
                        "Error 111 connecting to redis:6379. Connection refused.",
                        "Error 111 connecting to redis.ci.internal:16379. Connection refused."),
                arguments("UUIDs", "com.acme.NotFoundException",
                        "Order 3f2a9c1b-7d4e-4a8f-9b1c-2e3d4f5a6b7c not found",
                        "Order 0c1d2e3f-4a5b-4c6d-8e7f-90a1b2c3d4e5 not found"),
                arguments("hex ids", "docker.errors.APIError",
                        "container 4f2a9c1bde00 exited with code 137", "container 9ab3c4d5e6f7 exited with code 1"),
                arguments("memory addresses", "java.lang.AssertionError",
                        "expected com.acme.Order@1b6d3586 to be paid", "expected com.acme.Order@7a81197d to be paid"),
                arguments("Unix workspace paths", "FileNotFoundError",
                        "[Errno 2] No such file or directory: '/home/ci/workspace/acme-1/tests/data/users.json'",
                        "[Errno 2] No such file or directory: '/var/lib/jenkins/workspace/acme@2/tests/data/"
                                + "users.json'"),
                arguments("Windows paths", "System.IO.FileNotFoundException",
                        "Could not find file 'C:\\Jenkins\\workspace\\acme\\out\\report.json'",
                        "Could not find file 'D:\\agent\\_work\\3\\s\\out\\report.json'"),
                arguments("temporary directories", "java.nio.file.NoSuchFileException",
                        "/tmp/junit8123748", "/tmp/junit1290033"),
                arguments("timestamps", "IllegalStateException",
                        "lock held since 2025-03-14T09:12:03.512Z by worker 3",
                        "lock held since 2025-03-15 23:59:59 by worker 11"),
                arguments("epoch milliseconds", "TokenExpired", "token expired at 1710407523512",
                        "token expired at 1710411999000"),
                arguments("durations", "java.sql.SQLTransientConnectionException",
                        "HikariPool-1 - Connection is not available, request timed out after 30005ms.",
                        "HikariPool-2 - Connection is not available, request timed out after 30001ms."),
                arguments("whitespace", "AssertionError", "expected   'ok'\tgot 'fail'", "expected 'ok' got 'fail'"),
                arguments("lines after the first", "psycopg2.OperationalError",
                        "server closed the connection unexpectedly\n\tThis probably means the server terminated",
                        "server closed the connection unexpectedly\n\tSomething else entirely"),
                arguments("anything after the cap", "AssertionError",
                        "x".repeat(FailureSignature.MAX_MESSAGE) + " tail one",
                        "x".repeat(FailureSignature.MAX_MESSAGE) + " tail two"),
                arguments("colour codes", "Error", "\u001B[31mexpect(received).toBe(expected)\u001B[39m",
                        "expect(received).toBe(expected)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameFailures")
    void shouldShareSignatureWhenMessagesDifferOnlyInVolatileParts(String what, String type, String a, String b) {
        assertThat(FailureSignature.of(type, a, "")).isEqualTo(FailureSignature.of(type, b, ""));
    }

    static Stream<Arguments> differentFailures() {
        return Stream.of(
                arguments("other message", "java.net.SocketException", "Connection reset",
                        "java.net.SocketException", "Broken pipe"),
                arguments("other type", "java.net.ConnectException", "Connection refused",
                        "java.net.NoRouteToHostException", "Connection refused"),
                arguments("other constraint", "sqlalchemy.exc.IntegrityError",
                        "duplicate key value violates unique constraint \"users_email_key\"",
                        "sqlalchemy.exc.IntegrityError",
                        "duplicate key value violates unique constraint \"orders_pkey\""),
                arguments("other attribute", "", "AttributeError: 'NoneType' object has no attribute 'id'",
                        "", "AttributeError: 'NoneType' object has no attribute 'name'"),
                arguments("digits inside names", "", "psycopg2.OperationalError: timeout", "",
                        "psycopg.OperationalError: timeout"),
                arguments("SQL states", "PDOException", "SQLSTATE[HY000] [2002] Connection refused",
                        "PDOException", "SQLSTATE[HY001] [2002] Connection refused"),
                arguments("URL paths", "AssertionError", "GET /api/users/42 returned 500",
                        "AssertionError", "GET /api/orders/42 returned 500"),
                arguments("file names", "FileNotFoundError", "No such file: '/home/ci/ws/tests/data/users.json'",
                        "FileNotFoundError", "No such file: '/home/ci/ws/tests/data/orders.json'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("differentFailures")
    void shouldKeepSignaturesApartWhenMessagesDiffer(String what, String typeA, String a, String typeB,
            String b) {
        assertThat(FailureSignature.of(typeA, a, "")).isNotEqualTo(FailureSignature.of(typeB, b, ""));
    }

    @Test
    void shouldFoldVolatilePartsIntoNamedPlaceholders() {
        assertThat(FailureSignature.normalise(
                "connection to server at \"127.0.0.1\", port 55432 failed: Connection refused"))
                .isEqualTo("connection to server at \"<host>\", port <port> failed: Connection refused");
        assertThat(FailureSignature.normalise("GET http://localhost:8080/api/users/42 returned 500 after 1532ms"))
                .isEqualTo("GET http://<host>:<port>/api/users/<n> returned <n> after <n>ms");
        assertThat(FailureSignature.normalise("at /home/ci/ws/.venv/lib/python3.11/site-packages/x/__init__.py:122"))
                .isEqualTo("at <path>/__init__.py:<n>");
        assertThat(FailureSignature.normalise("Order@1b6d3586 id 3f2a9c1b-7d4e-4a8f-9b1c-2e3d4f5a6b7c at 0x7f3a2c10"))
                .isEqualTo("Order@<id> id <id> at <id>");
        assertThat(FailureSignature.normalise("SQLSTATE[HY000] [2002] psycopg2 utf8"))
                .isEqualTo("SQLSTATE[HY000] [<n>] psycopg2 utf8");
    }

    @Test
    void shouldPutTheTypeBeforeTheMessageOnce() {
        assertThat(FailureSignature.of("java.net.ConnectException", "Connection refused", ""))
                .isEqualTo("java.net.ConnectException: Connection refused");
        assertThat(FailureSignature.of("PDOException", "", "Tests\\Integration\\UserRepositoryTest::testFinds\n"
                + "PDOException: SQLSTATE[HY000] [2002] Connection refused\n\n/app/src/Db.php:31"))
                .isEqualTo("PDOException: SQLSTATE[HY000] [<n>] Connection refused");
        assertThat(FailureSignature.of("java.lang.NullPointerException", "", ""))
                .isEqualTo("java.lang.NullPointerException");
        assertThat(FailureSignature.of("", "", "")).isEqualTo("(no message)");
    }

    @Test
    void shouldCapTheMessage() {
        String signature = FailureSignature.of("", "y".repeat(5_000), "");

        assertThat(signature).hasSize(FailureSignature.MAX_MESSAGE);
    }

    static Stream<String> repetitiveTexts() {
        return Stream.of("x.".repeat(50_000) + "py:12", "/a".repeat(50_000), "C:\\" + "a\\".repeat(40_000),
                "1.".repeat(50_000), "a:".repeat(50_000), "[:".repeat(50_000), "a.".repeat(50_000) + "Exception");
    }

    @ParameterizedTest
    @MethodSource("repetitiveTexts")
    void shouldCopeWithLongRepetitiveTextWithoutOverflowingTheStack(String text) {
        TestCaseResult t = Failures.of("Suite", "shouldWork", TestOutcome.ERROR, "", text, text);

        assertThat(FailureSignature.of(t)).hasSizeLessThanOrEqualTo(FailureSignature.MAX_MESSAGE);
        assertThat(FailureSignature.headline(t)).isNotEmpty();
        assertThat(FailureRules.defaults().classify(t).rule()).isNotEmpty();
    }

    @Test
    void shouldTakeTheFirstPytestErrorLineWhenThereIsNoMessage() {
        String detail = """
                    def test_connect():
                >       psycopg2.connect(host="127.0.0.1", port=55432)
                E       psycopg2.OperationalError: connection to server at "127.0.0.1", port 55432 failed: Connection refused
                E       \tIs the server running on that host and accepting TCP/IP connections?

                tests/test_db.py:7: OperationalError""";

        assertThat(FailureSignature.headline(detail)).isEqualTo(
                "psycopg2.OperationalError: connection to server at \"127.0.0.1\", port 55432 failed:"
                        + " Connection refused");
    }

    @Test
    void shouldTakeTheExceptionLineOfAPythonTraceback() {
        String detail = """
                Traceback (most recent call last):
                  File "/home/ci/ws/tests/test_orders.py", line 31, in test_pay_order
                    api.pay(state.order.id)
                AttributeError: 'NoneType' object has no attribute 'id'
                """;

        assertThat(FailureSignature.headline(detail))
                .isEqualTo("AttributeError: 'NoneType' object has no attribute 'id'");
    }

    @Test
    void shouldSkipFramesAndTestNamesAndPlaywrightHeaders() {
        assertThat(FailureSignature.headline("\n\tat com.acme.A.b(A.java:1)\njava.lang.IllegalStateException: boom"))
                .isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(FailureSignature.headline("Tests\\Unit\\CartTest::testTotal with data set #2\n"
                + "Failed asserting that 90 is identical to 100.\n\n/app/tests/Unit/CartTest.php:44"))
                .isEqualTo("Failed asserting that 90 is identical to 100.");
        assertThat(FailureSignature.headline("  1) [chromium] › tests/cart.spec.ts:12:7 › should show the total ───\n\n"
                + "    Error: Timed out 5000ms waiting for expect(locator).toHaveText(expected)\n"))
                .isEqualTo("Error: Timed out 5000ms waiting for expect(locator).toHaveText(expected)");
    }

    @Test
    void shouldIgnorePlaywrightLocationMessagesAndPytestSetupWrappers() {
        TestCaseResult playwright = new TestCaseResult("cart.spec.ts", "cart.spec.ts", "should show the total",
                TestOutcome.FAILED, 5_000, "FAILURE", "cart.spec.ts:12:7 should show the total",
                "  [chromium] › tests/cart.spec.ts:12:7 › should show the total ─────\n\n"
                        + "    Error: Timed out 5000ms waiting for expect(locator).toHaveText(expected)\n",
                "", "", 1, "results.xml");
        TestCaseResult wrapped = Failures.error("pytest", "test_a", "",
                "failed on setup with \"psycopg2.OperationalError: connection failed\"");
        TestCaseResult plain = Failures.failed("pytest", "test_b", "", "psycopg2.OperationalError: connection failed");

        // Playwright's type FAILURE says nothing either: the error line of the body is the signature
        assertThat(FailureSignature.of(playwright))
                .isEqualTo("Error: Timed out <n>ms waiting for expect(locator).toHaveText(expected)");
        assertThat(FailureSignature.of(wrapped)).isEqualTo(FailureSignature.of(plain));
    }

    @Test
    void shouldTellTheTypeFromTheHeadlineWhenNoneIsReported() {
        TestCaseResult pytest = Failures.failed("pytest", "test_a", "",
                "sqlalchemy.exc.PendingRollbackError: This Session's transaction has been rolled back");
        TestCaseResult jest = Failures.of("OrderService", "should pay", TestOutcome.FAILED, "", "",
                "TypeError: Cannot read properties of undefined (reading 'id')\n    at Object.id (/w/t.js:1:1)");
        TestCaseResult pytestAssert = Failures.failed("pytest", "test_b", "", "assert 500 == 201");

        assertThat(FailureSignature.typeOf(pytest)).isEqualTo("sqlalchemy.exc.PendingRollbackError");
        assertThat(FailureSignature.typeOf(jest)).isEqualTo("TypeError");
        assertThat(FailureSignature.typeOf(pytestAssert)).isEmpty();
    }
}
