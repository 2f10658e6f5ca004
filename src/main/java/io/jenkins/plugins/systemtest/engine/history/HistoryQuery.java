package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Queries over a job's run summaries, newest first (by start time, then build, then id). Built once per snapshot
 * in linear time (plus a sort that is nearly free on an index written in order): the runs are kept sorted overall,
 * per tenant, per suite and per tenant and suite, so a page, a trend or a previous run costs what it returns, and
 * only a verdict filter scans the runs of the chosen tenant/suite and time window. A run id given more than once
 * counts once, with its last summary. Immutable and thread-safe.
 */
public final class HistoryQuery {

    /** Newest first: start time, then build, then id, all descending. */
    public static final Comparator<RunSummary> NEWEST_FIRST = Comparator.comparingLong(RunSummary::startedAt)
            .thenComparingLong(RunSummary::build).thenComparing(RunSummary::id).reversed();

    private final List<RunSummary> newest;
    private final Map<String, RunSummary> byId;
    private final Map<String, List<RunSummary>> byTenant = new HashMap<>();
    private final Map<String, List<RunSummary>> bySuite = new HashMap<>();
    private final Map<String, Map<String, List<RunSummary>>> byTenantSuite = new HashMap<>();
    private final Map<String, String> tenantNames = new TreeMap<>();

    public HistoryQuery(Collection<RunSummary> summaries) {
        Map<String, RunSummary> ids = new LinkedHashMap<>(Math.max(16, summaries.size() * 4 / 3 + 1));
        for (RunSummary s : summaries) {
            ids.put(s.id(), s);
        }
        List<RunSummary> list = new ArrayList<>(ids.values());
        Collections.reverse(list);
        list.sort(NEWEST_FIRST);
        newest = Collections.unmodifiableList(list);
        byId = ids;
        for (RunSummary s : list) {
            byTenant.computeIfAbsent(s.tenant(), k -> new ArrayList<>()).add(s);
            bySuite.computeIfAbsent(s.suite(), k -> new ArrayList<>()).add(s);
            byTenantSuite.computeIfAbsent(s.tenant(), k -> new HashMap<>())
                    .computeIfAbsent(s.suite(), k -> new ArrayList<>()).add(s);
            tenantNames.putIfAbsent(s.tenant(), s.tenantName());
        }
    }

    /** How many runs there are. */
    public int size() {
        return newest.size();
    }

    /** All runs, newest first. */
    public List<RunSummary> newestFirst() {
        return newest;
    }

    /** The run with this id. */
    public Optional<RunSummary> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The tenant keys, sorted. */
    public List<String> tenants() {
        return List.copyOf(tenantNames.keySet());
    }

    /** Tenant key to display name (the newest run's), sorted by key. */
    public Map<String, String> tenantNames() {
        return Collections.unmodifiableMap(tenantNames);
    }

    /** All suite names, sorted. */
    public List<String> suites() {
        return List.copyOf(new TreeSet<>(bySuite.keySet()));
    }

    /** The suites of one tenant, sorted. */
    public List<String> suites(String tenant) {
        return List.copyOf(new TreeSet<>(byTenantSuite.getOrDefault(tenant, Map.of()).keySet()));
    }

    /**
     * One page of the runs that match a filter, newest first.
     *
     * @param offset how many matching runs to pass over (0 or more)
     * @param limit  the page size (0 or more; 0 gives only the total)
     */
    public HistoryPage page(HistoryFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        List<RunSummary> base = runs(filter.tenant(), filter.suite());
        int lo = firstStartedBefore(base, filter.to());
        int hi = filter.from() == Long.MIN_VALUE ? base.size() : firstStartedBefore(base, filter.from());
        if (filter.verdicts().isEmpty()) {
            int start = (int) Math.min((long) lo + offset, hi);
            int end = (int) Math.min((long) start + limit, hi);
            return new HistoryPage(base.subList(start, end), Math.max(0, hi - lo), offset, limit);
        }
        List<RunSummary> page = new ArrayList<>(Math.min(limit, 1024));
        int total = 0;
        for (int i = lo; i < hi; i++) {
            RunSummary s = base.get(i);
            if (filter.acceptsVerdict(s.verdict())) {
                if (total >= offset && page.size() < limit) {
                    page.add(s);
                }
                total++;
            }
        }
        return new HistoryPage(page, total, offset, limit);
    }

