package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.analysis.Cascade;
import io.jenkins.plugins.systemtest.engine.analysis.FailureCategory;
import io.jenkins.plugins.systemtest.engine.analysis.FailureGroup;
import io.jenkins.plugins.systemtest.engine.history.FlakyTest;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.history.TestHistoryEntry;
import io.jenkins.plugins.systemtest.engine.history.TrendPoint;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestAttempt;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeCause;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hostile strings, and run records and history views that carry one of them in every text field. Each field gets
 * the payload followed by {@code |<field>}, so a test can tell that every field was rendered, and escaped.
 */
final class XssPayloads {

    /**
     * One payload.
     *
     * @param name      for test names
     * @param raw       the payload
     * @param escaped   how it must appear in HTML text (a prefix of it for long payloads)
     * @param forbidden what must never appear in the HTML
     * @param clipped   whether the payload is so long that pages cut it
     */
    record Payload(String name, String raw, String escaped, String forbidden, boolean clipped) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String LONG = "<i>" + "A".repeat(20_000) + "</i>";

    static final List<Payload> ALL = List.of(
            new Payload("script tag", "<script>alert(1)</script>",
                    "&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert", false),
            new Payload("attribute break-out", "\"><img src=x onerror=alert(1)>",
                    "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", "<img", false),
            new Payload("single-quote break-out", "'onmouseover='alert(1)",
                    "&#39;onmouseover=&#39;alert(1)", "'onmouseover='", false),
            new Payload("javascript URL", "javascript:alert(1)",
                    "javascript:alert(1)", "href=\"javascript:", false),
            new Payload("svg onload", "<svg onload=alert(1)>",
                    "&lt;svg onload=alert(1)&gt;", "<svg", false),
            new Payload("script end tag", "</script><script>alert(1)</script>",
                    "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", "</script><script>", false),
            new Payload("line separators", "line\u2028break\u2029paragraph",
                    "line&#x2028;break&#x2029;paragraph", "\u2028", false),
            new Payload("template injection", "{{constructor.constructor('alert(1)')()}}",
                    "{{constructor.constructor(&#39;alert(1)&#39;)()}}", "('alert(1)')", false),
            new Payload("already encoded", "&lt;script&gt;alert(1)&lt;/script&gt;",
                    "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;", "&lt;script&gt;alert", false),
            new Payload("right-to-left override", "invoice\u202Egpj.exe",
                    "invoice[U+202E]gpj.exe", "\u202E", false),
            new Payload("control characters", "bell\u0007nul\u0000esc\u001B[31m",
                    "bell\uFFFDnul\uFFFDesc\uFFFD[31m", "\u001B", false),
            new Payload("very long string", LONG, "&lt;i&gt;AAAAAAAAAA", "<i>", true));

    /** The fields of {@link #record} whose marked value the summary page must show. */
    static final List<String> SUMMARY_FIELDS = List.of("tenant", "tenantName", "suite", "attributeKey",
            "attributeValue", "reason", "trigger", "revision", "target", "probeMessage", "hint", "problemFile",
            "problemMessage", "resultFile", "signature", "rule", "type", "groupMessage", "cascadeReason",
            "classA", "nameA", "classB", "nameB", "flakyName", "skippedName", "messageA", "detailA", "stdoutA",
            "stderrA", "fileA", "newFailure", "fixedTest", "previousRun", "reportName", "brokenReport",
            "reportProblem", "extraKey", "extraValue", "runId", "attemptEnding", "attemptMessage");

    static final long T0 = 1_714_557_600_000L;

    private XssPayloads() {
    }

    static String mark(String payload, String field) {
        return payload + "|" + field;
    }

