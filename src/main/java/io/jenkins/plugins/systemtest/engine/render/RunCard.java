package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One run of a build as the Jenkins build pages show it: the facts of the summary box, ready to print, and the
 * escaped HTML of the full view. A run whose record is missing or unreadable is a card too, with the reason.
 * Getter names follow the bean convention so that Jelly can read them.
 */
public final class RunCard {

    private final String runId;
    private final RunRecord record;
    private final String problem;
    private final RunSummaryHtmlRenderer renderer;

    private RunCard(String runId, RunRecord record, String problem, RunSummaryHtmlRenderer renderer) {
        this.runId = Objects.requireNonNullElse(runId, "");
        this.record = record;
        this.problem = Objects.requireNonNullElse(problem, "");
        this.renderer = renderer;
    }

    /**
     * A run whose record was read.
     *
     * @param renderer renders the full view; its report base must lead from the page to the run's artifacts
     */
    public static RunCard of(RunRecord record, RunSummaryHtmlRenderer renderer) {
        return new RunCard(record.id(), Objects.requireNonNull(record, "record"), "",
                Objects.requireNonNull(renderer, "renderer"));
    }

    /** A run whose record cannot be shown, and why. */
    public static RunCard missing(String runId, String problem) {
        return new RunCard(runId, null, problem, null);
    }

    /** Whether the record was read. */
    public boolean isFound() {
        return record != null;
    }

    /** Why the record cannot be shown, or empty. */
    public String getProblem() {
        return problem;
    }

    /** The run id (cut to 300 characters). */
    public String getRunId() {
        return Formats.clip(runId, 300);
    }

    /** The id of the run's part of the full page, for a {@code #} link. */
    public String getAnchor() {
        return RunSummaryHtmlRenderer.anchor(runId);
    }

    public String getTenant() {
        return record == null ? "" : Formats.clip(record.tenant(), 300);
    }

    public String getTenantName() {
        return record == null ? "" : Formats.clip(record.tenantName(), 300);
    }

    public String getSuite() {
        return record == null ? "" : Formats.clip(record.suite(), 300);
    }

    /** {@code INFRA ERROR}, or {@code UNKNOWN} for a missing record. */
    public String getVerdictLabel() {
        return record == null ? "UNKNOWN" : RunSummaryHtmlRenderer.verdictLabel(record.verdict());
    }

    /** The badge classes of the verdict. */
    public String getVerdictClass() {
        return record == null ? "st-badge st-verdict st-verdict-unknown"
                : RunSummaryHtmlRenderer.verdictClass(record.verdict());
    }

    /** {@code 38 passed, 2 failed, 1 error, 1 skipped, 1 flaky}; zero counts other than passed are left out. */
    public String getCountsText() {
        if (record == null) {
            return "";
        }
        RunCounts c = record.counts();
        StringBuilder b = new StringBuilder().append(c.passed()).append(" passed");
        append(b, c.failed(), "failed", "failed");
        append(b, c.errors(), "error", "errors");
        append(b, c.skipped(), "skipped", "skipped");
        append(b, c.flaky(), "flaky", "flaky");
        return b.toString();
    }

    private static void append(StringBuilder b, int n, String one, String many) {
        if (n > 0) {
            b.append(", ").append(n).append(' ').append(n == 1 ? one : many);
        }
    }

    /** {@code 95.2% of 42 executed; 3 skipped}, or {@code no test ran}. */
    public String getPassRateText() {
        return record == null ? "" : Formats.passRate(record.counts());
    }

    public String getDurationText() {
        return record == null ? "" : Formats.duration(record.durationMillis());
    }

    /** The archived reports. */
    public List<Report> getReports() {
        if (record == null) {
            return List.of();
        }
        List<Report> reports = new ArrayList<>();
        for (ReportLink r : record.reports()) {
            reports.add(new Report(r));
        }
        return Collections.unmodifiableList(reports);
    }

    /** Whether a report of the run needs JavaScript. */
    public boolean isNeedsJavaScript() {
        return record != null && record.reports().stream().anyMatch(ReportLink::needsJavaScript);
    }

    /** The full view of the run, escaped HTML ({@link RunSummaryHtmlRenderer#renderFragment}); empty if missing. */
    public String getFragmentHtml() {
        if (record == null) {
            return "";
        }
        StringWriter out = new StringWriter();
        try {
            renderer.renderFragment(record, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // A StringWriter does not fail.
        }
        return out.toString();
    }

    /** An archived report as the summary box lists it. */
    public static final class Report {

        private final ReportLink link;

        Report(ReportLink link) {
            this.link = link;
        }

        public String getName() {
            return Formats.clip(link.name(), 300);
        }

        /**
         * The report's page below the build's artifacts, percent-encoded ({@code system-tests/acme/e2e/x/index.html}),
         * or empty when it cannot be linked (archiving failed, or the path is not a plain relative path).
         */
        public String getPath() {
            return link.problem().isEmpty() ? RunSummaryHtmlRenderer.reportPath(link).orElse("") : "";
        }

        /** Why the report could not be archived or linked, or empty. */
        public String getProblem() {
            if (!link.problem().isEmpty()) {
                return Formats.headAndTail(link.problem(), 2000);
            }
            return getPath().isEmpty() ? "cannot be linked: its path is not a plain relative path" : "";
        }

        public int getFiles() {
            return link.files();
        }

        public boolean isNeedsJavaScript() {
            return link.needsJavaScript();
        }

        /** {@link RunSummaryHtmlRenderer#NEEDS_JAVASCRIPT_NOTE}, for the page to show beside the link. */
        public String getNeedsJavaScriptNote() {
            return RunSummaryHtmlRenderer.NEEDS_JAVASCRIPT_NOTE;
        }
    }
}
