package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;

import static io.jenkins.plugins.systemtest.engine.junit.Fixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

/** One fixture per tool, in the shape the tool really writes. */
class JUnitXmlParserDialectTest {

    private final JUnitXmlParser parser = new JUnitXmlParser();

    @Test
    void shouldReadSurefireWithFlakyAndRerunAttempts() {
        ParsedResults r = parser.parse(Fixtures.dir(), "surefire/TEST-*.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(r.files()).containsExactly("surefire/TEST-com.acme.billing.InvoiceServiceIT.xml");
        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(7, 2, 1, 2, 1, 1));

        TestCaseResult created = test(r, "shouldCreateInvoiceForNewOrder");
        assertThat(created.suite()).isEqualTo("com.acme.billing.InvoiceServiceIT");
        assertThat(created.className()).isEqualTo("com.acme.billing.InvoiceServiceIT");
        assertThat(created.durationMillis()).isEqualTo(812);
        assertThat(created.stdout()).startsWith("11:02:13.481 [main] INFO").endsWith("INV-2024-000123 created");
        assertThat(created.attempts()).isEqualTo(1);
        assertThat(created.file()).isEqualTo("surefire/TEST-com.acme.billing.InvoiceServiceIT.xml");

        TestCaseResult flaky = test(r, "shouldApplyVolumeDiscount");
        assertThat(flaky.outcome()).isEqualTo(TestOutcome.FLAKY);
        assertThat(flaky.attempts()).isEqualTo(3);
        assertThat(flaky.failureType()).isEqualTo("java.net.SocketException");
        assertThat(flaky.failureMessage()).isEqualTo("Connection reset");
        assertThat(flaky.failureDetail()).startsWith("java.net.SocketException: Connection reset")
                .contains("InvoiceServiceIT.java:84");
        assertThat(flaky.stdout()).isEqualTo("11:02:14.612 [main] INFO  c.a.b.InvoiceService - discount 10% applied"
                + " to order 4712");

        TestCaseResult rerun = test(r, "shouldRejectNegativeAmount");
        assertThat(rerun.outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(rerun.attempts()).isEqualTo(3);
        assertThat(rerun.failureType()).isEqualTo("org.opentest4j.AssertionFailedError");
        assertThat(rerun.failureMessage()).isEqualTo("expected: <400> but was: <200>");
        assertThat(rerun.failureDetail()).startsWith("org.opentest4j.AssertionFailedError: expected: <400>");

        TestCaseResult error = test(r, "shouldSendInvoiceByMail");
        assertThat(error.outcome()).isEqualTo(TestOutcome.ERROR);
        assertThat(error.attempts()).isEqualTo(2);
        assertThat(error.failureType()).isEqualTo("java.net.ConnectException");
        assertThat(error.stdout()).contains("connecting to smtp 127.0.0.1:2525");
        assertThat(error.stderr()).contains("giving up after 5000 ms");

        TestCaseResult skipped = test(r, "shouldArchiveInvoice");
        assertThat(skipped.outcome()).isEqualTo(TestOutcome.SKIPPED);
        assertThat(skipped.failureMessage()).isEqualTo("archive service not deployed for tenant acme");

        TestCaseResult rollback = test(r, "shouldExportToErp");
        assertThat(rollback.outcome()).isEqualTo(TestOutcome.ERROR);
        assertThat(rollback.stdout()).as("suite output given to a failing test without output of its own")
                .isEqualTo("Running com.acme.billing.InvoiceServiceIT with tenant acme");
        assertThat(test(r, "shouldNumberInvoicesSequentially").stdout()).as("passing tests do not get it").isEmpty();
    }

    @Test
    void shouldReadGradleWithSuiteLevelOutput() {
        ParsedResults r = parser.parse(Fixtures.dir(), "gradle/**/*.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(r.tests()).extracting(TestCaseResult::name).containsExactly("shouldCreateOrder()",
                "shouldRejectEmptyCart()", "shouldComputeShipping()", "shouldSplitLargeOrders()");
        TestCaseResult failed = test(r, "shouldRejectEmptyCart()");
        assertThat(failed.outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(failed.failureMessage())
                .isEqualTo("org.opentest4j.AssertionFailedError: expected: <400> but was: <201>");
        assertThat(failed.failureDetail()).contains("OrderServiceTest.java:54").endsWith("ReflectionUtils.java:728)");
        assertThat(failed.stdout()).startsWith("09:41:16.802 [Test worker] INFO")
                .endsWith("empty cart accepted for customer 43");
        assertThat(failed.stderr()).isEmpty();
        assertThat(test(r, "shouldSplitLargeOrders()").outcome()).isEqualTo(TestOutcome.SKIPPED);
        assertThat(test(r, "shouldCreateOrder()").stdout()).isEmpty();
    }

    @Test
    void shouldReadPytestWithSetupErrorsAndSkips() {
        ParsedResults r = parser.parse(Fixtures.dir(), "pytest/junit.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(6, 2, 1, 1, 2, 0));
        assertThat(r.tests()).allSatisfy(t -> assertThat(t.suite()).isEqualTo("pytest"));

        TestCaseResult failed = test(r, "test_total_includes_tax");
        assertThat(failed.className()).isEqualTo("tests.test_orders");
        assertThat(failed.id()).isEqualTo("tests.test_orders.test_total_includes_tax");
        assertThat(failed.failureMessage()).startsWith("AssertionError: assert 107 == 108\n +  where 107");
        assertThat(failed.failureDetail()).contains(">       assert total(order) == 108")
                .endsWith("tests/test_orders.py:22: AssertionError");
        assertThat(failed.stdout()).contains("computing total for order 7");

        TestCaseResult setup = test(r, "test_migrations_applied");
        assertThat(setup.outcome()).isEqualTo(TestOutcome.ERROR);
        assertThat(setup.failureMessage()).startsWith("failed on setup with \"psycopg2.OperationalError: "
                + "connection to server at \"127.0.0.1\", port 5432 failed: Connection refused");
        assertThat(setup.failureDetail()).contains("tests/conftest.py:14");

        TestCaseResult skip = test(r, "test_refund");
        assertThat(skip.outcome()).isEqualTo(TestOutcome.SKIPPED);
        assertThat(skip.failureType()).isEqualTo("pytest.skip");
        assertThat(skip.failureMessage()).isEqualTo("refunds disabled for tenant acme");
        assertThat(test(r, "test_legacy_rounding").failureType()).isEqualTo("pytest.xfail");
        assertThat(test(r, "test_health[v2]").stderr()).contains("DeprecationWarning");
        assertThat(test(r, "test_health[v2]").durationMillis()).isEqualTo(1716);
    }

    @Test
    void shouldReadJestJunitWithFailuresWithoutMessageAttribute() {
        ParsedResults r = parser.parse(Fixtures.dir(), "jest/junit.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(7, 3, 2, 1, 1, 0));
        TestCaseResult total = test(r, "Cart totals computes the total with tax");
        assertThat(total.suite()).isEqualTo("Cart");
        assertThat(total.className()).isEqualTo("Cart totals computes the total with tax");
        assertThat(total.outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(total.failureType()).isEmpty();
        assertThat(total.failureMessage()).isEqualTo("Error: expect(received).toBe(expected) // Object.is equality");
        assertThat(total.failureDetail()).contains("Received: 107").contains("[failure] (no message)")
                .contains("Expected length: 2");
        assertThat(total.stdout()).as("jest-junit console output at suite level").contains("cart created for "
                + "tenant acme");

        TestCaseResult suiteError = test(r, "src/api/__tests__/client.test.ts");
        assertThat(suiteError.className()).isEqualTo("Test suite failed to run");
        assertThat(suiteError.outcome()).isEqualTo(TestOutcome.ERROR);
        assertThat(suiteError.failureMessage()).isEqualTo("● Test suite failed to run");

        assertThat(test(r, "Checkout pays with a card").failureMessage())
                .isEqualTo("Error: connect ECONNREFUSED 127.0.0.1:8080");
        assertThat(test(r, "Cart removes an item").outcome()).isEqualTo(TestOutcome.SKIPPED);
    }

    @Test
    void shouldReadPlaywrightDefaultReporterWithProjectsKeptApart() {
        ParsedResults r = parser.parse(Fixtures.dir(), "playwright/results.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(r.tests()).hasSize(5);
        TestCaseResult pay = r.tests().get(0);
        assertThat(pay.name()).isEqualTo("Checkout › pays with a card");
        assertThat(pay.className()).isEqualTo("checkout.spec.ts");
        assertThat(pay.outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(pay.failureType()).isEqualTo("FAILURE");
        assertThat(pay.failureMessage()).isEqualTo("checkout.spec.ts:12:7 pays with a card");
        assertThat(pay.failureDetail()).startsWith("[chromium] › checkout.spec.ts:12:7").contains("Retry #1");
        assertThat(pay.stdout()).contains("[[ATTACHMENT|test-results/checkout-Checkout-pays-with-a-card-chromium/");
        assertThat(pay.attempts()).as("the default reporter writes no retry elements").isEqualTo(1);
        assertThat(test(r, "Checkout › applies a voucher").outcome())
                .as("passed on retry: the default reporter writes a plain pass").isEqualTo(TestOutcome.PASSED);

        assertThat(r.tests()).filteredOn(t -> t.name().equals("Checkout › shows the basket"))
                .as("one suite per project: the firefox run is another test").hasSize(2)
                .allSatisfy(t -> assertThat(t.outcome()).isEqualTo(TestOutcome.PASSED));
        assertThat(r.tests().get(4).outcome()).isEqualTo(TestOutcome.SKIPPED);
    }

    @Test
    void shouldReadPlaywrightIncludeRetriesAsFlakyAndRerun() {
        ParsedResults r = parser.parse(Fixtures.dir(), "playwright/results-include-retries.xml");

        assertThat(r.problems()).isEmpty();
        TestCaseResult flaky = test(r, "Login › signs in with a password");
        assertThat(flaky.outcome()).isEqualTo(TestOutcome.FLAKY);
        assertThat(flaky.attempts()).isEqualTo(2);
        assertThat(flaky.failureType()).isEqualTo("expect.toBe");
        assertThat(flaky.failureDetail()).startsWith("Error: expect(received).toBe(expected)")
                .endsWith("login.spec.ts:21:52");
        assertThat(flaky.stdout()).as("the passing attempt's output, not the retry element's")
                .isEqualTo("login page loaded\nsigned in as alice@acme.test");

        TestCaseResult sso = test(r, "Login › signs in with SSO");
        assertThat(sso.outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(sso.attempts()).isEqualTo(2);
        assertThat(sso.failureType()).isEqualTo("Error");
        assertThat(sso.failureMessage()).contains("ERR_CONNECTION_REFUSED");
        assertThat(test(r, "Login › signs out").outcome()).isEqualTo(TestOutcome.PASSED);
    }

    @Test
    void shouldFoldRepeatedAttemptsOfOneTest() {
        ParsedResults r = parser.parse(Fixtures.dir(), "playwright/results-repeated-attempts.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(r.tests()).extracting(TestCaseResult::name).containsExactly("Search › finds a product by name",
                "Search › filters by price", "Search › shows suggestions", "Search › finds a product by name");

        TestCaseResult flaky = r.tests().get(0);
        assertThat(flaky.outcome()).isEqualTo(TestOutcome.FLAKY);
        assertThat(flaky.attempts()).isEqualTo(2);
        assertThat(flaky.durationMillis()).isEqualTo(5114 + 1201);
        assertThat(flaky.failureDetail()).contains("toHaveCount");
        assertThat(flaky.stdout()).as("output of the failing attempt").isEqualTo("search index warming up");

        TestCaseResult failed = r.tests().get(1);
        assertThat(failed.outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.failureDetail()).as("the last failing attempt").contains("Received:   79.9")
                .doesNotContain("81.5");
        assertThat(r.tests().get(3).outcome()).as("firefox: another project, not folded")
                .isEqualTo(TestOutcome.PASSED);
    }

    @Test
    void shouldReadPhpUnitNestedSuites() {
        ParsedResults r = parser.parse(Fixtures.dir(), "phpunit/junit.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(7, 4, 1, 1, 1, 0));
        TestCaseResult tax = test(r, "testTotalIncludesTax");
        assertThat(tax.suite()).isEqualTo("Tests\\Unit\\CartTest");
        assertThat(tax.className()).isEqualTo("Tests.Unit.CartTest");
        assertThat(tax.durationMillis()).isEqualTo(2);
        assertThat(tax.failureType()).isEqualTo("PHPUnit\\Framework\\ExpectationFailedException");
        assertThat(tax.failureMessage()).isEqualTo("Failed asserting that 107 is identical to 108.");
        assertThat(tax.failureDetail()).endsWith("/app/tests/Unit/CartTest.php:31");

        TestCaseResult dataSet = test(r, "testDiscount with data set \"ten percent\"");
        assertThat(dataSet.suite()).isEqualTo("Tests\\Unit\\CartTest::testDiscount");
        assertThat(dataSet.outcome()).isEqualTo(TestOutcome.PASSED);

        TestCaseResult gateway = test(r, "testCheckoutCallsGateway");
        assertThat(gateway.outcome()).isEqualTo(TestOutcome.ERROR);
        assertThat(gateway.failureMessage()).startsWith("GuzzleHttp\\Exception\\ConnectException: cURL error 7");
        assertThat(gateway.stdout()).isEqualTo("POST /pay tenant=acme amount=108.00");
    }

    @Test
    void shouldReadPestWithTheTestNameGluedToTheMessage() {
        ParsedResults r = parser.parse(Fixtures.dir(), "pest/junit.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(r.tests()).hasSize(3);
        TestCaseResult refused = test(r, "it refuses orders of another tenant");
        assertThat(refused.outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(refused.className()).isEqualTo("Tests.Feature.OrdersTest");
        assertThat(refused.failureMessage()).isEqualTo("Expected response status code [403] but received 200.");
        assertThat(test(r, "it computes the total with (10, 1.1)").durationMillis()).isEqualTo(40);
    }

    @Test
    void shouldReadAllDialectsInOneGoInSortedOrder() {
        ParsedResults r = parser.parse(Fixtures.dir(), "**/*.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(r.files()).isSorted().hasSize(9);
        assertThat(r.tests()).hasSize(7 + 4 + 6 + 7 + 5 + 3 + 4 + 7 + 3);
    }
}
