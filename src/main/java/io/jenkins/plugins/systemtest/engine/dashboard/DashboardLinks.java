package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.render.RunSummaryHtmlRenderer;

import java.nio.charset.StandardCharsets;

/**
 * The links of the dashboard's pages, relative to the page they are on: to a job (from its full name, each name
 * encoded as Jenkins encodes it in URLs), to a run's part of its build page, to the job's run history filtered to
 * the tenant, and to a tenant's page.
 *
 * @param root      from the page to Jenkins' root ({@code ../} on {@code system-tests/})
 * @param dashboard from the page to the dashboard ({@code ./} on the dashboard, {@code ../../} on a tenant page)
 */
public record DashboardLinks(String root, String dashboard) {

    /** The links of the dashboard page at {@code <jenkins>/system-tests/}. */
    public static final DashboardLinks DASHBOARD = new DashboardLinks("../", "");
    /** The links of a tenant page at {@code <jenkins>/system-tests/tenant/<key>/}. */
    public static final DashboardLinks TENANT = new DashboardLinks("../../../", "../../");

    /** The job's page: {@code job/team/job/shop/}. */
    public String job(String fullName) {
        StringBuilder sb = new StringBuilder(root);
        for (String name : fullName.split("/")) {
            sb.append("job/").append(encode(name)).append('/');
        }
        return sb.toString();
    }

    /** The run's part of its build's system test page. */
    public String run(String job, RunMark run) {
        return runFrom(job(job), run);
    }

    /** The run's part of its build's system test page, from the job's link. */
    static String runFrom(String jobHref, RunMark run) {
        return jobHref + run.build() + "/system-tests/#" + RunSummaryHtmlRenderer.anchor(run.id());
    }

    /** The job's run history, filtered to one tenant. */
    public String history(String job, String tenant) {
        return job(job) + "system-tests/?tenant=" + DashboardRequest.encode(tenant);
    }

    /** A tenant's page. */
    public String tenant(String tenant) {
        return dashboard + "tenant/" + encode(tenant) + "/";
    }

    /** Percent-encodes everything but letters, digits and {@code -._~}, as UTF-8. */
    static String encode(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
