package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jenkins.plugins.systemtest.engine.analysis.FailureCategory.ASSERTION;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureCategory.ERROR;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureCategory.INFRASTRUCTURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The analysis of whole runs, read from JUnit XML as pytest, Jest, Surefire and PHPUnit write it. */
class FailureAnalyzerFixtureTest {

    private final FailureAnalyzer analyzer = new FailureAnalyzer();

    @Test
    void shouldSeeARefusedPostgresAsInfrastructureInAPytestRun() {
        FailureAnalysis analysis = analyze("pytest-postgres-refused.xml");

        assertThat(analysis.isAllInfrastructure()).isTrue();
        assertThat(analysis.groups()).singleElement().satisfies(g -> {
            assertThat(g.rule()).isEqualTo("connection-refused");
            assertThat(g.type()).isEqualTo("psycopg2.OperationalError");
            assertThat(g.signature()).isEqualTo("psycopg2.OperationalError: connection to server at \"<host>\","
                    + " port <port> failed: Connection refused");
            assertThat(g.tests()).hasSize(4).first().isEqualTo("tests.integration.test_accounts.test_create_account");
        });
    }

    @Test
    void shouldSeeAnSslMismatchAsInfrastructureWhetherInATestOrInAFixture() {
        FailureAnalysis analysis = analyze("pytest-psycopg-ssl-required.xml");

        assertThat(analysis.isAllInfrastructure()).isTrue();
        assertThat(analysis.groups()).singleElement().satisfies(g -> {
            assertThat(g.rule()).isEqualTo("db-tls");
            assertThat(g.tests()).containsExactly("tests.db.test_migrations.test_migrations_apply_cleanly",
                    "tests.db.test_repository.test_saves_invoice", "tests.db.test_repository.test_loads_invoice");
        });
    }

    @Test
    void shouldSeeAnExhaustedQueuePoolAsInfrastructure() {
        FailureAnalysis analysis = analyze("pytest-sqlalchemy-queuepool.xml");

        assertThat(analysis.isAllInfrastructure()).isTrue();
        assertThat(analysis.groups()).singleElement().satisfies(g -> {
            assertThat(g.rule()).isEqualTo("pool-exhausted");
            assertThat(g.tests()).hasSize(3);
        });
    }

    @Test
    void shouldFollowPendingRollbackErrorsBackToTheIntegrityError() {
        FailureAnalysis analysis = analyze("pytest-sqlalchemy-cascade.xml");
        String module = "tests.integration.test_users.";

        assertThat(analysis.cascades()).singleElement().satisfies(c -> {
            assertThat(c.rootTest()).isEqualTo(module + "test_create_user");
            assertThat(c.followers()).containsExactly(module + "test_rename_user", module + "test_delete_user",
                    module + "test_list_users", module + "test_count_users");
            assertThat(c.reason()).contains("PendingRollbackError");
        });
        assertThat(analysis.groups()).extracting(FailureGroup::type, g -> g.tests().size(), g -> g.followers().size())
                .containsExactly(tuple("sqlalchemy.exc.IntegrityError", 1, 0),
                        tuple("sqlalchemy.exc.PendingRollbackError", 4, 4));
        assertThat(analysis.groups()).extracting(FailureGroup::category).containsOnly(ERROR);
        assertThat(analysis.isAllInfrastructure()).isFalse();
    }

    @Test
    void shouldFollowNoneTypeAttributeErrorsBackToTheFailedFixture() {
        FailureAnalysis analysis = analyze("pytest-nonetype-cascade.xml");
        String cls = "tests.e2e.test_orders.TestOrderLifecycle.";

        assertThat(analysis.cascades()).singleElement().satisfies(c -> {
            assertThat(c.rootTest()).isEqualTo(cls + "test_create_order");
            assertThat(c.followers()).containsExactly(cls + "test_pay_order", cls + "test_ship_order",
                    cls + "test_refund_order");
        });
        assertThat(FailureAnalyzer.isFollower(analysis, cls + "test_currency_is_euro")).isFalse();
        assertThat(analysis.groups()).extracting(FailureGroup::signature, FailureGroup::category).containsExactly(
                tuple("requests.exceptions.HTTPError: <n> Server Error: Internal Server Error for url:"
                        + " http://<host>:<port>/api/orders", ERROR),
                tuple("AssertionError: assert 'USD' == 'EUR'", ASSERTION),
                tuple("AttributeError: 'NoneType' object has no attribute 'id'", ERROR));
    }

