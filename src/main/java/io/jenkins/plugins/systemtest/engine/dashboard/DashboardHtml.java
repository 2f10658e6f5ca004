package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.render.Formats;
import io.jenkins.plugins.systemtest.engine.render.Html;
import io.jenkins.plugins.systemtest.engine.render.RunSummaryHtmlRenderer;

import java.util.List;
import java.util.Locale;

/**
 * The HTML of the dashboard and of a tenant's page, as fragments for the Jelly pages (which add Jenkins' layout).
 * Every value is escaped here ({@link Html}); no script, no handler, no style attribute: colours and bar heights
 * come from classes of {@code dashboard.css}. Without JavaScript everything works (the filters are a GET form).
 */
public final class DashboardHtml {

    /**
     * The most job-and-suite lines the dashboard page shows; the rest are counted (the CSV and JSON have them all).
     * Without a tenant or verdict filter and above {@link #FOLD_ABOVE} lines, the passing lines of each tenant are
     * folded into one line that links to its page.
     */
    static final int MAX_CELLS = 300;
    /** Above this many lines, an unfiltered dashboard folds the passing lines of each tenant. */
    static final int FOLD_ABOVE = 100;

    /** The longest name (job, tenant, suite) shown; longer ones end with an ellipsis. */
    static final int MAX_NAME = 200;

