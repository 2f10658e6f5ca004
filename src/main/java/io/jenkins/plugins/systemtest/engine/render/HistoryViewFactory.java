package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.history.FlakyTest;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.history.TestHistoryEntry;
import io.jenkins.plugins.systemtest.engine.history.TrendPoint;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Makes a {@link HistoryView} from the results of the history queries. Orders what it is given (runs newest first,
 * trend points and test entries oldest first) and keeps only links that {@link Html#safeUrl} accepts.
 */
public final class HistoryViewFactory {

    /** Runs going on (RUNNING) first, then newest first. */
    private static final Comparator<RunSummary> NEWEST_FIRST = Comparator
            .comparing((RunSummary r) -> r.verdict() != RunVerdict.RUNNING)
            .thenComparing(Comparator.comparingLong(RunSummary::startedAt).thenComparingLong(RunSummary::build)
                    .thenComparing(RunSummary::id).reversed());

    private final Clock clock;

    public HistoryViewFactory(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A view of the runs, their trends and flaky tests, without per-test histories or links. */
    public HistoryView create(String title, List<RunSummary> runs, Map<String, List<TrendPoint>> trendsByTenant,
            List<FlakyTest> flaky) {
        return create(title, runs, trendsByTenant, flaky, Map.of(), r -> "");
    }

    /**
     * A view of everything given.
     *
     * @param title           the page title
     * @param runs            the runs, in any order (shown RUNNING first, then newest first)
     * @param trendsByTenant  each tenant's trend, by tenant key
     * @param flaky           the flaky tests, in the order to show
     * @param historiesByTest per-test histories, by test id, in the order to show; may be empty
     * @param summaryHref     the link to a run's summary page relative to the history page, or empty for none
     */
    public HistoryView create(String title, List<RunSummary> runs, Map<String, List<TrendPoint>> trendsByTenant,
            List<FlakyTest> flaky, Map<String, List<TestHistoryEntry>> historiesByTest,
            Function<RunSummary, String> summaryHref) {
        List<RunSummary> sorted = new ArrayList<>(runs);
        sorted.sort(NEWEST_FIRST);
        Map<String, String> tenantNames = new TreeMap<>();
        TreeSet<String> suites = new TreeSet<>();
        EnumSet<RunVerdict> verdicts = EnumSet.noneOf(RunVerdict.class);
        List<HistoryView.Row> rows = new ArrayList<>();
        for (RunSummary r : sorted) {
            tenantNames.putIfAbsent(r.tenant(), r.tenantName());
            suites.add(r.suite());
            verdicts.add(r.verdict());
            String href = Html.safeUrl(Objects.requireNonNullElse(summaryHref.apply(r), "")).orElse("");
            rows.add(new HistoryView.Row(r.id(), r.build(), r.tenant(), r.tenantName(), r.suite(), r.verdict(),
                    r.counts(), r.passRate(), r.startedAt(), r.durationMillis(), r.trigger(), r.revision(), href));
        }
        Map<String, List<TrendPoint>> trends = new TreeMap<>(trendsByTenant);
        trends.keySet().forEach(t -> tenantNames.putIfAbsent(t, t));
        List<HistoryView.Tenant> tenants = new ArrayList<>();
        tenantNames.forEach((k, v) -> tenants.add(new HistoryView.Tenant(k, v)));
        List<HistoryView.TenantTrend> series = new ArrayList<>();
        trends.forEach((tenant, points) -> series.add(new HistoryView.TenantTrend(tenant, tenantNames.get(tenant),
                points.stream().sorted(Comparator.comparingLong(TrendPoint::startedAt)
                        .thenComparingLong(TrendPoint::build)).toList())));
        List<HistoryView.TestHistory> tests = new ArrayList<>();
        new LinkedHashMap<>(historiesByTest).forEach((id, entries) -> tests.add(new HistoryView.TestHistory(id,
                entries.stream().sorted(Comparator.comparingLong(TestHistoryEntry::startedAt)
                        .thenComparingLong(TestHistoryEntry::build)).toList())));
        return new HistoryView(HistoryView.VERSION, title, clock.millis(),
                new HistoryView.Filters(tenants, List.copyOf(suites), List.copyOf(verdicts)), rows, series,
                flaky, tests);
    }
}