    @Test
    void shouldFollowUndefinedPropertyErrorsOnlyWithinTheirJestSuite() {
        FailureAnalysis analysis = analyze("jest-undefined-cascade.xml");

        assertThat(analysis.cascades()).singleElement().satisfies(c -> {
            assertThat(c.suite()).isEqualTo("OrderService");
            assertThat(c.rootTest()).isEqualTo("OrderService should create an order.OrderService should create an"
                    + " order");
            assertThat(c.followers()).containsExactly(
                    "OrderService should pay the order.OrderService should pay the order",
                    "OrderService should cancel the order.OrderService should cancel the order");
        });
        assertThat(FailureAnalyzer.isFollower(analysis,
                "InvoiceService should total the lines.InvoiceService should total the lines")).isFalse();
        assertThat(analysis.groups()).extracting(FailureGroup::rule)
                .containsExactly("jest-expect", "uncaught-exception", "uncaught-exception");
    }

    @Test
    void shouldFindTheHikariPoolTimeoutInTheCauseOfASpringException() {
        FailureAnalysis analysis = analyze("TEST-com.acme.orders.OrderRepositoryIT.xml");

        assertThat(analysis.isAllInfrastructure()).isTrue();
        assertThat(analysis.groups()).singleElement().satisfies(g -> {
            assertThat(g.rule()).isEqualTo("pool-exhausted");
            assertThat(g.type()).isEqualTo("org.springframework.jdbc.CannotGetJdbcConnectionException");
            assertThat(g.tests()).containsExactly("com.acme.orders.OrderRepositoryIT.shouldFindOrderById",
                    "com.acme.orders.OrderRepositoryIT.shouldListOrdersOfCustomer",
                    "com.acme.orders.OrderRepositoryIT.shouldCountOrders");
        });
    }

    @Test
    void shouldSeeARefusedDatabaseAsInfrastructureInAPhpunitRun() {
        FailureAnalysis analysis = analyze("phpunit-connection-refused.xml");

        assertThat(analysis.isAllInfrastructure()).isTrue();
        // one cause: the same rule and no endpoint named, whatever the wrapping exception
        assertThat(analysis.groups()).extracting(FailureGroup::type, FailureGroup::rule).containsExactly(
                tuple("PDOException", "connection-refused"));
    }

    @Test
    void shouldSeparateInfrastructureFromProductFailuresInAMixedRun() {
        List<TestCaseResult> tests = JunitXmlFixture.load("surefire-mixed");
        FailureAnalysis analysis = analyzer.analyze(tests);

        assertThat(analysis.isAllInfrastructure()).isFalse();
        assertThat(analysis.groups()).extracting(FailureGroup::category, g -> g.tests().size()).containsExactly(
                tuple(INFRASTRUCTURE, 3), tuple(ASSERTION, 1), tuple(INFRASTRUCTURE, 1));
        // the follower of a refused connection counts as infrastructure, and says why
        assertThat(analysis.groups().get(2).evidence()).startsWith("follows from an infrastructure failure"
                + " (connection-refused: matched `ConnectException` in the message)");
        assertThat(analysis.groups()).flatExtracting(FailureGroup::tests)
                .doesNotContain("com.acme.checkout.CheckoutIT.shouldSendReceipt");
        assertThat(analysis.cascades()).singleElement().satisfies(c -> {
            assertThat(c.rootTest()).isEqualTo("com.acme.inventory.InventoryIT.shouldReserveStock");
            assertThat(c.followers()).containsExactly("com.acme.inventory.InventoryIT.shouldReleaseStock");
        });
        assertThat(analysis.groups().get(2).followers())
                .containsExactly("com.acme.inventory.InventoryIT.shouldReleaseStock");
    }

    private FailureAnalysis analyze(String fixture) {
        return analyzer.analyze(JunitXmlFixture.load(fixture));
    }
}
