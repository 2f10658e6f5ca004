package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.history.FailureMessages;
import io.jenkins.plugins.systemtest.engine.history.HistoryQuery;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.history.TenantMatrix;
import io.jenkins.plugins.systemtest.engine.history.TestHistoryEntry;
import io.jenkins.plugins.systemtest.engine.history.TestTimeline;
import io.jenkins.plugins.systemtest.engine.history.TrendWindow;
import io.jenkins.plugins.systemtest.engine.render.HistoryOverview.MatrixCell;
import io.jenkins.plugins.systemtest.engine.render.HistoryOverview.MatrixRow;
import io.jenkins.plugins.systemtest.engine.render.HistoryOverview.RunRef;
import io.jenkins.plugins.systemtest.engine.render.HistoryOverview.TestRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Builds the {@link HistoryOverview} parts from a job's index. Bounded by what is shown: tenants x suites x
 * {@link #STRIP} for the matrix, {@link #TREND_WINDOW} runs of at most {@link #MAX_TREND_TENANTS} tenants for the
 * trends, {@link #TEST_RUNS} runs per tenant for a test (after looking at {@link #TEST_SCAN} runs per tenant for
 * the suites that list it) and at most {@link #MAX_MESSAGES} run records read for failure messages.
 */
public final class HistoryOverviewBuilder {

    /** Verdicts per matrix cell. */
    public static final int STRIP = 20;
    /** Tenants in the matrix at most. */
    public static final int MAX_MATRIX_TENANTS = 200;
    /** Runs per trend window. */
    public static final int TREND_WINDOW = 40;
    /** Trend series at most. */
    public static final int MAX_TREND_TENANTS = 24;
    /** Runs per tenant in a test's history. */
    public static final int TEST_RUNS = 40;
    /** Runs per tenant searched for the suites that list a test. */
    public static final int TEST_SCAN = 500;
    /** Run records read for failure messages, per page. */
    public static final int MAX_MESSAGES = 60;

    private final Function<RunSummary, String> runHref;
    private final BiFunction<String, String, String> historyHref;

    /**
     * @param runHref     the link from the page to a run
     * @param historyHref the link from the page to the history filtered to a tenant and suite
     */
    public HistoryOverviewBuilder(Function<RunSummary, String> runHref,
            BiFunction<String, String, String> historyHref) {
        this.runHref = Objects.requireNonNull(runHref, "runHref");
        this.historyHref = Objects.requireNonNull(historyHref, "historyHref");
    }

    /** The matrix of every tenant (at most {@link #MAX_MATRIX_TENANTS}) and suite. */
    public HistoryOverview.Matrix matrix(HistoryQuery query) {
        TenantMatrix m = TenantMatrix.of(query, STRIP, MAX_MATRIX_TENANTS);
        List<MatrixRow> rows = new ArrayList<>(m.rows().size());
        for (TenantMatrix.Row r : m.rows()) {
            List<MatrixCell> cells = new ArrayList<>(r.cells().size());
            for (TenantMatrix.Cell c : r.cells()) {
                cells.add(new MatrixCell(c.suite(), c.latest() == null ? null : ref(c.latest()),
                        c.strip().stream().map(s -> HistoryOverview.StripRef.of(s, safe(runHref.apply(s)))).toList(),
                        safe(historyHref.apply(r.tenant(), c.suite()))));
            }
            rows.add(new MatrixRow(r.tenant(), r.tenantName(), r.broken(), cells));
        }
        return new HistoryOverview.Matrix(m.suites(), rows, m.cut());
    }

    /** The trend windows of the chosen tenant, or of the first {@link #MAX_TREND_TENANTS} tenants. */
    public HistoryOverview.TrendWindows trends(HistoryQuery query, String tenant, String suite, int page) {
        List<String> tenants = tenant != null ? List.of(tenant) : query.tenants();
        List<HistoryOverview.TrendSeries> series = new ArrayList<>();
        int pages = 1;
        for (String t : tenants.subList(0, Math.min(tenants.size(), MAX_TREND_TENANTS))) {
            TrendWindow w = TrendWindow.of(query, t, suite, page, TREND_WINDOW);
            pages = Math.max(pages, w.pages(TREND_WINDOW));
            if (!w.runs().isEmpty()) {
                series.add(new HistoryOverview.TrendSeries(w.tenant(), w.tenantName(), w.total(), w.axis(),
                        w.runs().stream().map(this::ref).toList()));
            }
        }
        return new HistoryOverview.TrendWindows(Math.max(1, page), TREND_WINDOW, pages, series);
    }

    /**
     * The test's history per tenant (of the chosen tenant only, when one is chosen), with the failure messages of
     * the newest failing runs when {@code messages} is given.
     */
    public HistoryOverview.TestTimelines test(HistoryQuery query, String testId, String tenant, String suite,
            FailureMessages messages) {
        List<String> tenants = tenant != null ? List.of(tenant) : query.tenants();
        List<TestTimeline> timelines = new ArrayList<>();
        List<String> failingRuns = new ArrayList<>();
        for (String t : tenants) {
            TestTimeline timeline = TestTimeline.of(query, testId, t, suite, TEST_RUNS, TEST_SCAN);
            if (timeline != null) {
                timelines.add(timeline);
            }
        }
        // The newest failing runs first, across tenants, so that the record budget goes to what matters most.
        timelines.stream().flatMap(tl -> tl.entries().stream())
                .filter(e -> TestTimeline.failing(e.outcome()))
                .sorted((a, b) -> Long.compare(b.startedAt(), a.startedAt()))
                .forEach(e -> failingRuns.add(e.runId()));
        Map<String, String> texts = messages == null ? Map.of() : messages.of(testId, failingRuns, MAX_MESSAGES);
        List<HistoryOverview.TenantTimeline> out = new ArrayList<>();
        for (TestTimeline tl : timelines) {
            List<TestRun> entries = tl.entries().stream().map(e -> run(query, e, texts)).toList();
            TestRun since = tl.failingSince() == null ? null : run(query, tl.failingSince(), texts);
            out.add(new HistoryOverview.TenantTimeline(tl.tenant(), tl.tenantName(), tl.suites(), entries, since,
                    tl.streakOpen(), tl.flips(), tl.flipRate(), tl.failures()));
        }
        return new HistoryOverview.TestTimelines(testId, out, TEST_RUNS);
    }

    /** The latest {@code n} runs of all tenants, oldest first. */
    public List<RunRef> recent(HistoryQuery query, int n) {
        List<RunSummary> newest = query.newestFirst();
        List<RunRef> refs = new ArrayList<>(newest.subList(0, Math.min(n, newest.size())).stream().map(this::ref)
                .toList());
        java.util.Collections.reverse(refs);
        return refs;
    }

    private TestRun run(HistoryQuery query, TestHistoryEntry e, Map<String, String> texts) {
        String href = query.find(e.runId()).map(s -> safe(runHref.apply(s))).orElse("");
        return new TestRun(e.runId(), e.build(), e.startedAt(), e.outcome(), href, texts.getOrDefault(e.runId(), ""));
    }

    RunRef ref(RunSummary s) {
        return RunRef.of(s, safe(runHref.apply(s)));
    }

    private static String safe(String href) {
        return Html.safeUrl(Objects.requireNonNullElse(href, "")).orElse("");
    }
}
