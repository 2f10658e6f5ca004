package io.jenkins.plugins.systemtest.dashboard;

import io.jenkins.plugins.systemtest.pages.SystemTestBuildAction;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.RootAction;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardCsv;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardHtml;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardJson;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardQuery;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardRequest;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardView;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.Stapler;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.GET;

import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Jenkins-wide dashboard at {@code <jenkins>/system-tests/}, with its link in Jenkins' header: every
 * tenant's latest verdict in every job (and suite) the reader may see. The page, {@code api/json} and {@code csv}
 * read the filters from the query string ({@code tenant}, {@code verdict}, {@code folder}) and only the dashboard
 * summary, never a build or a job's history. A tenant's page is {@code tenant/<key>/} ({@link TenantPage}).
 * Every answer is computed for the current user: jobs without Item.READ (or in folders without it) are left out.
 */
@Extension
public class SystemTestDashboard implements RootAction {

    /** The URL below Jenkins' root. */
    public static final String URL_NAME = "system-tests";

    private final Supplier<Collection<? extends Item>> roots;
    private final Supplier<DashboardService> service;
    private final Clock clock;
    private final Supplier<Map<String, String[]>> parameters;

    public SystemTestDashboard() {
        this(() -> Jenkins.get().getItems(), DashboardService::get, Clock.systemUTC(),
                SystemTestDashboard::currentParameters);
    }

    /** For tests: the top-level items, the service, the clock and the query parameters to use. */
    SystemTestDashboard(Supplier<Collection<? extends Item>> roots, Supplier<DashboardService> service, Clock clock,
            Supplier<Map<String, String[]>> parameters) {
        this.roots = roots;
        this.service = service;
        this.clock = clock;
        this.parameters = parameters;
    }

    @Override
    public String getIconFileName() {
        return SystemTestBuildAction.ICON;
    }

    @Override
    public String getDisplayName() {
        return "System Tests";
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** Shown as its own icon in Jenkins' header, not only in the header's menu: it is where one looks first. */
    @Override
    public boolean isPrimaryAction() {
        return true;
    }

    /** The query for the current user: the summary now, restricted to the jobs the user may read. */
    DashboardQuery query() {
        Set<String> readable = JobWalk.readableJobs(roots.get());
        return new DashboardQuery(service.get().store().summary(), readable::contains, clock);
    }

    /** The dashboard for these filters and the current user. */
    DashboardView view(DashboardRequest request) {
        DashboardView view = query().dashboard(request);
        if (service.get().isOpened()) {
            return view;
        }
        List<String> problems = new java.util.ArrayList<>(view.problems());
        problems.add("The summary is still being computed since Jenkins started; some jobs may be missing.");
        return new DashboardView(view.request(), view.rows(), view.tenants(), view.folders(), view.jobs(),
                view.broken(), problems);
    }

    /** The page's body for the current request (escaped by the engine). */
    public String getFragmentHtml() {
        return new DashboardHtml().dashboard(view(request()));
    }

    /** The filters as a query string, for the CSV and JSON links. */
    public String getFilterQuery() {
        return request().query();
    }

    /** {@code api/json}. */
    public DashboardApi getApi() {
        return new DashboardApi(() -> new DashboardJson().toJson(view(request())));
    }

    /** {@code csv}: the cells of the dashboard with the filters applied. */
    @GET
    public void doCsv(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        DashboardView view = view(DashboardRequest.parse(req.getParameterMap()));
        DashboardApi.csv(rsp, "system-tests-dashboard.csv", out -> new DashboardCsv().write(view, out));
    }

    /** {@code tenant/<key>/}: the tenant's page, or 404 when the user can see no run of it. */
    public TenantPage getTenant(String key) {
        return query().tenant(key).map(TenantPage::new).orElseThrow(HttpResponses::notFound);
    }

    private DashboardRequest request() {
        return DashboardRequest.parse(parameters.get());
    }

    private static Map<String, String[]> currentParameters() {
        StaplerRequest2 req = Stapler.getCurrentRequest2();
        return req == null ? Map.of() : req.getParameterMap();
    }
}
