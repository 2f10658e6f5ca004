package io.jenkins.plugins.systemtest.engine.cli;

import io.jenkins.plugins.systemtest.engine.history.FlakyTest;
import io.jenkins.plugins.systemtest.engine.history.HistoryQuery;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.history.TestHistoryEntry;
import io.jenkins.plugins.systemtest.engine.history.TrendPoint;
import io.jenkins.plugins.systemtest.engine.render.HistoryPageWriter;
import io.jenkins.plugins.systemtest.engine.render.HistoryView;
import io.jenkins.plugins.systemtest.engine.render.HistoryViewFactory;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the command line's static history page (HTML, script, stylesheet and JSON data) for an output directory,
 * from the same queries and view model the Jenkins job page uses. Runs marked running are listed first, RUNNING.
 */
public final class HistoryPagePublisher {

    static final int TREND_RUNS = 50;
    static final int FLAKY_RUNS = 200;
    static final int FLAKY_LIMIT = 20;
    static final int TEST_HISTORY_RUNS = 30;

    private final Clock clock;

    public HistoryPagePublisher(Clock clock) {
        this.clock = clock;
    }

    /** Writes the page into the history directory and returns the page's path. */
    public Path publish(JobHistory history, String title) throws IOException {
        HistoryQuery query = history.query();
        Map<String, List<TrendPoint>> trends = new LinkedHashMap<>();
        for (String tenant : query.tenants()) {
            trends.put(tenant, query.trend(tenant, null, TREND_RUNS));
        }
        List<FlakyTest> flaky = query.flakyTests(FLAKY_RUNS, null, FLAKY_LIMIT);
        Map<String, List<TestHistoryEntry>> perTest = new LinkedHashMap<>();
        for (FlakyTest f : flaky) {
            perTest.put(f.testId(), query.testHistory(f.testId(), TEST_HISTORY_RUNS, null));
        }
        List<RunSummary> rows = new ArrayList<>();
        long now = clock.millis();
        history.live().list().forEach(r -> rows.add(0, r.asSummary(now)));
        rows.addAll(query.newestFirst());
        HistoryView view = new HistoryViewFactory(clock).create(title, rows, trends, flaky, perTest,
                r -> r.verdict() == RunVerdict.RUNNING ? "" : LocalRun.RUNS + "/" + r.id() + "/" + LocalRun.SUMMARY);
        new HistoryPageWriter().write(view, history.directory());
        return history.directory().resolve(HistoryPageWriter.PAGE);
    }
}
