package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static io.jenkins.plugins.systemtest.engine.analysis.Failures.error;
import static io.jenkins.plugins.systemtest.engine.analysis.Failures.failed;
import static io.jenkins.plugins.systemtest.engine.analysis.Failures.flaky;
import static io.jenkins.plugins.systemtest.engine.analysis.Failures.passed;
import static org.assertj.core.api.Assertions.assertThat;

class CascadeDetectorTest {

    private static final String USERS = "tests.integration.test_users";
    private static final String INTEGRITY = "sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation)"
            + " duplicate key value violates unique constraint \"users_email_key\"";
    private static final String PENDING = "sqlalchemy.exc.PendingRollbackError: This Session's transaction has been"
            + " rolled back due to a previous exception during flush. To begin a new transaction with this Session,"
            + " first issue Session.rollback().";

    private final CascadeDetector detector = new CascadeDetector();

    @Test
    void shouldMakeLaterFollowOnFailuresFollowersOfTheFirstFailure() {
        List<TestCaseResult> run = List.of(
                passed(USERS, "test_health"),
                failed(USERS, "test_create_user", "", INTEGRITY),
                failed(USERS, "test_rename_user", "", PENDING),
                passed(USERS, "test_version"),
                failed(USERS, "test_delete_user", "", PENDING));

        List<Cascade> cascades = detector.detect(run);

        assertThat(cascades).singleElement().satisfies(c -> {
            assertThat(c.rootTest()).isEqualTo(USERS + ".test_create_user");
            assertThat(c.suite()).isEqualTo(USERS);
            assertThat(c.followers()).containsExactly(USERS + ".test_rename_user", USERS + ".test_delete_user");
            assertThat(c.reason()).contains("PendingRollbackError").startsWith("The SQLAlchemy session");
        });
    }

    @Test
    void shouldNotTakeAFailureInAnotherSuiteAsAFollower() {
        List<TestCaseResult> run = List.of(
                failed(USERS, "test_create_user", "", INTEGRITY),
                failed("tests.integration.test_orders", "test_list_orders", "", PENDING),
                error("tests.integration.test_orders", "test_cancel_order", "", INTEGRITY));

        assertThat(detector.detect(run)).isEmpty();
    }

    @Test
    void shouldNotTakeAnUnrelatedAssertionFailureAfterTheRootAsAFollower() {
        List<TestCaseResult> run = List.of(
                error("com.acme.CheckoutIT", "shouldChargeCard", "java.net.ConnectException", "Connection refused"),
                failed("com.acme.CheckoutIT", "shouldApplyVoucher", "org.opentest4j.AssertionFailedError",
                        "voucher SPRING25 ==> expected: <90.00> but was: <100.00>"));

        assertThat(detector.detect(run)).isEmpty();
    }

    @Test
    void shouldNotTakeARepeatOfTheRootSignatureAsAFollower() {
        List<TestCaseResult> run = List.of(
                error("com.acme.OrderIT", "shouldCreateOrder", "java.lang.IllegalStateException",
                        "Order 3f2a9c1b-7d4e-4a8f-9b1c-2e3d4f5a6b7c is locked by worker 3"),
                failed("com.acme.OrderIT", "shouldApplyVoucher", "org.opentest4j.AssertionFailedError",
                        "expected: <true> but was: <false>"),
                error("com.acme.OrderIT", "shouldShipOrder", "java.lang.IllegalStateException",
                        "Order 0c1d2e3f-4a5b-4c6d-8e7f-90a1b2c3d4e5 is locked by worker 11"));

        assertThat(detector.detect(run)).isEmpty();
    }

    @Test
    void shouldGiveFollowersOfAFollowerTheIndependentRoot() {
        FailureRule closed = new FailureRule("session-closed", FailureRule.Kind.FOLLOW_ON, null,
                Pattern.compile("session \\d+ closed"), "the shared session was closed", "session 42 closed");
        CascadeDetector custom = new CascadeDetector(new FailureRules(List.of(closed)));
        List<TestCaseResult> run = List.of(
                error("com.acme.SessionIT", "shouldOpen", "java.io.IOException", "handshake failed"),
                error("com.acme.SessionIT", "shouldRead", "java.io.IOException", "session 42 closed"),
                error("com.acme.SessionIT", "shouldWrite", "java.io.IOException", "session 43 closed"));

        List<Cascade> cascades = custom.detect(run);

        assertThat(cascades).singleElement().satisfies(c -> {
            assertThat(c.rootTest()).isEqualTo("com.acme.SessionIT.shouldOpen");
            assertThat(c.followers())
                    .containsExactly("com.acme.SessionIT.shouldRead", "com.acme.SessionIT.shouldWrite");
            assertThat(c.reason()).startsWith("The shared session was closed (matched `session 42 closed` in the"
                    + " message); the nearest earlier failure");
        });
    }

