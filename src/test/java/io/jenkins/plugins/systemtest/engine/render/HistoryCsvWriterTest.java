package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.history.HistoryRequestParser;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryCsvWriterTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteAHeaderAndOneCrlfLinePerRun() throws IOException {
        RunSummary run = new RunSummary("12-acme-e2e", 12, "acme", "Acme Corp", "e2e", RunVerdict.FAILED,
                new RunCounts(42, 38, 2, 0, 1, 1), 1_714_557_600_000L, 183_000, "Started by user alice", "4f2a9c1",
                Map.of());

        String csv = csv(List.of(run));

        assertThat(csv).isEqualTo("build,run_id,tenant,tenant_name,suite,verdict,total,passed,failed,errors,skipped,"
                + "flaky,pass_rate_percent,duration_ms,started_utc,trigger,revision\r\n"
                + "12,12-acme-e2e,acme,Acme Corp,e2e,FAILED,42,38,2,0,1,1,95.12,183000,2024-05-01T10:00:00Z,"
                + "Started by user alice,4f2a9c1\r\n");
    }

    @Test
    void shouldQuoteCommasQuotesAndLineBreaksAsRfc4180Says() throws IOException {
        String csv = csv(List.of(text("Acme, \"the\" corp", "line one\nline two\r\nthree")));

        List<List<String>> rows = parse(csv);

        assertThat(csv).contains(",\"Acme, \"\"the\"\" corp\",").contains(",\"line one\nline two\r\nthree\",\r\n");
        assertThat(rows.get(1).get(3)).isEqualTo("Acme, \"the\" corp");
        assertThat(rows.get(1).get(15)).isEqualTo("line one\nline two\r\nthree");
        assertThat(rows).allMatch(r -> r.size() == HistoryCsvWriter.COLUMNS.size());
    }

    @Test
    void shouldNeutraliseCellsThatASpreadsheetWouldRunAsFormulas() throws IOException {
        List<RunSummary> runs = new ArrayList<>();
        for (String formula : List.of("=HYPERLINK(\"http://evil.test\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3",
                "@SUM(1,2)", "\tTAB", "\rCR", "plain = text")) {
            runs.add(text(formula, formula));
        }

        List<List<String>> rows = parse(csv(runs));

        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(3)).containsExactly(
                "'=HYPERLINK(\"http://evil.test\",\"x\")", "'+1+cmd|' /C calc'!A0", "'-2+3", "'@SUM(1,2)", "'\tTAB",
                "'\rCR", "plain = text");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(15)).allMatch(t -> !t.matches("^[=+\\-@].*"));
    }

    @Test
    void shouldLeaveThePassRateEmptyWhenNoTestRan() throws IOException {
        RunSummary none = new RunSummary("3-acme-e2e", 3, "acme", "acme", "e2e", RunVerdict.NO_TESTS,
                RunCounts.NONE, 1_714_557_600_000L, 5, "", "", Map.of());

        assertThat(parse(csv(List.of(none))).get(1).get(12)).isEmpty();
    }

    @Test
    void shouldExportEveryFilteredRunOfARealHistoryNewestFirst() throws IOException {
        JobHistory history = HistoryFixture.write(dir);
        List<RunSummary> runs = history.query().page(new HistoryRequestParser().parseQuery("tenant=globex&suite=api")
                .filter(), 0, Integer.MAX_VALUE).runs();

        List<List<String>> rows = parse(csv(runs));

        assertThat(rows).hasSize(61);
        assertThat(rows.get(1)).startsWith("120", "120-globex-api", "globex", "GLOBEX", "api", "PASSED", "10");
        assertThat(rows.get(60).get(1)).isEqualTo("2-globex-api");
    }

    private static RunSummary text(String tenantName, String trigger) {
        return new RunSummary("1-acme-e2e", 1, "acme", tenantName, "e2e", RunVerdict.PASSED,
                new RunCounts(1, 1, 0, 0, 0, 0), 1_714_557_600_000L, 10, trigger, "", Map.of());
    }

    private static String csv(List<RunSummary> runs) throws IOException {
        StringWriter out = new StringWriter();
        new HistoryCsvWriter().write(runs, out);
        return out.toString();
    }

    /** A strict RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("unquoted line break or quote at %d", i).isNotIn('"', '\r', '\n');
                field.append(c);
            }
        }
        assertThat(field).isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}
