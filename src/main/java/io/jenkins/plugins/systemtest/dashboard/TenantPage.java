package io.jenkins.plugins.systemtest.dashboard;

import hudson.model.ModelObject;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardCsv;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardHtml;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardJson;
import io.jenkins.plugins.systemtest.engine.dashboard.TenantView;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.GET;

import java.io.IOException;

/**
 * A tenant's page at {@code <jenkins>/system-tests/tenant/<key>/}: its jobs and suites, its latest failures grouped
 * by cause across jobs and its trend, with {@code api/json} and {@code csv}. Made by {@link SystemTestDashboard}
 * for the current user only (it holds nothing the user may not read).
 */
public class TenantPage implements ModelObject {

    private final TenantView view;

    TenantPage(TenantView view) {
        this.view = view;
    }

    /** The tenant's key. */
    public String getTenant() {
        return view.tenant();
    }

    /** The tenant's display name. */
    public String getName() {
        return view.name();
    }

    @Override
    public String getDisplayName() {
        return view.name();
    }

    /** The page's body (escaped by the engine). */
    public String getFragmentHtml() {
        return new DashboardHtml().tenant(view);
    }

    /** {@code api/json}. */
    public DashboardApi getApi() {
        return new DashboardApi(() -> new DashboardJson().toJson(view));
    }

    /** {@code csv}: the tenant's jobs and suites. */
    @GET
    public void doCsv(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        String file = "system-tests-" + view.tenant().replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
        DashboardApi.csv(rsp, file, out -> new DashboardCsv().write(view, out));
    }

    /** The view, for tests. */
    TenantView view() {
        return view;
    }
}
