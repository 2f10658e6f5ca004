package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renders one {@link RunRecord} as a self-contained HTML page: no script, no inline style, no style attribute, so
 * that it shows under Jenkins' Content-Security-Policy for archived files. It links the stylesheet
 * {@value StaticAssets#STYLESHEET} that is expected beside it ({@link RunSummaryPageWriter} puts it there).
 */
public final class RunSummaryHtmlRenderer {

    /** Said of every report that needs JavaScript; the Jenkins build page shows the same sentence. */
    public static final String NEEDS_JAVASCRIPT_NOTE = "This report needs JavaScript, which Jenkins' "
            + "Content-Security-Policy blocks for archived files unless an administrator sets a Resource Root URL "
            + "(Manage Jenkins > Security)";

    /** The policy the page declares for itself; Jenkins' own header is at least as strict. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

    private static final int MAX_NAME = 300;

    private final String stylesheetHref;
    private final String reportBaseHref;

    /** A renderer for a page with the stylesheet beside it and report paths relative to the page. */
    public RunSummaryHtmlRenderer() {
        this(StaticAssets.STYLESHEET, "");
    }

    /**
     * @param stylesheetHref where the stylesheet is, relative to the page
     * @param reportBaseHref what to put before a report's path to reach it from the page ({@code ../}), or empty
     */
    public RunSummaryHtmlRenderer(String stylesheetHref, String reportBaseHref) {
        this.stylesheetHref = Html.safeUrl(stylesheetHref)
                .orElseThrow(() -> new IllegalArgumentException("stylesheetHref: not a safe URL: " + stylesheetHref));
        this.reportBaseHref = Objects.requireNonNullElse(reportBaseHref, "");
    }

    /** Writes the page for the record. */
    public void render(RunRecord run, Writer writer) throws IOException {
        HtmlWriter out = new HtmlWriter(writer);
        try {
            head(run, out);
            out.open("main", "st-page");
            body(run, out);
            out.close("main").markup("\n</body>\n</html>\n");
            writer.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes what the page shows of the record, without {@code html}, {@code head}, {@code body} or stylesheet, for
     * a page that embeds it (the Jenkins build page): one {@code <article class="st-run-view" id="run-...">} (id from
     * {@link #anchor}) with every heading one level lower than on the page ({@code h2} for the title). Escaped
     * like the page; report links start with the report base given to the constructor.
     */
    public void renderFragment(RunRecord run, Writer writer) throws IOException {
        HtmlWriter out = new HtmlWriter(writer, 1);
        try {
            out.open("article", "st-run-view", anchor(run.id()));
            body(run, out);
            out.close("article").markup("\n");
            writer.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The id of a run's {@code article} in a fragment, also usable after {@code #} in a URL: {@code run-} and the
     * run id, every character other than {@code A-Z a-z 0-9 . _ -} replaced by {@code _}.
     */
    public static String anchor(String runId) {
        StringBuilder b = new StringBuilder("run-");
        String id = Formats.clip(Objects.requireNonNullElse(runId, ""), MAX_NAME);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            b.append(plain ? c : '_');
        }
        return b.toString();
    }

    private void body(RunRecord run, HtmlWriter out) {
        header(run, out);
        counts(run, out);
        reports(run, out);
        details(run, out);
        preflight(run, out);
        parseProblems(run, out);
        new FailureSectionRenderer(out).render(run);
        new AttemptsRenderer(out).render(run);
    }

    private void head(RunRecord run, HtmlWriter out) {
        out.markup("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .markup("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .markup("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .markup("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n")
                .element("title", Formats.clip(verdictLabel(run.verdict()) + " - " + run.tenantName() + " - "
                        + run.suite() + " - system tests", MAX_NAME))
                .markup("\n<link rel=\"stylesheet\" href=\"" + Html.attribute(stylesheetHref) + "\">\n</head>\n")
                .markup("<body class=\"st-standalone st-summary\">\n");
    }

    private static void header(RunRecord run, HtmlWriter out) {
        out.open("header", "st-header");
        out.element("p", "st-kicker", "System tests \u00b7 build #" + run.build() + " \u00b7 run " + run.id());
        out.open("h1", "st-title").element("span", "st-tenant", Formats.clip(run.tenantName(), MAX_NAME));
        if (!run.tenantName().equals(run.tenant())) {
            out.markup(" ").element("span", "st-tenant-key", "(" + Formats.clip(run.tenant(), MAX_NAME) + ")");
        }
        out.markup(" ").element("span", "st-suite", Formats.clip(run.suite(), MAX_NAME)).close("h1");
        out.markup("\n").element("p", verdictClass(run.verdict()), verdictLabel(run.verdict()));
        if (!run.reasons().isEmpty()) {
            out.open("ul", "st-reasons");
            run.reasons().forEach(r -> out.element("li", Formats.headAndTail(r, 2000)));
            out.close("ul");
        }
        out.close("header").markup("\n");
    }

    private static void counts(RunRecord run, HtmlWriter out) {
        RunCounts c = run.counts();
        out.open("section", "st-section st-results").element("h2", "Results");
        out.open("dl", "st-tiles");
        tile(out, "passed", "Passed", c.passed());
        tile(out, "failed", "Failed", c.failed());
        tile(out, "errors", "Errors", c.errors());
        tile(out, "skipped", "Skipped", c.skipped());
        tile(out, "flaky", "Flaky", c.flaky());
        tile(out, "total", "Total", c.total());
        out.close("dl");
        out.open("p", "st-pass-rate").element("strong", "Pass rate: ").text(Formats.passRate(c)).close("p");
        out.close("section").markup("\n");
    }

    private static void tile(HtmlWriter out, String kind, String label, int value) {
        String cls = "st-tile st-tile-" + kind + (value > 0 ? " st-nonzero" : "");
        out.open("div", cls).element("dt", label).element("dd", Formats.count(value)).close("div");
    }

    private static void details(RunRecord run, HtmlWriter out) {
        out.open("section", "st-section st-run").element("h2", "Run");
        out.open("dl", "st-facts");
        fact(out, "Duration", Formats.duration(run.durationMillis()));
        out.open("div", "st-fact").element("dt", "Started").open("dd").time(run.startedAt()).close("dd").close("div");
        out.open("div", "st-fact").element("dt", "Ended").open("dd").time(run.endedAt()).close("dd").close("div");
        fact(out, "Trigger", run.trigger().isEmpty() ? "unknown" : Formats.clip(run.trigger(), 1000));
        fact(out, "Revision", run.revision().isEmpty() ? "unknown" : Formats.clip(run.revision(), 1000));
        out.close("dl");
        keyValues(out, "Tenant attributes", "st-attributes", run.attributes());
        keyValues(out, "More about the run", "st-extra", run.extra());
        out.close("section").markup("\n");
    }

    private static void fact(HtmlWriter out, String label, String value) {
        out.open("div", "st-fact").element("dt", label).element("dd", value).close("div");
    }

    private static void keyValues(HtmlWriter out, String title, String cssClass, Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.element("h3", title);
        out.open("div", "st-table-scroll").open("table", "jenkins-table st-key-values " + cssClass)
                .open("tbody");
        new TreeMap<>(values).forEach((k, v) -> out.open("tr")
                .open("th", "st-key").text(Formats.clip(k, MAX_NAME)).close("th")
                .open("td", "st-value").textOrLink(Formats.clip(v, 2000)).close("td")
                .close("tr"));
        out.close("tbody").close("table").close("div");
    }

    private static void preflight(RunRecord run, HtmlWriter out) {
        if (run.preflight().isEmpty()) {
            return;
        }
        out.open("section", "st-section st-preflight").element("h2", "Service checks");
        out.open("div", "st-table-scroll").open("table", "jenkins-table st-preflight-table")
                .markup("<thead><tr><th>Target</th><th>State</th><th class=\"st-number\">Latency</th>"
                + "<th class=\"st-number\">Attempts</th><th>Cause</th>"
                + "<th>What happened</th><th>Hint</th></tr></thead>");
        out.open("tbody");
        for (ProbeResult p : run.preflight()) {
            out.open("tr", p.up() ? "st-up" : "st-down");
            out.open("td").element("code", Formats.clip(p.target(), 1000)).close("td");
            out.open("td").element("span", p.up() ? "st-badge st-state-up" : "st-badge st-state-down",
                    p.up() ? "up" : "down").close("td");
            out.element("td", "st-number", p.latencyMillis() + " ms");
            out.element("td", "st-number", Integer.toString(p.attempts()));
            out.element("td", p.cause().name());
            out.element("td", Formats.headAndTail(p.message(), 2000));
            out.element("td", Formats.headAndTail(p.hint(), 2000));
            out.close("tr");
        }
        out.close("tbody").close("table").close("div").close("section").markup("\n");
    }

    private static void parseProblems(RunRecord run, HtmlWriter out) {
        if (run.parseProblems().isEmpty() && run.resultFiles().isEmpty()) {
            return;
        }
        out.open("section", "st-section st-files").element("h2", "Result files");
        if (!run.parseProblems().isEmpty()) {
            out.element("p", "st-warning", run.parseProblems().size()
                    + (run.parseProblems().size() == 1 ? " problem" : " problems")
                    + " reading the results; everything else was still counted.");
            out.open("ul", "st-parse-problems");
            for (ParseProblem p : run.parseProblems()) {
                out.open("li").element("code", Formats.clip(location(p), 1000)).text(": ")
                        .text(Formats.headAndTail(p.message(), 2000)).close("li");
            }
            out.close("ul");
        }
        if (!run.resultFiles().isEmpty()) {
            out.open("details", "st-result-files").element("summary", run.resultFiles().size()
                    + (run.resultFiles().size() == 1 ? " result file read" : " result files read"));
            out.open("ul");
            run.resultFiles().forEach(f -> out.open("li").element("code", Formats.clip(f, 1000)).close("li"));
            out.close("ul").close("details");
        }
        out.close("section").markup("\n");
    }

    /** {@code file:line:column}, leaving out what is unknown. */
    private static String location(ParseProblem p) {
        StringBuilder b = new StringBuilder(p.file().isEmpty() ? "(unknown file)" : p.file());
        if (p.line() > 0) {
            b.append(':').append(p.line());
            if (p.column() > 0) {
                b.append(':').append(p.column());
            }
        }
        return b.toString();
    }

    private void reports(RunRecord run, HtmlWriter out) {
        if (run.reports().isEmpty()) {
            return;
        }
        out.open("section", "st-section st-reports").element("h2", "Reports");
        out.open("ul", "st-report-list");
        for (ReportLink r : run.reports()) {
            out.open("li", "st-report");
            Optional<String> href = reportHref(r);
            String name = Formats.clip(r.name(), MAX_NAME);
            if (!r.problem().isEmpty()) {
                out.element("span", "st-report-name", name).text(": ")
                        .element("span", "st-warning", Formats.headAndTail(r.problem(), 2000));
            } else if (href.isEmpty()) {
                out.element("span", "st-report-name", name).text(": ")
                        .element("span", "st-warning", "cannot be linked: its path is not a plain relative path ("
                                + Formats.clip(r.path() + "/" + r.index(), 1000) + ")");
            } else {
                out.link(href.get(), name).text(" (" + r.files() + (r.files() == 1 ? " file)" : " files)"));
            }
            if (r.needsJavaScript()) {
                out.element("p", "st-note", NEEDS_JAVASCRIPT_NOTE + ".");
            }
            out.close("li");
        }
        out.close("ul").close("section").markup("\n");
    }

    private Optional<String> reportHref(ReportLink r) {
        return reportPath(r).flatMap(p -> Html.safeUrl(reportBaseHref + p));
    }

    /**
     * Where a report's page is below the run's artifacts: its path and index, each segment percent-encoded
     * ({@code system-tests/acme/e2e/Playwright%20report/index.html}); empty when either is not a plain relative
     * path (absolute, {@code .} or {@code ..} segments, backslashes).
     */
    public static Optional<String> reportPath(ReportLink r) {
        Optional<String> index = Html.relativePath(r.index());
        if (index.isEmpty() || r.path().isEmpty()) {
            return index;
        }
        return Html.relativePath(r.path()).map(p -> p + "/" + index.get());
    }

    /** The verdict as shown: {@code INFRA ERROR}. */
    public static String verdictLabel(RunVerdict v) {
        return v.name().replace('_', ' ');
    }

    /** The badge classes of a verdict: {@code st-badge st-verdict-infra-error}. */
    public static String verdictClass(RunVerdict v) {
        return "st-badge st-verdict st-verdict-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