    /** The dashboard's fragment. */
    public String dashboard(DashboardView view) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<div class=\"st-dash\" id=\"system-tests-dashboard\">\n");
        problems(view.problems(), out);
        filters(view, out);
        out.append("<p class=\"st-dash-count\">").append(view.broken()).append(" of ").append(view.rows().size())
                .append(view.rows().size() == 1 ? " tenant" : " tenants").append(" not passing in ")
                .append(view.jobs()).append(view.jobs() == 1 ? " job" : " jobs").append("</p>\n");
        if (view.rows().isEmpty()) {
            out.append("<p class=\"st-note\">No system test run matches")
                    .append(view.request().query().isEmpty() ? " (or none that you may see)." : " these filters.")
                    .append("</p>\n</div>\n");
            return out.toString();
        }
        int lines = view.rows().stream().mapToInt(r -> r.cells().size()).sum();
        boolean collapse = lines > FOLD_ABOVE && view.request().tenant() == null
                && view.request().verdicts().isEmpty();
        int budget = MAX_CELLS;
        int left = 0;
        out.append("<table class=\"jenkins-table st-dash-table\"><thead><tr><th class=\"st-dash-tenant\">Tenant</th>")
                .append(cellHeaders(true)).append("</tr></thead>\n");
        for (DashboardView.TenantRow row : view.rows()) {
            List<DashboardView.Cell> shown = collapse ? row.cells().stream()
                    .filter(c -> c.latest().verdict() != RunVerdict.PASSED).toList() : row.cells();
            if (shown.size() > budget) {
                left += shown.size() - budget;
                shown = shown.subList(0, budget);
            }
            budget -= shown.size();
            int folded = row.cells().size() - shown.size();
            out.append("<tbody class=\"st-dash-group\">");
            out.append("<tr><th scope=\"rowgroup\" class=\"st-dash-tenant\" rowspan=\"")
                    .append(shown.size() + (folded > 0 ? 1 : 0)).append("\"><a class=\"st-dash-tenant-name\" href=\"")
                    .append(Html.href(row.href())).append("\">").append(text(row.name())).append("</a>");
            if (!row.name().equals(row.tenant())) {
                out.append(" <span class=\"st-tenant-key\">").append(text(row.tenant())).append("</span>");
            }
            out.append("</th>");
            for (int i = 0; i < shown.size(); i++) {
                if (i > 0) {
                    out.append("<tr>");
                }
                cell(shown.get(i), true, out);
                out.append("</tr>\n");
            }
            if (folded > 0) {
                if (!shown.isEmpty()) {
                    out.append("<tr>");
                }
                boolean passing = collapse && folded == row.cells().size() - nonPassing(row);
                out.append("<td class=\"st-dash-folded\" colspan=\"7\"><a href=\"").append(Html.href(row.href()))
                        .append("\">").append(folded).append(shown.isEmpty() ? "" : " more")
                        .append(folded == 1 ? " job and suite" : " jobs and suites")
                        .append(passing ? (shown.isEmpty() ? ", all passing" : " passing") : "").append("</a></td></tr>\n");
            }
            out.append("</tbody>\n");
        }
        out.append("</table>\n");
        if (left > 0) {
            out.append("<p class=\"st-note\">").append(left).append(" more lines are left out of this page; choose a")
                    .append(" tenant, verdict or folder, or download the CSV.</p>\n");
        }
        out.append("</div>\n");
        return out.toString();
    }

    private static int nonPassing(DashboardView.TenantRow row) {
        return (int) row.cells().stream().filter(c -> c.latest().verdict() != RunVerdict.PASSED).count();
    }

    /** A tenant page's fragment. */
    public String tenant(TenantView view) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<div class=\"st-dash\" id=\"system-tests-tenant\">\n");
        problems(view.problems(), out);
        out.append("<p class=\"st-dash-count\">").append(text(view.name())).append(" <span class=\"st-tenant-key\">")
                .append(text(view.tenant())).append("</span> ran in ").append(view.cells().size())
                .append(view.cells().size() == 1 ? " job and suite" : " jobs and suites").append("</p>\n");
        out.append("<h2 class=\"st-dash-heading\">Latest failures by cause</h2>\n");
        if (view.causes().isEmpty()) {
            out.append("<p class=\"st-note\">No latest run failed with a recorded cause.</p>\n");
        } else {
            out.append("<ul class=\"st-dash-causes\">\n");
            view.causes().forEach(c -> cause(c, out));
            out.append("</ul>\n");
        }
        out.append("<h2 class=\"st-dash-heading\">Jobs and suites</h2>\n");
        out.append("<table class=\"jenkins-table st-dash-table\"><thead><tr>").append(cellHeaders(false))
                .append("</tr></thead><tbody>\n");
        for (DashboardView.Cell c : view.cells()) {
            out.append("<tr>");
            cell(c, false, out);
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
        trend(view.trend(), out);
        out.append("</div>\n");
        return out.toString();
    }

    private static void filters(DashboardView view, StringBuilder out) {
        DashboardRequest r = view.request();
        out.append("<form class=\"st-dash-filters\" method=\"get\" action=\".\">\n");
        out.append("<label class=\"st-filter\"><span>Tenant</span><select class=\"jenkins-select__input\" name=\"tenant\">")
                .append(option("", "All tenants", r.tenant() == null));
        view.tenants().forEach(t -> out.append(option(t.key(), t.name().equals(t.key()) ? t.key()
                : t.name() + " (" + t.key() + ")", t.key().equals(r.tenant()))));
        out.append("</select></label>\n");
        RunVerdict chosen = r.verdicts().size() == 1 ? r.verdicts().iterator().next() : null;
        out.append("<label class=\"st-filter\"><span>Latest verdict</span><select class=\"jenkins-select__input\""
                + " name=\"verdict\">").append(option("", "Any verdict", chosen == null));
        for (RunVerdict v : RunVerdict.values()) {
            out.append(option(v.name(), RunSummaryHtmlRenderer.verdictLabel(v), v == chosen));
        }
        out.append("</select></label>\n");
        out.append("<label class=\"st-filter\"><span>Folder</span><select class=\"jenkins-select__input\""
                + " name=\"folder\">").append(option("", "All folders", r.folder() == null));
        view.folders().forEach(f -> out.append(option(f, f, f.equals(r.folder()))));
        out.append("</select></label>\n<button class=\"jenkins-button\" type=\"submit\">Apply</button>\n</form>\n");
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + Html.attribute(value) + "\"" + (selected ? " selected" : "") + ">"
                + text(label) + "</option>";
    }

    private static String cellHeaders(boolean withTenant) {
        return "<th class=\"st-dash-job\">Job</th><th class=\"st-dash-suite\">Suite</th>"
                + "<th class=\"st-dash-verdict\">Latest</th><th class=\"st-dash-rate\">Pass rate</th>"
                + "<th class=\"st-dash-age\">Ended</th><th class=\"st-dash-strip\">Recent runs</th>"
                + "<th class=\"st-dash-links\">History</th>";
    }

    private static void cell(DashboardView.Cell c, boolean withTenant, StringBuilder out) {
        RunMark r = c.latest();
        out.append("<td class=\"st-dash-job\"><a href=\"").append(Html.href(c.jobHref())).append("\">")
                .append(text(c.job())).append("</a></td>");
        out.append("<td class=\"st-dash-suite\">").append(text(c.suite())).append("</td>");
        out.append("<td class=\"st-dash-verdict\"><a class=\"").append(RunSummaryHtmlRenderer.verdictClass(r.verdict()))
                .append("\" href=\"").append(Html.href(c.runHref())).append("\">")
                .append(Html.text(RunSummaryHtmlRenderer.verdictLabel(r.verdict()))).append("</a> <span class=\"")
                .append("st-dash-build\">#").append(r.build()).append("</span></td>");
        out.append("<td class=\"st-dash-rate\">").append(Formats.percent(r.passRate())).append("</td>");
        out.append("<td class=\"st-dash-age\"><time datetime=\"").append(Formats.instant(r.startedAt()))
                .append("\">").append(Html.text(c.age())).append(" ago</time></td>");
        out.append("<td class=\"st-dash-strip\"><span class=\"st-dash-marks\">");
        for (RunMark m : c.strip()) {
            out.append(mark(m, c.runHref(m), false));
        }
        out.append("</span></td><td class=\"st-dash-links\"><a href=\"").append(Html.href(c.historyHref()))
                .append("\">Runs</a></td>");
    }

    private static String mark(RunMark r, String href, boolean bar) {
        String label = "#" + r.build() + " " + RunSummaryHtmlRenderer.verdictLabel(r.verdict()) + ", "
                + Formats.percent(r.passRate()) + ", " + Formats.instant(r.startedAt());
        String classes = "st-dash-mark st-dash-" + r.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (bar ? " st-dash-bar st-dash-h-" + height(r.passRate()) : "");
        return "<a class=\"" + classes + "\" href=\"" + Html.href(href) + "\" title=\"" + Html.attribute(label)
                + "\" aria-label=\"" + Html.attribute(label) + "\"></a>";
    }

    /** The bar's height class, 0 to 10, from the pass rate (a run with no test gets the lowest bar). */
    static int height(double passRate) {
        return passRate < 0 ? 0 : (int) Math.max(1, Math.min(10, Math.round(passRate / 10)));
    }

    private static void cause(TenantView.CauseRow c, StringBuilder out) {
        out.append("<li class=\"st-dash-cause\"><p class=\"st-dash-cause-head\"><span class=\"st-badge st-category-")
                .append(c.category().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-")).append("\">")
                .append(Html.text(c.category().toLowerCase(Locale.ROOT).replace('_', ' '))).append("</span> ")
                .append(c.tests()).append(c.tests() == 1 ? " test" : " tests").append(" in ").append(c.where().size())
                .append(c.where().size() == 1 ? " job" : " jobs").append("</p>");
        out.append("<p class=\"st-failure-message\">").append(Html.text(Formats.clip(c.message().isEmpty()
                ? c.signature() : c.message(), 300))).append("</p>");
        if (!c.examples().isEmpty()) {
            out.append("<p class=\"st-dash-examples\">").append(Html.text(Formats.clip(String.join(", ", c.examples()), 600)))
                    .append("</p>");
        }
        out.append("<ul class=\"st-dash-where\">");
        for (TenantView.Where w : c.where()) {
            out.append("<li><a href=\"").append(Html.href(w.runHref())).append("\">").append(text(w.job()))
                    .append(" \u00b7 ").append(text(w.suite())).append("</a></li>");
        }
        out.append("</ul></li>\n");
    }

    private static void trend(List<TenantView.TrendPoint> trend, StringBuilder out) {
        out.append("<h2 class=\"st-dash-heading\">Trend</h2>\n<p class=\"st-note\">Pass rate of the last ")
                .append(trend.size()).append(" runs in all jobs and suites, oldest first.</p>\n")
                .append("<div class=\"st-dash-trend\">");
        for (TenantView.TrendPoint p : trend) {
            out.append(mark(p.run(), p.href(), true));
        }
        out.append("</div>\n");
    }

    /** A name as shown: escaped, and clipped to {@value #MAX_NAME} characters. */
    private static String text(String s) {
        return Html.text(Formats.clip(s, MAX_NAME));
    }

    private static void problems(List<String> problems, StringBuilder out) {
        problems.forEach(p -> out.append("<p class=\"st-warning\">").append(Html.text(p)).append("</p>\n"));
    }
}
