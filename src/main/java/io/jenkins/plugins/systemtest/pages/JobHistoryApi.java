package io.jenkins.plugins.systemtest.pages;

import io.jenkins.plugins.systemtest.engine.render.HistoryOverview;
import io.jenkins.plugins.systemtest.engine.render.HistoryPageModel;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

import java.util.List;

/**
 * What {@code <job>/system-tests/api/json} (and {@code api/xml}) writes for one request: the page of runs with
 * its filters and paging, the tenant x suite matrix, the trends, the flaky tests and, with {@code test}, the
 * test's history per tenant. Made by {@link SystemTestJobAction#getApi()} after the permission check.
 */
@ExportedBean
public final class JobHistoryApi {

    private final HistoryPageModel model;
    private final HistoryOverview.Parts parts;

    JobHistoryApi(JobHistoryData.Page page) {
        this.model = page.model();
        this.parts = page.parts();
    }

    /** How many runs match the filters. */
    @Exported
    public int getTotal() {
        return model.total();
    }

    /** The page shown (1-based). */
    @Exported
    public int getPage() {
        return model.page();
    }

    @Exported
    public int getPageSize() {
        return model.pageSize();
    }

    @Exported
    public int getPages() {
        return model.pages();
    }

    /** The runs of this page, newest first. */
    @Exported(inline = true)
    public List<HistoryApiBeans.RunRow> getRuns() {
        return model.rows().stream().map(HistoryApiBeans.RunRow::new).toList();
    }

    /** Every tenant of the history. */
    @Exported(inline = true)
    public List<HistoryApiBeans.TenantRow> getTenants() {
        return model.view().filters().tenants().stream().map(HistoryApiBeans.TenantRow::new).toList();
    }

    /** The suites of the history (of the chosen tenant, when one is chosen). */
    @Exported
    public List<String> getSuites() {
        return model.view().filters().suites();
    }

    /** One row per tenant, one cell per suite: the latest run and the verdicts of the last runs. */
    @Exported(inline = true)
    public List<OverviewApiBeans.MatrixRowBean> getMatrix() {
        return parts.matrix().rows().stream().map(OverviewApiBeans.MatrixRowBean::new).toList();
    }

    /** Pass rate and duration of the last runs, per tenant. */
    @Exported(inline = true)
    public List<HistoryApiBeans.Trend> getTrends() {
        return model.view().trends().stream().map(HistoryApiBeans.Trend::new).toList();
    }

    /** The flakiest tests of the last runs. */
    @Exported(inline = true)
    public List<HistoryApiBeans.Flaky> getFlaky() {
        return model.view().flaky().stream().map(HistoryApiBeans.Flaky::new).toList();
    }

    /** The asked-for test in its last runs, oldest first; empty without {@code test}. */
    @Exported(inline = true)
    public List<HistoryApiBeans.TestRun> getTestHistory() {
        return model.view().tests().stream().flatMap(t -> t.entries().stream())
                .map(HistoryApiBeans.TestRun::new).toList();
    }

    /**
     * The asked-for test per tenant: outcomes of the latest runs, failure messages, failing since, flip rate;
     * empty without {@code test}.
     */
    @Exported(inline = true)
    public List<OverviewApiBeans.TimelineBean> getTestTimelines() {
        return parts.testTimelines() == null ? List.of() : parts.testTimelines().tenants().stream()
                .map(OverviewApiBeans.TimelineBean::new).toList();
    }

    /** The filters in effect, as given in the query string. */
    @Exported
    public String getTenant() {
        return model.request().tenant();
    }

    @Exported
    public String getSuite() {
        return model.request().suite();
    }

    @Exported
    public List<String> getVerdicts() {
        return model.request().verdicts().stream().map(Enum::name).toList();
    }

    @Exported
    public String getTest() {
        return model.request().test();
    }

    /** Query parameters that were not understood and left out. */
    @Exported
    public List<String> getProblems() {
        return model.request().problems();
    }
}