    /** A failed run with the payload in every text field. */
    static RunRecord record(String p) {
        TestCaseResult a = new TestCaseResult(mark(p, "suiteA"), mark(p, "classA"), mark(p, "nameA"),
                TestOutcome.FAILED, 1200, mark(p, "type"), mark(p, "messageA"), mark(p, "detailA"),
                mark(p, "stdoutA"), mark(p, "stderrA"), 1, mark(p, "fileA"));
        TestCaseResult b = new TestCaseResult(mark(p, "suiteA"), mark(p, "classB"), mark(p, "nameB"),
                TestOutcome.ERROR, 30, mark(p, "typeB"), mark(p, "messageB"), "", "", "", 1, mark(p, "fileA"));
        TestCaseResult flaky = new TestCaseResult("", "", mark(p, "flakyName"), TestOutcome.FLAKY, 50, "",
                mark(p, "flakyMessage"), "", "", "", 2, "");
        TestCaseResult skipped = new TestCaseResult("", "", mark(p, "skippedName"), TestOutcome.SKIPPED, 0, "",
                mark(p, "skipReason"), "", "", "", 1, "");
        TestCaseResult passed = TestCaseResult.passed("", "", mark(p, "passedName"), 10);
        List<TestCaseResult> tests = List.of(a, b, flaky, skipped, passed);
        FailureGroup group = new FailureGroup(mark(p, "signature"), FailureCategory.ASSERTION, mark(p, "rule"),
                mark(p, "type"), mark(p, "groupMessage"), List.of(a.id(), b.id()), List.of(b.id()));
        Cascade cascade = new Cascade(a.id(), mark(p, "suiteA"), List.of(b.id()), mark(p, "cascadeReason"));
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put(mark(p, "extraKey"), mark(p, "extraValue"));
        extra.put("buildUrl", "https://ci.example.test/job/" + mark(p, "buildUrl"));
        return new RunRecord(RunRecord.SCHEMA_VERSION, mark(p, "runId"), 7, mark(p, "tenant"),
                mark(p, "tenantName"), mark(p, "suite"), Map.of(mark(p, "attributeKey"), mark(p, "attributeValue"),
                "link", mark(p, "attributeLink")), RunVerdict.FAILED, List.of(mark(p, "reason")), RunCounts.of(tests),
                T0, T0 + 65_000, mark(p, "trigger"), mark(p, "revision"),
                List.of(new ProbeResult(mark(p, "target"), false, 12, 3, ProbeCause.REFUSED, mark(p, "probeMessage"),
                        mark(p, "hint"))),
                List.of(new ParseProblem(mark(p, "problemFile"), 3, 14, mark(p, "problemMessage"))),
                List.of(mark(p, "resultFile")), List.of(group), List.of(cascade), List.of(mark(p, "newFailure")),
                List.of(mark(p, "fixedTest")), mark(p, "previousRun"), tests,
                List.of(new ReportLink(mark(p, "reportName"), mark(p, "reportPath"), mark(p, "reportIndex"), 3,
                                true, ""),
                        new ReportLink(mark(p, "brokenReport"), "reports/x", "index.html", 0, false,
                                mark(p, "reportProblem"))),
                extra,
                List.of(new TestAttempt(1, T0, T0 + 30_000, mark(p, "attemptEnding"), RunCounts.of(tests), List.of(),
                                List.of(new TestAttempt.Outcome(a.id(), TestOutcome.FAILED, mark(p, "attemptMessage")))),
                        new TestAttempt(2, T0 + 31_000, T0 + 65_000, "exit code 1", RunCounts.of(List.of(a)),
                                List.of(), List.of(new TestAttempt.Outcome(a.id(), TestOutcome.FAILED, "again")))));
    }

    /**
     * A history of {@code runs} runs over two tenants. The first tenant's key and name are hostile; the first four
     * runs carry the payload in every other field too (more would only make the page big).
     */
    static HistoryView history(String p, int runs) {
        List<RunSummary> summaries = new ArrayList<>();
        Map<String, List<TrendPoint>> trends = new LinkedHashMap<>();
        Map<String, List<TestHistoryEntry>> histories = new LinkedHashMap<>();
        String hostile = mark(p, "tenant");
        for (int i = 0; i < runs; i++) {
            String tenant = i % 2 == 0 ? hostile : "plain";
            String name = i % 2 == 0 ? mark(p, "tenantName") : "Plain Tenant";
            RunVerdict verdict = i % 5 == 0 ? RunVerdict.FAILED : RunVerdict.PASSED;
            RunCounts counts = verdict == RunVerdict.FAILED ? new RunCounts(10, 8, 1, 0, 1, 0)
                    : new RunCounts(10, 9, 0, 0, 1, 0);
            long started = T0 + i * 3_600_000L;
            String q = i < 4 ? p : "plain";
            String id = mark(q, "run" + i);
            summaries.add(new RunSummary(id, i + 1, tenant, name, mark(q, "suite"), verdict, counts, started,
                    60_000 + i * 1000L, mark(q, "trigger"), mark(q, "revision"),
                    Map.of(mark(p, "test"), TestOutcome.FAILED)));
            trends.computeIfAbsent(tenant, t -> new ArrayList<>()).add(new TrendPoint(id, i + 1, started,
                    counts.passRate(), 60_000 + i * 1000L, verdict));
            histories.computeIfAbsent(mark(p, "test"), t -> new ArrayList<>()).add(new TestHistoryEntry(id, i + 1,
                    tenant, started, i % 5 == 0 ? TestOutcome.FAILED : TestOutcome.PASSED));
        }
        return new HistoryViewFactory(Clock.fixed(Instant.ofEpochMilli(T0), ZoneOffset.UTC)).create(
                mark(p, "title"), summaries, trends, List.of(new FlakyTest(mark(p, "flaky"), 3, runs, 2, 1, 5)),
                histories, r -> r.build() % 3 == 0 ? p : "runs/" + r.build() + "/summary.html");
    }
}