    @Test
    void shouldNeverMakeFlakyTestsRootsOrFollowers() {
        List<TestCaseResult> run = List.of(
                flaky(USERS, "test_login", "", INTEGRITY),
                failed(USERS, "test_create_user", "", INTEGRITY),
                flaky(USERS, "test_logout", "", PENDING),
                failed(USERS, "test_rename_user", "", PENDING));

        List<Cascade> cascades = detector.detect(run);

        assertThat(cascades).singleElement().satisfies(c -> {
            assertThat(c.rootTest()).isEqualTo(USERS + ".test_create_user");
            assertThat(c.followers()).containsExactly(USERS + ".test_rename_user");
        });
    }

    @Test
    void shouldFallBackToTheClassNameWhenNoSuiteIsReported() {
        List<TestCaseResult> run = List.of(
                noSuite("OrderService", "should create an order", "Error: expect(received).toBe(expected)"),
                noSuite("InvoiceService", "should total the lines", "TypeError: Cannot read properties of"
                        + " undefined (reading 'total')"),
                noSuite("OrderService", "should pay the order", "TypeError: Cannot read properties of undefined"
                        + " (reading 'id')"));

        List<Cascade> cascades = detector.detect(run);

        assertThat(cascades).singleElement().satisfies(c -> {
            assertThat(c.suite()).isEqualTo("OrderService");
            assertThat(c.rootTest()).isEqualTo("OrderService.should create an order");
            assertThat(c.followers()).containsExactly("OrderService.should pay the order");
        });
    }

    @Test
    void shouldListCascadesInTheOrderTheirRootsRan() {
        List<TestCaseResult> run = List.of(
                failed("B", "first", "", INTEGRITY),
                failed("A", "second", "", INTEGRITY),
                failed("A", "third", "", PENDING),
                failed("B", "fourth", "", PENDING));

        assertThat(detector.detect(run)).extracting(Cascade::rootTest).containsExactly("B.first", "A.second");
    }

    @Test
    void shouldTakeTheFailureAFollowerCitesAsItsRootRatherThanTheNearest() {
        String notNull = "sqlalchemy.exc.IntegrityError: (psycopg2.errors.NotNullViolation) null value in column"
                + " \"country\" of relation \"customers\" violates not-null constraint";
        List<TestCaseResult> run = List.of(
                failed(USERS, "test_create_customer", "", notNull),
                failed(USERS, "test_create_user", "", INTEGRITY),
                failed(USERS, "test_rename_customer", "", PENDING + " Original exception was: (psycopg2.errors"
                        + ".NotNullViolation) null value in column \"country\" of relation \"customers\" violates"
                        + " not-null constraint"));

        assertThat(detector.detect(run)).singleElement().satisfies(c -> {
            assertThat(c.rootTest()).isEqualTo(USERS + ".test_create_customer");
            assertThat(c.reason()).contains("it cites the failure of " + USERS + ".test_create_customer");
        });
    }

    @Test
    void shouldGiveATransactionFollowOnTheNearestEarlierDatabaseFailure() {
        List<TestCaseResult> run = List.of(
                failed(USERS, "test_create_user", "", INTEGRITY),
                failed(USERS, "test_totals", "", "assert 41 == 42"),
                failed(USERS, "test_close_period", "", "psycopg2.errors.InFailedSqlTransaction: current transaction"
                        + " is aborted, commands ignored until end of transaction block"));

        assertThat(detector.detect(run)).singleElement().satisfies(c -> {
            assertThat(c.rootTest()).isEqualTo(USERS + ".test_create_user");
            assertThat(c.reason()).endsWith("the nearest earlier database failure");
        });
    }

    @Test
    void shouldNotTakeANullRaisedInApplicationCodeAsAFollower() {
        List<TestCaseResult> run = List.of(
                Failures.of("orders", "totals the cart", TestOutcome.FAILED, "", "", "TypeError: Cannot read"
                        + " properties of undefined (reading 'price')\n    at computeTotal (/w/src/cart/total.js:12:24)\n"
                        + "    at Object.<anonymous> (/w/test/cart.test.js:20:5)"),
                failed("orders", "creates an order", "", "Error: expect(received).toBe(expected)"),
                Failures.of("orders", "pays the order", TestOutcome.FAILED, "", "", "TypeError: Cannot read"
                        + " properties of undefined (reading 'id')\n    at Object.<anonymous> (/w/test/orders.test.js"
                        + ":25:45)"));

        assertThat(detector.detect(run)).singleElement().satisfies(c -> {
            assertThat(c.rootTest()).isEqualTo("orders.creates an order");
            assertThat(c.followers()).containsExactly("orders.pays the order");
            assertThat(c.reason()).contains("raised in the test's own code at /w/test/orders.test.js");
        });
    }

    @Test
    void shouldNeverMakeAnInfrastructureFailureAFollower() {
        List<TestCaseResult> run = List.of(
                failed(USERS, "test_create_user", "", INTEGRITY),
                error(USERS, "test_rename_user", "", "psycopg2.OperationalError: current transaction is aborted,"
                        + " commands ignored until end of transaction block; server closed: Connection refused"));

        assertThat(detector.detect(run)).isEmpty();
    }

    private static TestCaseResult noSuite(String className, String name, String detail) {
        return new TestCaseResult("", className, name, TestOutcome.FAILED, 5, "", "", detail, "", "", 1,
                "junit.xml");
    }
}
