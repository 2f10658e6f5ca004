package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.history.FlakyTest;
import io.jenkins.plugins.systemtest.engine.history.HistoryPage;
import io.jenkins.plugins.systemtest.engine.history.HistoryQuery;
import io.jenkins.plugins.systemtest.engine.history.HistoryRequest;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.history.TestHistoryEntry;
import io.jenkins.plugins.systemtest.engine.history.TrendPoint;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds a {@link HistoryPageModel} from a job's {@link HistoryQuery}. The work is bounded by what the page shows,
 * not by the size of the history: one page of rows, the last {@link #TREND_POINTS} runs of at most
 * {@link #MAX_TREND_TENANTS} tenants, flaky tests over the last {@link #FLAKY_WINDOW} runs, and the asked-for
 * test over its last {@link #TEST_RUNS} runs (a verdict filter scans the runs of the chosen tenant and suite once).
 */
public final class HistoryPageModelBuilder {

    /** Rows per page. */
    public static final int PAGE_SIZE = 50;
    /** Runs per trend. */
    public static final int TREND_POINTS = 50;
    /** Trends drawn when no tenant is chosen. */
    public static final int MAX_TREND_TENANTS = 24;
    /** Runs looked at for flaky tests. */
    public static final int FLAKY_WINDOW = 200;
    /** Flaky tests listed. */
    public static final int MAX_FLAKY = 25;
    /** Runs in a test's history. */
    public static final int TEST_RUNS = 100;

    private final HistoryViewFactory views;

    public HistoryPageModelBuilder(Clock clock) {
        this.views = new HistoryViewFactory(clock);
    }

    /**
     * The page.
     *
     * @param query       the job's history
     * @param request     the filters, page and test asked for; a page past the last shows the last
     * @param title       the title for the data
     * @param summaryHref the link from the page to a run's view, or empty for none
     */
    public HistoryPageModel build(HistoryQuery query, HistoryRequest request, String title,
            Function<RunSummary, String> summaryHref) {
        return build(query, List.of(), request, title, summaryHref);
    }

    /**
     * The page, with the runs going on now ({@code RUNNING}, never in the index) first on page 1 when the filters
     * let them through; they count in the total.
     *
     * @param running the runs going on now, as RUNNING summaries, newest first
     */
    public HistoryPageModel build(HistoryQuery query, List<RunSummary> running, HistoryRequest request, String title,
            Function<RunSummary, String> summaryHref) {
        Objects.requireNonNull(query, "query");
        HistoryPage rows = query.page(request.filter(), offset(request.page()), PAGE_SIZE);
        List<RunSummary> live = running.stream().filter(r -> shown(r, request)).toList();
        int total = rows.total() + live.size();
        int pages = Math.max(1, (int) ((total + (long) PAGE_SIZE - 1) / PAGE_SIZE));
        int page = Math.min(request.page(), pages);
        if (page != request.page()) {
            rows = query.page(request.filter(), offset(page), PAGE_SIZE);
        }
        List<String> tenants = request.tenant() != null ? List.of(request.tenant()) : query.tenants();
        Map<String, List<TrendPoint>> trends = new LinkedHashMap<>();
        for (String tenant : tenants.subList(0, Math.min(tenants.size(), MAX_TREND_TENANTS))) {
            List<TrendPoint> points = query.trend(tenant, request.suite(), TREND_POINTS);
            if (!points.isEmpty()) {
                trends.put(tenant, points);
            }
        }
        List<FlakyTest> flaky = query.flakyTests(FLAKY_WINDOW, request.tenant(), MAX_FLAKY);
        Map<String, List<TestHistoryEntry>> tests = request.test() == null ? Map.of()
                : Map.of(request.test(), query.testHistory(request.test(), TEST_RUNS, request.tenant(),
                        request.suite()));
        List<RunSummary> shownRows = rows.runs();
        if (page == 1 && !live.isEmpty()) {
            shownRows = new ArrayList<>(live);
            shownRows.addAll(rows.runs());
        }
        HistoryView view = views.create(title, shownRows, trends, flaky, tests, summaryHref);
        List<HistoryView.Tenant> allTenants = new ArrayList<>();
        query.tenantNames().forEach((key, name) -> allTenants.add(new HistoryView.Tenant(key, name)));
        List<String> suites = request.tenant() == null ? query.suites() : query.suites(request.tenant());
        HistoryView.Filters filters = new HistoryView.Filters(allTenants, suites, List.of(RunVerdict.values()));
        HistoryView withAllFilters = new HistoryView(view.version(), view.title(), view.generatedAt(), filters,
                view.runs(), view.trends(), view.flaky(), view.tests());
        return new HistoryPageModel(request.withPage(page), page, PAGE_SIZE, pages, total, withAllFilters,
                tenants.size());
    }

    private static boolean shown(RunSummary run, HistoryRequest request) {
        return (request.tenant() == null || request.tenant().equals(run.tenant()))
                && (request.suite() == null || request.suite().equals(run.suite()))
                && (request.verdicts().isEmpty() || request.verdicts().contains(run.verdict()));
    }

    private static int offset(int page) {
        return (int) Math.min(Integer.MAX_VALUE, (page - 1L) * PAGE_SIZE);
    }
}
