package io.jenkins.plugins.systemtest.step;

import io.jenkins.plugins.systemtest.engine.gate.GateDecision;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * What the step tells about a recorded run: the map it returns to the pipeline (only strings, numbers, booleans
 * and lists of strings, so that it is safe to keep in a pipeline's state) and the lines it writes to the build log.
 */
public final class StepSummary {

    /** What every line of the step in the build log starts with. */
    public static final String PREFIX = "[systemTest] ";

    /** How many test names a log line lists before it says "and N more". */
    static final int LISTED = 10;

    private StepSummary() {
    }

    /**
     * The step's return value: verdict, tenant, suite, total, passed, failed, errors, skipped, flaky, passRate
     * (percent, -1 when no test ran), newFailures, fixedTests, url.
     */
    static LinkedHashMap<String, Object> map(RunRecord record, String url) {
        RunCounts c = record.counts();
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        map.put("verdict", record.verdict().name());
        map.put("tenant", record.tenant());
        map.put("suite", record.suite());
        map.put("total", c.total());
        map.put("passed", c.passed());
        map.put("failed", c.failed());
        map.put("errors", c.errors());
        map.put("skipped", c.skipped());
        map.put("flaky", c.flaky());
        map.put("passRate", c.passRate());
        map.put("newFailures", new ArrayList<>(record.newFailures()));
        map.put("fixedTests", new ArrayList<>(record.fixedTests()));
        map.put("url", url);
        return map;
    }

    /** The lines for the build log: verdict and counts, new failures, fixed tests, reasons, and where to look. */
    static List<String> lines(RunRecord record, String url) {
        RunCounts c = record.counts();
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder(PREFIX)
                .append(record.tenantName()).append(" (").append(record.tenant()).append(") / ").append(record.suite())
                .append(": ").append(record.verdict().name()).append(" - ")
                .append(c.total()).append(c.total() == 1 ? " test: " : " tests: ")
                .append(c.passed()).append(" passed, ").append(c.failed()).append(" failed, ")
                .append(c.errors()).append(" errors, ").append(c.skipped()).append(" skipped, ")
                .append(c.flaky()).append(" flaky");
        if (c.passRate() >= 0) {
            head.append("; pass rate ").append(GateDecision.percent(c.passRate()));
        }
        lines.add(head.toString());
        if (!record.newFailures().isEmpty()) {
            lines.add(PREFIX + "New failures (" + record.newFailures().size() + "): " + listed(record.newFailures()));
        }
        if (!record.fixedTests().isEmpty()) {
            lines.add(PREFIX + "Fixed (" + record.fixedTests().size() + "): " + listed(record.fixedTests()));
        }
        for (String reason : record.reasons()) {
            lines.add(PREFIX + reason);
        }
        lines.add(PREFIX + "Details: " + url);
        return lines;
    }

    /** The message of the stage's warning when the run makes the build unstable. */
    static String warning(RunRecord record) {
        String why = record.reasons().isEmpty() ? "" : ": " + record.reasons().get(0);
        return "System tests " + record.tenant() + "/" + record.suite() + " " + record.verdict().name() + why;
    }

    /** The message of the step's failure: the verdict and every reason. */
    static String failure(RunRecord record) {
        return "System tests " + record.tenant() + "/" + record.suite() + " " + record.verdict().name() + ": "
                + String.join(" ", record.reasons());
    }

    private static String listed(List<String> names) {
        List<String> shown = names.subList(0, Math.min(LISTED, names.size()));
        String more = names.size() > LISTED ? " (and " + (names.size() - LISTED) + " more)" : "";
        return String.join(", ", shown) + more;
    }
}
