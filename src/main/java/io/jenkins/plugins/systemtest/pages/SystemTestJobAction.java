package io.jenkins.plugins.systemtest.pages;

import hudson.model.Action;
import hudson.model.Api;
import hudson.model.Item;
import hudson.model.Job;
import io.jenkins.plugins.systemtest.engine.history.HistoryQuery;
import io.jenkins.plugins.systemtest.engine.history.HistoryRequest;
import io.jenkins.plugins.systemtest.engine.history.HistoryRequestParser;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.history.LiveRunMarkers;
import io.jenkins.plugins.systemtest.engine.render.HistoryCsvWriter;
import io.jenkins.plugins.systemtest.engine.render.HistoryPageJson;
import io.jenkins.plugins.systemtest.engine.render.HistoryPageModel;
import io.jenkins.plugins.systemtest.engine.render.HistoryPageModelBuilder;
import io.jenkins.plugins.systemtest.engine.render.RunSummaryHtmlRenderer;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.Stapler;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.kohsuke.stapler.verb.GET;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The run history of a job at {@code <job>/system-tests/}: the page (index.jelly, drawn by history.js), the JSON
 * API ({@code api/json}) and the CSV export ({@code csv}). All three read the filters from the query string
 * ({@code tenant}, {@code suite}, {@code verdict}, {@code page}, {@code test}) and only the job's history index,
 * never its builds; only one page of runs is ever put into the page or the JSON. Everything needs Item.READ.
 */
@ExportedBean
public class SystemTestJobAction implements Action {

    private final Job<?, ?> job;
    private final JobHistory history;
    private String modelQuery;
    private HistoryPageModel model;

    SystemTestJobAction(Job<?, ?> job, JobHistory history) {
        this.job = job;
        this.history = history;
    }

    /** The job. */
    public Job<?, ?> getJob() {
        checkRead();
        return job;
    }

    @Override
    public String getIconFileName() {
        return "/plugin/system-test-runner/images/system-tests.svg";
    }

    @Override
    public String getDisplayName() {
        return "System Test History";
    }

    @Override
    public String getUrlName() {
        return SystemTestBuildAction.URL_NAME;
    }

    /** The remote API: {@code api/json}, {@code api/xml}. */
    public Api getApi() {
        checkRead();
        try {
            model();
        } catch (IllegalStateException e) {
            // The remote API skips a property whose getter fails: answer with the reason instead of an empty 200.
            throw HttpResponses.errorWithoutStack(503, e.getMessage());
        }
        return new Api(this);
    }

    /** How many runs match the filters. */
    @Exported
    public int getTotal() {
        return model().total();
    }

    /** The page shown (1-based). */
    @Exported
    public int getPage() {
        return model().page();
    }

    @Exported
    public int getPageSize() {
        return model().pageSize();
    }

    @Exported
    public int getPages() {
        return model().pages();
    }

    /** The runs of this page, newest first. */
    @Exported(inline = true)
    public List<HistoryApiBeans.RunRow> getRuns() {
        return model().rows().stream().map(HistoryApiBeans.RunRow::new).toList();
    }

    /** Every tenant of the history. */
    @Exported(inline = true)
    public List<HistoryApiBeans.TenantRow> getTenants() {
        return model().view().filters().tenants().stream().map(HistoryApiBeans.TenantRow::new).toList();
    }

    /** The suites of the history (of the chosen tenant, when one is chosen). */
    @Exported
    public List<String> getSuites() {
        return model().view().filters().suites();
    }

    /** Pass rate and duration of the last runs, per tenant. */
    @Exported(inline = true)
    public List<HistoryApiBeans.Trend> getTrends() {
        return model().view().trends().stream().map(HistoryApiBeans.Trend::new).toList();
    }

    /** The flakiest tests of the last runs. */
    @Exported(inline = true)
    public List<HistoryApiBeans.Flaky> getFlaky() {
        return model().view().flaky().stream().map(HistoryApiBeans.Flaky::new).toList();
    }

