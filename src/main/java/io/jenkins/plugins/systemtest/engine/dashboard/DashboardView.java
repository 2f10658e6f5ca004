package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

import java.util.List;

/**
 * What the dashboard page shows: one row per tenant (the broken ones first), one cell per job and suite where the
 * tenant ran, and the choices of the filters. Only jobs the reader may see are in it.
 *
 * @param request  the filters in effect
 * @param rows     the tenants, the worst latest verdict first, then by key
 * @param tenants  every tenant the reader can see (for the tenant filter), by key
 * @param folders  every folder holding a job the reader can see (for the folder filter), by name
 * @param jobs     how many jobs the rows cover
 * @param broken   how many of the rows have a latest verdict other than PASSED
 * @param problems the filters' problems and anything that kept the summary from being complete
 */
public record DashboardView(DashboardRequest request, List<TenantRow> rows, List<TenantOption> tenants,
        List<String> folders, int jobs, int broken, List<String> problems) {

    /** A tenant, for the filter: key and display name. */
    public record TenantOption(String key, String name) {
    }

    /**
     * One tenant's row.
     *
     * @param tenant the key
     * @param name   the display name (of its latest run)
     * @param worst  the worst latest verdict of its cells
     * @param href   its tenant page
     * @param cells  one per job and suite, by job and suite
     */
    public record TenantRow(String tenant, String name, RunVerdict worst, String href, List<Cell> cells) {
    }

    /**
     * A job and suite where a tenant ran: its latest run and the strip of the runs before.
     *
     * @param job         the job's full name
     * @param suite       the suite
     * @param tenant      the tenant key
     * @param tenantName  the tenant's display name
     * @param latest      the latest run
     * @param strip       the latest runs, oldest first (the last is {@code latest}); {@link #runHref(RunMark)} links
     *                    each
     * @param age         how long ago the latest run ended ({@code 3 h}, {@code 2 days})
     * @param jobHref     the job's page
     * @param runHref     the latest run's part of its build page
     * @param historyHref the job's run history filtered to the tenant
     */
    public record Cell(String job, String suite, String tenant, String tenantName, RunMark latest,
            List<RunMark> strip, String age, String jobHref, String runHref, String historyHref) {

        /** The link to a run of this job: its part of its build's system test page. */
        public String runHref(RunMark run) {
            return DashboardLinks.runFrom(jobHref, run);
        }
    }
}
