package io.jenkins.plugins.systemtest.pages;

import hudson.model.Job;
import io.jenkins.plugins.systemtest.engine.history.FailureMessages;
import io.jenkins.plugins.systemtest.engine.history.HistoryQuery;
import io.jenkins.plugins.systemtest.engine.history.HistoryRequest;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.render.HistoryOverview;
import io.jenkins.plugins.systemtest.engine.render.HistoryOverviewBuilder;
import io.jenkins.plugins.systemtest.engine.render.HistoryPageJson;
import io.jenkins.plugins.systemtest.engine.render.HistoryPageModel;
import io.jenkins.plugins.systemtest.engine.render.HistoryPageModelBuilder;
import io.jenkins.plugins.systemtest.engine.render.RunSummaryHtmlRenderer;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import io.jenkins.plugins.systemtest.history.LiveRunMarkers;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a job's history index for its pages: the history page ({@code <job>/system-tests/}, its JSON API) and the
 * box on the job's main page. Only the index is read, plus, for a test's history, the records of its newest
 * failing runs (for their failure messages); builds are never loaded.
 */
final class JobHistoryData {

    /** Runs in the job page's compact trend. */
    static final int BOX_RECENT = 60;

    /**
     * One history page.
     *
     * @param model the runs, filters, paging, flaky tests
     * @param parts the matrix, trend windows and the test's history
     */
    record Page(HistoryPageModel model, HistoryOverview.Parts parts) {
    }

    private final String jobFullName;
    private final String title;
    private final JobHistory history;
    private final Clock clock;

    private final Job<?, ?> job;

    /** @param job the job, or null (tests) to leave the live-run markers alone */
    JobHistoryData(Job<?, ?> job, JobHistory history, Clock clock) {
        this(job, job.getFullName(), history, clock);
    }

    JobHistoryData(String jobFullName, JobHistory history, Clock clock) {
        this(null, jobFullName, history, clock);
    }

    private JobHistoryData(Job<?, ?> job, String jobFullName, JobHistory history, Clock clock) {
        this.job = job;
        this.jobFullName = jobFullName;
        this.title = jobFullName + " system tests";
        this.history = history;
        this.clock = clock;
    }

    /** The history page for a request; {@code trendPage} 1 is the latest window of the trend charts. */
    Page page(HistoryRequest request, int trendPage) {
        if (job != null) {
            LiveRunMarkers.settle(job, history);
        }
        HistoryQuery query = query();
        List<RunSummary> running = new ArrayList<>();
        long now = clock.millis();
        try {
            history.live().list().forEach(r -> running.add(0, r.asSummary(now)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the running system tests of " + jobFullName + ": "
                    + e.getMessage(), e);
        }
        HistoryPageModel model = new HistoryPageModelBuilder(clock).build(query, running, request, title,
                JobHistoryData::pageRunHref);
        HistoryOverviewBuilder overview = new HistoryOverviewBuilder(JobHistoryData::pageRunHref,
                (tenant, suite) -> "?" + filter(tenant, suite));
        HistoryOverview.Parts parts = new HistoryOverview.Parts(overview.matrix(query),
                overview.trends(query, request.tenant(), request.suite(), trendPage),
                request.test() == null ? null : overview.test(query, request.test(), request.tenant(),
                        request.suite(), new FailureMessages(history.records())),
                null, "");
        return new Page(model, parts);
    }

    /** The data of the job page's box, escaped for a {@code data-*} attribute. */
    String boxJson() {
        HistoryQuery query = query();
        HistoryOverviewBuilder overview = new HistoryOverviewBuilder(JobHistoryData::boxRunHref,
                (tenant, suite) -> SystemTestBuildAction.URL_NAME + "/?" + filter(tenant, suite));
        HistoryOverview.Parts parts = new HistoryOverview.Parts(overview.matrix(query), null, null,
                overview.recent(query, BOX_RECENT), SystemTestBuildAction.URL_NAME + "/");
        return new HistoryPageJson().toBoxJson(parts, clock.millis());
    }

    /** The page's data for history.js, escaped. */
    static String json(Page page) {
        return new HistoryPageJson().toJson(page.model(), page.parts());
    }

    /**
     * From {@code <job>/system-tests/} to the run's part of {@code <build>/system-tests/}, or to the build's console
     * while the run is going on.
     */
    static String pageRunHref(RunSummary run) {
        return "../" + boxRunHref(run);
    }

    /** From {@code <job>/} to the run's part of {@code <build>/system-tests/}, or to the build's console. */
    static String boxRunHref(RunSummary run) {
        if (run.verdict() == RunVerdict.RUNNING) {
            return run.build() + "/console";
        }
        return run.build() + "/" + SystemTestBuildAction.URL_NAME + "/#" + RunSummaryHtmlRenderer.anchor(run.id());
    }

    private static String filter(String tenant, String suite) {
        return "tenant=" + URLEncoder.encode(tenant, StandardCharsets.UTF_8) + "&suite="
                + URLEncoder.encode(suite, StandardCharsets.UTF_8);
    }

    private HistoryQuery query() {
        try {
            return history.query();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the system test history of " + jobFullName + ": "
                    + e.getMessage(), e);
        }
    }
}
