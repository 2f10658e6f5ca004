package io.jenkins.plugins.systemtest.engine.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A window of one tenant's runs for the trend charts: the latest {@code size} runs, or an older window when paged
 * back, oldest first, with the pass-rate axis fitted to the runs in it. Costs what it returns.
 *
 * @param tenant     the tenant key
 * @param tenantName its display name
 * @param runs       the runs in the window, oldest first
 * @param axis       the pass-rate axis fitted to those runs
 * @param total      how many runs the tenant has (for the chosen suite, when one is chosen)
 */
public record TrendWindow(String tenant, String tenantName, List<RunSummary> runs, FittedAxis axis, int total) {

    public TrendWindow {
        runs = List.copyOf(runs);
    }

    /**
     * The window of one tenant.
     *
     * @param suite  one suite, or null for all the tenant's suites
     * @param page   1 for the latest {@code size} runs, 2 for the {@code size} before them, and so on
     * @param size   runs per window
     */
    public static TrendWindow of(HistoryQuery query, String tenant, String suite, int page, int size) {
        HistoryPage window = query.page(HistoryFilter.ALL.withTenant(tenant).withSuite(suite),
                (int) Math.min(Integer.MAX_VALUE, (Math.max(1, page) - 1L) * size), size);
        List<RunSummary> runs = new ArrayList<>(window.runs());
        Collections.reverse(runs);
        double[] rates = runs.stream().mapToDouble(RunSummary::passRate).filter(r -> r >= 0).toArray();
        String name = query.tenantNames().getOrDefault(tenant, tenant);
        return new TrendWindow(tenant, name, runs, FittedAxis.ofPercent(rates), window.total());
    }

    /** How many windows the tenant's runs fill (at least 1). */
    public int pages(int size) {
        return Math.max(1, (total + size - 1) / size);
    }
}
