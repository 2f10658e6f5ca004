package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.render.Formats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The dashboard's cells as CSV (RFC 4180, CRLF, quoted when needed; a text that a spreadsheet would take as a
 * formula gets a leading {@code '}): one line per tenant, job and suite, with the latest run and the verdicts of
 * the recent runs, oldest first.
 */
public final class DashboardCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("tenant", "tenant_name", "job", "suite", "verdict",
            "pass_rate_percent", "executed", "build", "run_id", "started_utc", "duration_ms", "recent_verdicts");

    /** Every cell of the dashboard's rows. */
    public void write(DashboardView view, Writer out) throws IOException {
        header(out);
        for (DashboardView.TenantRow row : view.rows()) {
            for (DashboardView.Cell c : row.cells()) {
                line(c, out);
            }
        }
        out.flush();
    }

    /** Every cell of a tenant's page. */
    public void write(TenantView view, Writer out) throws IOException {
        header(out);
        for (DashboardView.Cell c : view.cells()) {
            line(c, out);
        }
        out.flush();
    }

    private static void header(Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
    }

    private static void line(DashboardView.Cell c, Writer out) throws IOException {
        RunMark r = c.latest();
        String recent = c.strip().stream().map(m -> m.verdict().name()).collect(Collectors.joining(" "));
        out.write(String.join(",", field(c.tenant()), field(c.tenantName()), field(c.job()), field(c.suite()),
                r.verdict().name(), r.passRate() < 0 ? "" : String.format(Locale.ROOT, "%.1f",
                        Math.floor(r.passRate() * 10) / 10), Integer.toString(r.executed()), Long.toString(r.build()),
                field(r.id()), Formats.instant(r.startedAt()), Long.toString(r.durationMillis()), recent));
        out.write("\r\n");
    }

    static String field(String s) {
        String value = s == null ? "" : s;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