    /**
     * The pass rate, duration and verdict of the last runs of a tenant, oldest first.
     *
     * @param suite one suite, or null for all the tenant's suites
     */
    public List<TrendPoint> trend(String tenant, String suite, int lastN) {
        List<RunSummary> base = runs(tenant, suite);
        int n = Math.max(0, Math.min(lastN, base.size()));
        List<TrendPoint> points = new ArrayList<>(n);
        for (int i = n - 1; i >= 0; i--) {
            RunSummary s = base.get(i);
            points.add(new TrendPoint(s.id(), s.build(), s.startedAt(), s.passRate(), s.durationMillis(),
                    s.verdict()));
        }
        return points;
    }

    /** The run of the same tenant and suite just before the run with this id; empty when none or id unknown. */
    public Optional<RunSummary> previousRun(String tenant, String suite, String beforeRunId) {
        RunSummary current = byId.get(beforeRunId);
        if (current == null || !current.tenant().equals(tenant) || !current.suite().equals(suite)) {
            return Optional.empty();
        }
        List<RunSummary> base = runs(tenant, suite);
        int i = Collections.binarySearch(base, current, NEWEST_FIRST);
        return i >= 0 && i + 1 < base.size() ? Optional.of(base.get(i + 1)) : Optional.empty();
    }

    /** The newest run of this tenant and suite that started strictly before {@code beforeStartedAt}. */
    public Optional<RunSummary> previousRun(String tenant, String suite, long beforeStartedAt) {
        List<RunSummary> base = runs(tenant, suite);
        int i = firstStartedBefore(base, beforeStartedAt);
        return i < base.size() ? Optional.of(base.get(i)) : Optional.empty();
    }

    /** {@link #testHistory(String, int, String, String)} over all suites. */
    public List<TestHistoryEntry> testHistory(String testId, int lastN, String tenant) {
        return testHistory(testId, lastN, tenant, null);
    }

    /**
     * What one test did in the last runs that had tests, newest first. A summary lists only the tests that did
     * not pass, so a run where the test is not listed gives PASSED; name the suite to leave out runs of suites
     * the test is not part of.
     *
     * @param tenant one tenant, or null for all
     * @param suite  one suite, or null for all
     */
    public List<TestHistoryEntry> testHistory(String testId, int lastN, String tenant, String suite) {
        List<TestHistoryEntry> entries = new ArrayList<>(Math.max(0, Math.min(lastN, 1024)));
        for (RunSummary s : runs(tenant, suite)) {
            if (entries.size() >= lastN) {
                break;
            }
            if (s.counts().total() > 0) {
                TestOutcome outcome = s.notPassed().getOrDefault(testId, TestOutcome.PASSED);
                entries.add(new TestHistoryEntry(s.id(), s.build(), s.tenant(), s.startedAt(), outcome));
            }
        }
        return entries;
    }

    /**
     * The flakiest tests of the last runs that had tests, most flips first; see {@link FlakyTestRanker}.
     *
     * @param tenant one tenant, or null for all
     * @param limit  at most this many
     */
    public List<FlakyTest> flakyTests(int lastN, String tenant, int limit) {
        List<RunSummary> window = new ArrayList<>(Math.max(0, Math.min(lastN, 4096)));
        for (RunSummary s : runs(tenant, null)) {
            if (window.size() >= lastN) {
                break;
            }
            if (s.counts().total() > 0) {
                window.add(s);
            }
        }
        return FlakyTestRanker.rank(window, limit);
    }

    /** The runs of a tenant and/or suite (null for any), newest first. */
    private List<RunSummary> runs(String tenant, String suite) {
        if (tenant == null && suite == null) {
            return newest;
        }
        if (tenant == null) {
            return bySuite.getOrDefault(suite, List.of());
        }
        if (suite == null) {
            return byTenant.getOrDefault(tenant, List.of());
        }
        return byTenantSuite.getOrDefault(tenant, Map.of()).getOrDefault(suite, List.of());
    }

    /** The index of the first run (newest first) that started before {@code time}; the size when none did. */
    private static int firstStartedBefore(List<RunSummary> runs, long time) {
        int lo = 0;
        int hi = runs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runs.get(mid).startedAt() < time) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
