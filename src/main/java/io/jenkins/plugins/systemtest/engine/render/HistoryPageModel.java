package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.history.HistoryRequest;

import java.util.List;
import java.util.Objects;

/**
 * One page of a job's run history as the Jenkins page, its JSON API and history.js get it: only the rows of the
 * current page, with the totals to page through the rest on the server.
 *
 * @param request      what was asked for
 * @param page         the page shown, 1 to {@code pages}
 * @param pageSize     rows per page
 * @param pages        how many pages the matching runs fill (at least 1)
 * @param total        how many runs match the filters
 * @param view         the rows of this page, trends, flaky tests and the asked-for test's history; its filters
 *                     list every tenant and suite of the history, not only those on this page
 * @param tenantCount  how many tenants the filters let through (trends are drawn for at most
 *                     {@link HistoryPageModelBuilder#MAX_TREND_TENANTS})
 */
public record HistoryPageModel(HistoryRequest request, int page, int pageSize, int pages, int total,
        HistoryView view, int tenantCount) {

    public HistoryPageModel {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(view, "view");
    }

    /** The rows of this page, newest first. */
    public List<HistoryView.Row> rows() {
        return view.runs();
    }

    /** The number of the first row on the page (1-based), or 0 when there is none. */
    public int firstRow() {
        return rows().isEmpty() ? 0 : (page - 1) * pageSize + 1;
    }
}
