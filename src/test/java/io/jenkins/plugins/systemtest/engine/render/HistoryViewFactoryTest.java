package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.history.FlakyTest;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.history.TestHistoryEntry;
import io.jenkins.plugins.systemtest.engine.history.TrendPoint;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryViewFactoryTest {

    private static final long T0 = 1_714_557_600_000L;
    private final HistoryViewFactory factory =
            new HistoryViewFactory(Clock.fixed(Instant.ofEpochMilli(T0 + 99), ZoneOffset.UTC));

    @Test
    void shouldOrderRunsNewestFirstAndCollectTheFilterValues() {
        HistoryView view = factory.create("Shop", List.of(run(1, "acme", "e2e", RunVerdict.PASSED, 0),
                run(3, "beta", "api", RunVerdict.INFRA_ERROR, 2), run(2, "acme", "api", RunVerdict.FAILED, 1)),
                Map.of(), List.of());

        assertThat(view.version()).isEqualTo(HistoryView.VERSION);
        assertThat(view.generatedAt()).isEqualTo(T0 + 99);
        assertThat(view.runs()).extracting(HistoryView.Row::build).containsExactly(3L, 2L, 1L);
        assertThat(view.filters().tenants()).containsExactly(new HistoryView.Tenant("acme", "Name of acme"),
                new HistoryView.Tenant("beta", "Name of beta"));
        assertThat(view.filters().suites()).containsExactly("api", "e2e");
        assertThat(view.filters().verdicts()).containsExactly(RunVerdict.PASSED, RunVerdict.FAILED,
                RunVerdict.INFRA_ERROR);
    }

    @Test
    void shouldCarryCountsPassRateAndTimesIntoTheRows() {
        HistoryView view = factory.create("Shop", List.of(run(5, "acme", "e2e", RunVerdict.FAILED, 0)), Map.of(),
                List.of());

        HistoryView.Row row = view.runs().get(0);
        assertThat(row.counts()).isEqualTo(new RunCounts(10, 7, 1, 1, 1, 0));
        assertThat(row.passRate()).isEqualTo(700.0 / 9);
        assertThat(row.startedAt()).isEqualTo(T0);
        assertThat(row.durationMillis()).isEqualTo(65_000);
        assertThat(row.trigger()).isEqualTo("timer");
        assertThat(row.summaryHref()).isEmpty();
    }

    @Test
    void shouldKeepOnlySafeSummaryLinks() {
        HistoryView view = factory.create("Shop", List.of(run(1, "acme", "e2e", RunVerdict.PASSED, 0),
                run(2, "acme", "e2e", RunVerdict.PASSED, 1), run(3, "acme", "e2e", RunVerdict.PASSED, 2)),
                Map.of(), List.of(), Map.of(), r -> switch ((int) r.build()) {
                    case 1 -> "runs/1/summary.html";
                    case 2 -> "javascript:alert(1)";
                    default -> null;
                });

        assertThat(view.runs()).extracting(HistoryView.Row::summaryHref)
                .containsExactly("", "", "runs/1/summary.html");
    }

    @Test
    void shouldOrderTrendPointsAndTestEntriesOldestFirstAndNameTheTenants() {
        Map<String, List<TrendPoint>> trends = Map.of("acme", List.of(
                new TrendPoint("2", 2, T0 + 10, 50, 1000, RunVerdict.FAILED),
                new TrendPoint("1", 1, T0, 100, 900, RunVerdict.PASSED)),
                "gone", List.of(new TrendPoint("0", 0, T0 - 10, -1, 5, RunVerdict.NO_TESTS)));
        Map<String, List<TestHistoryEntry>> tests = Map.of("com.acme.A.t", List.of(
                new TestHistoryEntry("2", 2, "acme", T0 + 10, TestOutcome.FAILED),
                new TestHistoryEntry("1", 1, "acme", T0, TestOutcome.PASSED)));

        HistoryView view = factory.create("Shop", List.of(run(1, "acme", "e2e", RunVerdict.PASSED, 0)), trends,
                List.of(new FlakyTest("com.acme.A.t", 2, 2, 1, 0, 2)), tests, r -> "");

        assertThat(view.trends()).extracting(HistoryView.TenantTrend::tenant, HistoryView.TenantTrend::tenantName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acme", "Name of acme"),
                        org.assertj.core.groups.Tuple.tuple("gone", "gone"));
        assertThat(view.trends().get(0).points()).extracting(TrendPoint::build).containsExactly(1L, 2L);
        assertThat(view.tests().get(0).entries()).extracting(TestHistoryEntry::build).containsExactly(1L, 2L);
        assertThat(view.flaky()).extracting(FlakyTest::testId).containsExactly("com.acme.A.t");
        assertThat(view.filters().tenants()).extracting(HistoryView.Tenant::key).containsExactly("acme", "gone");
    }

    private static RunSummary run(long build, String tenant, String suite, RunVerdict verdict, int hour) {
        return new RunSummary(build + "-" + tenant + "-" + suite, build, tenant, "Name of " + tenant, suite, verdict,
                new RunCounts(10, 7, 1, 1, 1, 0), T0 + hour * 3_600_000L, 65_000, "timer", "abc",
                Map.of("com.acme.A.t", TestOutcome.FAILED));
    }
}
