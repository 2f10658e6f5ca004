package io.jenkins.plugins.systemtest.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.model.Action;
import hudson.model.Api;
import hudson.model.Item;
import hudson.model.Job;
import io.jenkins.plugins.systemtest.engine.history.HistoryQuery;
import io.jenkins.plugins.systemtest.engine.history.HistoryRequest;
import io.jenkins.plugins.systemtest.engine.history.HistoryRequestParser;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.history.TestNameSuggester;
import io.jenkins.plugins.systemtest.engine.render.HistoryCsvWriter;
import io.jenkins.plugins.systemtest.engine.render.HistoryJson;
import io.jenkins.plugins.systemtest.engine.render.HistoryPageModel;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.Stapler;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.GET;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The run history of a job at {@code <job>/system-tests/}: the page (index.jelly, drawn by history.js), the box on
 * the job's main page (jobMain.jelly), the JSON API ({@code api/json}, see {@link JobHistoryApi}), the CSV export
 * ({@code csv}) and the test-name suggestions ({@code testNames?q=}). They read the filters from the query string
 * ({@code tenant}, {@code suite}, {@code verdict}, {@code page}, {@code test}, {@code trendPage}) and only the
 * job's history index (a test's history also reads the records of its newest failing runs for their messages),
 * never its builds; only one page of runs is ever put into the page or the JSON. Everything needs Item.READ.
 */
public class SystemTestJobAction implements Action {

    private final Job<?, ?> job;
    private final JobHistory history;
    /** Suggestions per answer of {@code testNames}. */
    static final int MAX_SUGGESTIONS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JobHistoryData data;
    private String pageQuery;
    private JobHistoryData.Page page;
    private String boxProblem;

    SystemTestJobAction(Job<?, ?> job, JobHistory history) {
        this.job = job;
        this.history = history;
        this.data = new JobHistoryData(job, history, Clock.systemUTC());
    }

    /** The job. */
    public Job<?, ?> getJob() {
        checkRead();
        return job;
    }

    @Override
    public String getIconFileName() {
        return SystemTestBuildAction.ICON;
    }

    @Override
    public String getDisplayName() {
        return "System Test History";
    }

    @Override
    public String getUrlName() {
        return SystemTestBuildAction.URL_NAME;
    }

    /** The remote API: {@code api/json}, {@code api/xml}; see {@link JobHistoryApi}. */
    public Api getApi() {
        checkRead();
        try {
            return new Api(new JobHistoryApi(page()));
        } catch (IllegalStateException e) {
            // The remote API skips a property whose getter fails: answer with the reason instead of an empty 200.
            throw HttpResponses.errorWithoutStack(503, e.getMessage());
        }
    }

    /** The filters in effect, as given in the query string. */
    public String getTenant() {
        return page().model().request().tenant();
    }

    public String getSuite() {
        return page().model().request().suite();
    }

    public List<String> getVerdicts() {
        return page().model().request().verdicts().stream().map(Enum::name).toList();
    }

    public String getTest() {
        return page().model().request().test();
    }

    /** Query parameters that were not understood and left out. */
    public List<String> getProblems() {
        return page().model().request().problems();
    }

    /** The data for history.js, for the page's {@code data-history} attribute (escaped by the page). */
    public String getHistoryJson() {
        return JobHistoryData.json(page());
    }

    /**
     * The data of the box on the job's main page ({@code jobMain.jelly}): the tenant x suite matrix and the latest
     * runs, from the index only; empty with the reason in {@link #getBoxProblem()} when the index cannot be read.
     */
    public String getBoxJson() {
        checkRead();
        try {
            return data.boxJson();
        } catch (IllegalStateException e) {
            boxProblem = e.getMessage();
            return "";
        }
    }

    /** Why the box could not be drawn, or null. */
    public String getBoxProblem() {
        return boxProblem;
    }

    /**
     * {@code testNames?q=}: up to {@value #MAX_SUGGESTIONS} test ids of the history that contain {@code q}, as a
     * JSON array of strings, for the test field's suggestions; see {@link TestNameSuggester}.
     */
    @GET
    public void doTestNames(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        checkRead();
        HistoryQuery query;
        try {
            query = history.query();
        } catch (IOException e) {
            rsp.sendError(503, "Cannot read the system test history: " + e.getMessage());
            return;
        }
        List<String> names = TestNameSuggester.suggest(query, req.getParameter("q"), MAX_SUGGESTIONS);
        rsp.setContentType("application/json; charset=UTF-8");
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        rsp.setHeader("Cache-Control", "no-store");
        Writer out = new BufferedWriter(new OutputStreamWriter(rsp.getOutputStream(), StandardCharsets.UTF_8));
        out.write(HistoryJson.escapeForScript(JSON.writeValueAsString(names)));
        out.flush();
    }

    /** The filters as a query string ({@code ?tenant=acme&verdict=FAILED}), for the CSV and JSON links. */
    public String getFilterQuery() {
        return page().model().request().filterQuery(false);
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

    /** The page for the current request, built once per request. */
    private synchronized JobHistoryData.Page page() {
        checkRead();
        StaplerRequest2 req = Stapler.getCurrentRequest2();
        Map<String, String[]> parameters = req == null ? Map.of() : req.getParameterMap();
        String key = req == null ? "" : String.valueOf(req.getQueryString());
        if (page == null || !key.equals(pageQuery)) {
            page = data.page(new HistoryRequestParser().parse(parameters), trendPage(parameters));
            pageQuery = key;
        }
        return page;
    }

    /** The page model for a request (no trend paging). */
    HistoryPageModel build(HistoryRequest request) {
        return data.page(request, 1).model();
    }

    /** The {@code trendPage} parameter: 1 (the latest runs) unless a whole number from 1 to 1,000,000 is given. */
    static int trendPage(Map<String, String[]> parameters) {
        String[] values = parameters.get("trendPage");
        if (values == null || values.length == 0 || !values[0].matches("[1-9][0-9]{0,5}")) {
            return 1;
        }
        return Integer.parseInt(values[0]);
    }

    /**
     * From {@code <job>/system-tests/} to the run's part of {@code <build>/system-tests/}, or to the build's console
     * while the run is going on.
     */
    static String runHref(RunSummary run) {
        return JobHistoryData.pageRunHref(run);
    }

    private void checkRead() {
        job.checkPermission(Item.READ);
    }
}
