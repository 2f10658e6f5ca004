package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes runs as CSV (RFC 4180): a header line, one line per run, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break, quotes doubled. A text field that a spreadsheet would take as a formula (starting
 * with {@code = + - @}, a tab or a carriage return) gets a leading {@code '}, so opening the file never runs
 * anything. Numbers are plain; the pass rate is empty when no test ran; times are ISO-8601 UTC.
 */
public final class HistoryCsvWriter {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("build", "run_id", "tenant", "tenant_name", "suite",
            "verdict", "total", "passed", "failed", "errors", "skipped", "flaky", "pass_rate_percent",
            "duration_ms", "started_utc", "trigger", "revision");

    private static final String CRLF = "\r\n";

    /** Writes the header and the runs, in the order given, and flushes. */
    public void write(Iterable<RunSummary> runs, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write(CRLF);
        for (RunSummary r : runs) {
            RunCounts c = r.counts();
            out.write(Long.toString(r.build()));
            text(out, r.id());
            text(out, r.tenant());
            text(out, r.tenantName());
            text(out, r.suite());
            text(out, r.verdict().name());
            number(out, c.total());
            number(out, c.passed());
            number(out, c.failed());
            number(out, c.errors());
            number(out, c.skipped());
            number(out, c.flaky());
            out.write(',');
            if (r.passRate() >= 0) {
                out.write(String.format(Locale.ROOT, "%.2f", r.passRate()));
            }
            out.write(',');
            out.write(Long.toString(r.durationMillis()));
            out.write(',');
            if (r.startedAt() > 0) {
                out.write(Formats.instant(r.startedAt()));
            }
            text(out, r.trigger());
            text(out, r.revision());
            out.write(CRLF);
        }
        out.flush();
    }

    private static void number(Writer out, int n) throws IOException {
        out.write(',');
        out.write(Integer.toString(n));
    }

    private static void text(Writer out, String s) throws IOException {
        out.write(',');
        out.write(field(s));
    }

    /** One text field, neutralised and quoted as needed. */
    static String field(String s) {
        String value = s == null ? "" : s;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
