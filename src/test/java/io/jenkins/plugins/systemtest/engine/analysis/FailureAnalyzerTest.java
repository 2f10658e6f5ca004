package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jenkins.plugins.systemtest.engine.analysis.FailureCategory.ASSERTION;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureCategory.ERROR;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureCategory.INFRASTRUCTURE;
import static io.jenkins.plugins.systemtest.engine.analysis.Failures.error;
import static io.jenkins.plugins.systemtest.engine.analysis.Failures.failed;
import static io.jenkins.plugins.systemtest.engine.analysis.Failures.flaky;
import static io.jenkins.plugins.systemtest.engine.analysis.Failures.passed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FailureAnalyzerTest {

    private static final String REFUSED = "Connection refused";
    private static final String VOUCHER = "voucher SPRING25 ==> expected: <90.00> but was: <100.00>";

    private final FailureAnalyzer analyzer = new FailureAnalyzer();

    @Test
    void shouldOrderGroupsLargestFirstAndTiesByFirstOccurrence() {
        List<TestCaseResult> run = List.of(
                failed("A", "shouldApplyVoucher", "org.opentest4j.AssertionFailedError", VOUCHER),
                error("B", "shouldSaveOrder", "java.lang.IllegalStateException", "Order 17 already shipped"),
                error("C", "shouldChargeCard", "java.net.ConnectException", REFUSED),
                error("D", "shouldRefundCard", "java.net.ConnectException", REFUSED),
                error("E", "shouldShipOrder", "java.lang.IllegalStateException", "Order 23 already shipped"),
                error("F", "shouldPing", "java.net.ConnectException", REFUSED));

        FailureAnalysis analysis = analyzer.analyze(run);

        assertThat(analysis.groups()).extracting(FailureGroup::signature).containsExactly(
                "java.net.ConnectException: Connection refused",
                "java.lang.IllegalStateException: Order <n> already shipped",
                "org.opentest4j.AssertionFailedError: voucher SPRING25 ==> expected: <<n>> but was: <<n>>");
        assertThat(analysis.groups()).extracting(g -> g.tests().size()).containsExactly(3, 2, 1);
        assertThat(analysis.groups().get(0).tests()).containsExactly("C.shouldChargeCard", "D.shouldRefundCard",
                "F.shouldPing");
    }

    @Test
    void shouldClassifyEachGroupByItsFirstMemberAndNoteTheRule() {
        List<TestCaseResult> run = List.of(
                error("A", "shouldChargeCard", "java.net.ConnectException", REFUSED),
                failed("B", "shouldApplyVoucher", "org.opentest4j.AssertionFailedError", VOUCHER),
                error("C", "shouldSaveOrder", "com.acme.OrderException", "Order already shipped"));

        FailureAnalysis analysis = analyzer.analyze(run);

        assertThat(analysis.groups()).extracting(FailureGroup::category, FailureGroup::rule, FailureGroup::type)
                .containsExactly(
                        tuple(INFRASTRUCTURE, "connection-refused",
                                "java.net.ConnectException"),
                        tuple(ASSERTION, "assertion-error",
                                "org.opentest4j.AssertionFailedError"),
                        tuple(ERROR, "uncaught-exception", "com.acme.OrderException"));
        assertThat(analysis.groups().get(1).message()).isEqualTo(VOUCHER);
    }

    @Test
    void shouldListRootsBeforeFollowersAndFillTheFollowers() {
        String npe = "Cannot invoke \"com.acme.Order.id()\" because \"this.order\" is null";
        List<TestCaseResult> run = List.of(
                error("com.acme.OrderIT", "shouldCreateOrder", "java.lang.IllegalStateException", "Order is locked"),
                error("com.acme.OrderIT", "shouldShipOrder", "java.lang.NullPointerException", npe),
                error("com.acme.InvoiceIT", "shouldCreateInvoice", "java.lang.NullPointerException", npe));

        FailureAnalysis analysis = analyzer.analyze(run);

        FailureGroup group = analysis.groups().stream().filter(g -> g.type().equals("java.lang.NullPointerException"))
                .findFirst().orElseThrow();
        assertThat(group.tests()).containsExactly("com.acme.InvoiceIT.shouldCreateInvoice",
                "com.acme.OrderIT.shouldShipOrder");
        assertThat(group.followers()).containsExactly("com.acme.OrderIT.shouldShipOrder");
        assertThat(analysis.cascades()).singleElement()
                .satisfies(c -> assertThat(c.rootTest()).isEqualTo("com.acme.OrderIT.shouldCreateOrder"));
    }

    @Test
    void shouldLeaveFlakyPassedAndSkippedTestsOut() {
        List<TestCaseResult> run = List.of(
                passed("A", "shouldWork"),
                flaky("A", "shouldRetry", "java.net.ConnectException", REFUSED),
                Failures.of("A", "shouldSkip", TestOutcome.SKIPPED,
                        "pytest.skip", "no tenant database", ""));

        assertThat(analyzer.analyze(run)).isEqualTo(FailureAnalysis.NONE);
        assertThat(analyzer.analyze(List.of())).isEqualTo(FailureAnalysis.NONE);
    }

    @Test
    void shouldSayAllInfrastructureOnlyWhenEveryGroupIsInfrastructure() {
        List<TestCaseResult> infraOnly = List.of(
                error("A", "shouldChargeCard", "java.net.ConnectException", REFUSED),
                error("B", "shouldResolve", "java.net.UnknownHostException", "postgres: Name or service not known"),
                flaky("C", "shouldRetry", "org.opentest4j.AssertionFailedError", VOUCHER));
        List<TestCaseResult> mixed = List.of(
                error("A", "shouldChargeCard", "java.net.ConnectException", REFUSED),
                failed("B", "shouldApplyVoucher", "org.opentest4j.AssertionFailedError", VOUCHER));

        assertThat(analyzer.analyze(infraOnly).isAllInfrastructure()).isTrue();
        assertThat(analyzer.analyze(mixed).isAllInfrastructure()).isFalse();
        assertThat(analyzer.analyze(List.of(passed("A", "shouldWork"))).isAllInfrastructure()).isFalse();
    }

    @Test
    void shouldTellRenderersWhetherATestIsAFollowerAndOfWhichRoot() {
        List<TestCaseResult> run = List.of(
                error("com.acme.InventoryIT", "shouldReserveStock", "java.net.ConnectException", REFUSED),
                error("com.acme.InventoryIT", "shouldReleaseStock", "java.lang.NullPointerException",
                        "Cannot invoke \"com.acme.Reservation.id()\" because \"this.reservation\" is null"));

        FailureAnalysis analysis = analyzer.analyze(run);

        assertThat(FailureAnalyzer.isFollower(analysis, "com.acme.InventoryIT.shouldReleaseStock")).isTrue();
        assertThat(FailureAnalyzer.rootOf(analysis, "com.acme.InventoryIT.shouldReleaseStock"))
                .contains("com.acme.InventoryIT.shouldReserveStock");
        assertThat(FailureAnalyzer.cascadeOf(analysis, "com.acme.InventoryIT.shouldReleaseStock"))
                .hasValueSatisfying(c -> assertThat(c.reason()).contains("NullPointerException"));
        assertThat(FailureAnalyzer.isFollower(analysis, "com.acme.InventoryIT.shouldReserveStock")).isFalse();
        assertThat(FailureAnalyzer.rootOf(analysis, "com.acme.Unknown.shouldNotExist")).isEmpty();
    }
}
