package io.jenkins.plugins.systemtest.engine.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the demo suite's own small HTML report (no JavaScript), the kind of report a suite archives. */
final class DemoReportWriter {

    void write(Path dir, String tenant, List<MiniRunner> suites) throws IOException {
        Files.createDirectories(dir);
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Demo suite report</title><link rel=\"stylesheet\" href=\"report.css\"></head><body>\n");
        html.append("<h1>Demo suite report for ").append(escape(tenant)).append("</h1>\n<table>\n");
        html.append("<tr><th>Test</th><th>Attempts</th><th>Result</th></tr>\n");
        for (MiniRunner suite : suites) {
            for (MiniRunner.Case c : suite.cases()) {
                String result = c.skipped() != null ? "skipped"
                        : c.attempts().get(c.attempts().size() - 1).failure() == null
                                ? (c.attempts().size() > 1 ? "passed on retry" : "passed") : "failed";
                html.append("<tr class=\"").append(result.replace(' ', '-')).append("\"><td>")
                        .append(escape(suite.className() + "." + c.name())).append("</td><td>")
                        .append(c.attempts().size()).append("</td><td>").append(result).append("</td></tr>\n");
            }
        }
        html.append("</table>\n</body></html>\n");
        Files.writeString(dir.resolve("index.html"), html, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.css"), "body{font-family:sans-serif}.failed{color:#b00020}"
                + ".passed-on-retry{color:#a66b00}td,th{padding:2px 8px;text-align:left}\n", StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
