package io.jenkins.plugins.systemtest.engine.history;

import java.util.List;

/**
 * One page of runs, newest first.
 *
 * @param runs   the runs on this page
 * @param total  how many runs match the filter in all
 * @param offset how many matching runs come before this page
 * @param limit  the page size asked for
 */
public record HistoryPage(List<RunSummary> runs, int total, int offset, int limit) {

    public HistoryPage {
        runs = List.copyOf(runs);
    }

    /** Whether more matching runs follow this page. */
    public boolean hasMore() {
        return offset + runs.size() < total;
    }
}