    /** The asked-for test in its last runs, oldest first; empty without {@code test}. */
    @Exported(inline = true)
    public List<HistoryApiBeans.TestRun> getTestHistory() {
        return model().view().tests().stream().flatMap(t -> t.entries().stream())
                .map(HistoryApiBeans.TestRun::new).toList();
    }

    /** The filters in effect, as given in the query string. */
    @Exported
    public String getTenant() {
        return model().request().tenant();
    }

    @Exported
    public String getSuite() {
        return model().request().suite();
    }

    @Exported
    public List<String> getVerdicts() {
        return model().request().verdicts().stream().map(Enum::name).toList();
    }

    @Exported
    public String getTest() {
        return model().request().test();
    }

    /** Query parameters that were not understood and left out. */
    @Exported
    public List<String> getProblems() {
        return model().request().problems();
    }

    /** The data for history.js, for the page's {@code data-history} attribute (escaped by the page). */
    public String getHistoryJson() {
        return new HistoryPageJson().toJson(model());
    }

    /** The filters as a query string ({@code ?tenant=acme&verdict=FAILED}), for the CSV and JSON links. */
    public String getFilterQuery() {
        return model().request().filterQuery(false);
    }

    /**
     * {@code csv}: every run that matches the filters, newest first, as CSV ({@link HistoryCsvWriter}). A filter
     * value that cannot be used is answered with 400 and the reason, rather than with other runs than asked for.
     */
    @GET
    public void doCsv(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        checkRead();
        HistoryRequest request = new HistoryRequestParser().parse(req.getParameterMap());
        if (!request.problems().isEmpty()) {
            rsp.sendError(400, String.join("; ", request.problems()));
            return;
        }
        HistoryQuery query = history.query();
        List<RunSummary> runs = query.page(request.filter(), 0, Integer.MAX_VALUE).runs();
        rsp.setContentType("text/csv; charset=UTF-8");
        rsp.setHeader("Content-Disposition", "attachment; filename=\"" + fileName() + "\"");
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        Writer out = new BufferedWriter(new OutputStreamWriter(rsp.getOutputStream(), StandardCharsets.UTF_8));
        new HistoryCsvWriter().write(runs, out);
    }

    /** {@code <job full name>-system-tests.csv}, with anything but letters, digits, '.', '_' and '-' as '_'. */
    private String fileName() {
        return job.getFullName().replaceAll("[^A-Za-z0-9._-]", "_") + "-system-tests.csv";
    }

    /** The page model for the current request, built once per request. */
    private synchronized HistoryPageModel model() {
        checkRead();
        StaplerRequest2 req = Stapler.getCurrentRequest2();
        Map<String, String[]> parameters = req == null ? Map.of() : req.getParameterMap();
        String key = req == null ? "" : String.valueOf(req.getQueryString());
        if (model == null || !key.equals(modelQuery)) {
            model = build(new HistoryRequestParser().parse(parameters));
            modelQuery = key;
        }
        return model;
    }

    /** The page model for a request: reads the index (rebuilt from the records when missing or broken). */
    HistoryPageModel build(HistoryRequest request) {
        LiveRunMarkers.settle(job, history);
        HistoryQuery query;
        List<RunSummary> running = new ArrayList<>();
        long now = System.currentTimeMillis();
        try {
            query = history.query();
            history.live().list().forEach(r -> running.add(0, r.asSummary(now)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the system test history of " + job.getFullName() + ": "
                    + e.getMessage(), e);
        }
        return new HistoryPageModelBuilder(Clock.systemUTC()).build(query, running, request,
                job.getFullName() + " system tests", SystemTestJobAction::runHref);
    }

    /**
     * From {@code <job>/system-tests/} to the run's part of {@code <build>/system-tests/}, or to the build's console
     * while the run is going on.
     */
    static String runHref(RunSummary run) {
        if (run.verdict() == RunVerdict.RUNNING) {
            return "../" + run.build() + "/console";
        }
        return "../" + run.build() + "/" + SystemTestBuildAction.URL_NAME + "/#"
                + RunSummaryHtmlRenderer.anchor(run.id());
    }

    private void checkRead() {
        job.checkPermission(Item.READ);
    }
}
