package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.history.FittedAxis;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.util.List;

/**
 * The overview parts of the history page and of the job page's box, as plain data for history.js (contract
 * version 1, optional fields {@code matrix}, {@code trendWindows}, {@code testTimelines}; see docs/pages.md):
 * the tenant x suite matrix, the trend windows per tenant and the asked-for test's history per tenant. Every
 * link is relative to the page that shows it and has passed {@link Html#safeUrl}.
 */
public final class HistoryOverview {

    private HistoryOverview() {
    }

    /**
     * What a page carries besides the runs; any part may be null when the page does not show it.
     *
     * @param matrix        the tenant x suite matrix
     * @param trendWindows  the trend charts' windows
     * @param testTimelines the asked-for test's history
     * @param recent        the latest runs of all tenants, oldest first (the job page's compact trend)
     * @param historyHref   the link to the full history page, or empty
     */
    public record Parts(Matrix matrix, TrendWindows trendWindows, TestTimelines testTimelines, List<RunRef> recent,
            String historyHref) {
    }

    /**
     * One run, as the overview shows it.
     *
     * @param id             the run record's id
     * @param build          its build number
     * @param tenant         its tenant key
     * @param suite          its suite
     * @param verdict        its verdict
     * @param passRate       percent, -1 when no test ran
     * @param failed         failed tests
     * @param errors         tests in error
     * @param flaky          flaky tests
     * @param total          all tests
     * @param startedAt      epoch milliseconds
     * @param durationMillis how long it took
     * @param href           the run's page, or empty
     */
    public record RunRef(String id, long build, String tenant, String suite, RunVerdict verdict, double passRate,
            int failed, int errors, int flaky, int total, long startedAt, long durationMillis, String href) {

        static RunRef of(RunSummary s, String href) {
            return new RunRef(s.id(), s.build(), s.tenant(), s.suite(), s.verdict(), s.passRate(),
                    s.counts().failed(), s.counts().errors(), s.counts().flaky(), s.counts().total(), s.startedAt(),
                    s.durationMillis(), href);
        }
    }

    /**
     * One run of a matrix cell's strip: only what its square and tooltip need, to keep the job page light.
     *
     * @param build     its build number
     * @param verdict   its verdict
     * @param passRate  percent, -1 when no test ran
     * @param failed    failed tests
     * @param errors    tests in error
     * @param flaky     flaky tests
     * @param startedAt epoch milliseconds
     * @param href      the run's page, or empty
     */
    public record StripRef(long build, RunVerdict verdict, double passRate, int failed, int errors, int flaky,
            long startedAt, String href) {

        static StripRef of(RunSummary s, String href) {
            return new StripRef(s.build(), s.verdict(), s.passRate(), s.counts().failed(), s.counts().errors(),
                    s.counts().flaky(), s.startedAt(), href);
        }
    }

    /**
     * The matrix.
     *
     * @param suites the columns
     * @param rows   one per tenant, broken ones first
     * @param cut    tenants left out
     */
    public record Matrix(List<String> suites, List<MatrixRow> rows, int cut) {
    }

    /**
     * A tenant's row.
     *
     * @param tenant     the key
     * @param tenantName the display name
     * @param broken     whether the latest run of some suite failed, hit an infrastructure error or found no tests
     * @param cells      one per suite, in the order of the columns
     */
    public record MatrixRow(String tenant, String tenantName, boolean broken, List<MatrixCell> cells) {
    }

    /**
     * A tenant and suite.
     *
     * @param suite       the suite
     * @param latest      the latest run, or null when the tenant never ran the suite
     * @param strip       the last runs, oldest first
     * @param historyHref the history page filtered to this tenant and suite
     */
    public record MatrixCell(String suite, RunRef latest, List<StripRef> strip, String historyHref) {
    }

    /**
     * The trend charts: one window of runs per tenant.
     *
     * @param page   the window shown: 1 for the latest runs, 2 for those before, ...
     * @param size   runs per window
     * @param pages  how many windows the tenant with the most runs fills
     * @param series one per tenant
     */
    public record TrendWindows(int page, int size, int pages, List<TrendSeries> series) {
    }

    /**
     * One tenant's runs in the window.
     *
     * @param tenant     the key
     * @param tenantName the display name
     * @param total      the tenant's runs in all
     * @param axis       the pass-rate axis fitted to the window
     * @param points     the runs, oldest first
     */
    public record TrendSeries(String tenant, String tenantName, int total, FittedAxis axis, List<RunRef> points) {
    }

    /**
     * The asked-for test's history.
     *
     * @param testId  the test
     * @param tenants one timeline per tenant whose runs list the test
     * @param runs    how many runs each timeline shows at most
     */
    public record TestTimelines(String testId, List<TenantTimeline> tenants, int runs) {
    }

    /**
     * The test for one tenant.
     *
     * @param tenant       the key
     * @param tenantName   the display name
     * @param suites       the suites looked at
     * @param entries      the test in each run, oldest first
     * @param failingSince the first run of the current failure streak, or null when the latest run did not fail
     * @param streakOpen   whether the streak goes back beyond the runs shown
     * @param flips        changes between passing and failing
     * @param flipRate     flips per pair of consecutive runs, 0 to 1
     * @param failures     failing runs
     */
    public record TenantTimeline(String tenant, String tenantName, List<String> suites, List<TestRun> entries,
            TestRun failingSince, boolean streakOpen, int flips, double flipRate, int failures) {
    }

    /**
     * The test in one run.
     *
     * @param runId     the run
     * @param build     its build
     * @param startedAt epoch milliseconds
     * @param outcome   the test's outcome
     * @param href      the run's page, or empty
     * @param message   the failure message (from the run record) when it failed and the message was read, or
     *                  empty
     */
    public record TestRun(String runId, long build, long startedAt, TestOutcome outcome, String href,
            String message) {
    }
}
