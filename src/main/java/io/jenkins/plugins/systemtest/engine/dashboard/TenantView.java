package io.jenkins.plugins.systemtest.engine.dashboard;

import java.util.List;

/**
 * What a tenant's page shows: every job and suite where it ran (as cells of the dashboard), the causes of failure
 * of its latest runs grouped across jobs, and its trend. Only jobs the reader may see are in it.
 *
 * @param tenant   the key
 * @param name     the display name
 * @param cells    one per job and suite, the worst latest verdict first
 * @param causes   the causes of its latest failures, one per signature across all jobs, the most widespread first
 * @param trend    its runs of all jobs and suites, oldest first, at most {@link #TREND} (the latest of each)
 * @param problems anything that kept the summary from being complete
 */
public record TenantView(String tenant, String name, List<DashboardView.Cell> cells, List<CauseRow> causes,
        List<TrendPoint> trend, List<String> problems) {

    /** How many runs the trend shows. */
    public static final int TREND = 40;

    /**
     * One cause of failure, across jobs.
     *
     * @param signature the normalised signature
     * @param category  its category
     * @param message   the message of its first failure
     * @param tests     how many tests failed this way, summed over the runs
     * @param examples  a few of their ids
     * @param where     each job and suite whose latest run failed this way
     */
    public record CauseRow(String signature, String category, String message, int tests, List<String> examples,
            List<Where> where) {
    }

    /** A job and suite whose latest run failed with a cause, and the link to that run. */
    public record Where(String job, String suite, String jobHref, String runHref) {
    }

    /** One run in the trend. */
    public record TrendPoint(String job, String suite, RunMark run, String href) {
    }
}
