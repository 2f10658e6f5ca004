package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.analysis.Cascade;
import io.jenkins.plugins.systemtest.engine.analysis.FailureCategory;
import io.jenkins.plugins.systemtest.engine.analysis.FailureGroup;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeCause;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.record.SampleRecords;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunSummaryHtmlRendererTest {

    private static final long T0 = 1_714_557_600_000L;

    @Test
    void shouldShowTheHeaderCountsPassRateAndTimes() throws IOException {
        List<TestCaseResult> tests = new ArrayList<>();
        for (int i = 0; i < 39; i++) {
            tests.add(TestCaseResult.passed("s", "com.acme.CartIT", "t" + i, 10));
        }
        tests.add(failed("com.acme.CartIT", "checkout", "expected 3 but was 2"));
        tests.add(failed("com.acme.CartIT", "pay", "expected 200 but was 500").withOutcome(TestOutcome.ERROR));
        tests.add(TestCaseResult.passed("s", "com.acme.CartIT", "retry", 10).withOutcome(TestOutcome.FLAKY));
        for (int i = 0; i < 3; i++) {
            tests.add(TestCaseResult.passed("s", "com.acme.CartIT", "skip" + i, 0).withOutcome(TestOutcome.SKIPPED));
        }
        String html = render(run(RunVerdict.FAILED, tests, List.of(), List.of(), "", List.of()));

        assertThat(html).contains("<span class=\"st-tenant\">Acme Corp</span> <span class=\"st-tenant-key\">(acme)"
                + "</span> <span class=\"st-suite\">e2e</span>")
                .contains("<p class=\"st-badge st-verdict st-verdict-failed\">FAILED</p>")
                .contains("<li>2 tests failed</li>")
                .contains("<dt>Passed</dt><dd>39</dd>").contains("<dt>Failed</dt><dd>1</dd>")
                .contains("<dt>Errors</dt><dd>1</dd>").contains("<dt>Skipped</dt><dd>3</dd>")
                .contains("<dt>Flaky</dt><dd>1</dd>").contains("<dt>Total</dt><dd>45</dd>")
                .contains("95.2% of 42 executed; 3 skipped")
                .contains("<dt>Started</dt><dd><time class=\"st-time\" datetime=\"2024-05-01T10:00:00Z\">"
                        + "2024-05-01 10:00:00 UTC</time></dd>")
                .contains("<dt>Ended</dt><dd><time class=\"st-time\" datetime=\"2024-05-01T10:03:05Z\">"
                        + "2024-05-01 10:03:05 UTC</time></dd>")
                .contains("<dt>Duration</dt><dd>3 min 05 s</dd>")
                .contains("<dt>Trigger</dt><dd>Started by user alice</dd>")
                .contains("<dt>Revision</dt><dd>4f2a9c1</dd>")
                .contains("<th class=\"st-key\">region</th><td class=\"st-value\">eu-west-1</td>")
                .contains("<link rel=\"stylesheet\" href=\"system-tests.css\">");
    }

    @Test
    void shouldSayNoTestRanAndThatThereIsNothingToCompareWithOnAFirstRun() throws IOException {
        String html = render(run(RunVerdict.NO_TESTS, List.of(), List.of(), List.of(), "", List.of()));

        assertThat(html).contains("Pass rate: </strong>no test ran</p>")
                .contains("This is the first run of this tenant and suite")
                .doesNotContain("Tests that did not pass");
    }

    @Test
    void shouldListNewFailuresAndFixedTestsAgainstThePreviousRun() throws IOException {
        RunRecord r = new RunRecord(1, "8-acme-e2e", 8, "acme", "Acme Corp", "e2e", Map.of(), RunVerdict.FAILED,
                List.of(), RunCounts.NONE, T0, T0, "", "", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of("com.acme.A.broken"), List.of("com.acme.B.mended"), "7-acme-e2e", List.of(), List.of(),
                Map.of());

        assertThat(render(r)).contains("Compared with run 7-acme-e2e.")
                .contains("<h3>New failures (1)</h3><div class=\"st-new-failures\"><ul class=\"st-test-list\"><li>"
                        + "<code class=\"st-test-id\">com.acme.A.broken</code>")
                .contains("<h3>Fixed tests (1)</h3><div class=\"st-fixed-tests\"><ul class=\"st-test-list\"><li>"
                        + "<code class=\"st-test-id\">com.acme.B.mended</code>");
    }

    @Test
    void shouldShowTheRuleAndTheTextItMatched() throws IOException {
        TestCaseResult t = failed("com.acme.CartIT", "checkout", "connect ECONNREFUSED 127.0.0.1:3000");
        FailureGroup group = new FailureGroup("Error: connect ECONNREFUSED <host>:<port>",
                FailureCategory.INFRASTRUCTURE, "connection-refused", "Error", "connect ECONNREFUSED 127.0.0.1:3000",
                List.of(t.id()), List.of(), "matched `ECONNREFUSED` in the failure body");

        String html = render(run(RunVerdict.INFRA_ERROR, List.of(t), List.of(group), List.of(), "", List.of()));

        assertThat(html).contains("<p class=\"st-rule\">Classified by rule <code class=\"st-rule-name\">"
                + "connection-refused</code>: matched `ECONNREFUSED` in the failure body</p>");
    }

    @Test
    void shouldFoldCascadeFollowersUnderTheirRoot() throws IOException {
        TestCaseResult root = failed("com.acme.OrderIT", "create", "could not execute statement");
        TestCaseResult f1 = failed("com.acme.OrderIT", "update", "PendingRollbackError");
        TestCaseResult f2 = failed("com.acme.OrderIT", "delete", "PendingRollbackError");
        FailureGroup rootGroup = new FailureGroup("SQLException: could not execute statement", FailureCategory.ERROR,
                "", "java.sql.SQLException", "could not execute statement", List.of(root.id()), List.of());
        FailureGroup followerGroup = new FailureGroup("PendingRollbackError", FailureCategory.ERROR, "",
                "PendingRollbackError", "rolled back", List.of(f1.id(), f2.id()), List.of(f1.id(), f2.id()));
        Cascade cascade = new Cascade(root.id(), "s", List.of(f1.id(), f2.id()), "PendingRollbackError after a "
                + "failed flush");

        String html = render(run(RunVerdict.FAILED, List.of(root, f1, f2), List.of(rootGroup, followerGroup),
                List.of(cascade), "", List.of()));

        assertThat(html).contains("<li><code class=\"st-test-id\">com.acme.OrderIT.create</code><details "
                + "class=\"st-cascade\"><summary>2 failures follow from this one: PendingRollbackError after a failed "
                + "flush</summary><ul class=\"st-test-list\"><li><code class=\"st-test-id\">com.acme.OrderIT.update"
                + "</code></li><li><code class=\"st-test-id\">com.acme.OrderIT.delete</code></li></ul></details></li>")
                .contains("<summary>2 followers of failures listed in other groups</summary>")
                .contains("<span class=\"st-count\">1 test</span>").contains("<span class=\"st-count\">2 tests</span>")
                .doesNotContain("<ul class=\"st-test-list\"></ul>");
    }

    @Test
    void shouldShowPreflightResultsAndParseProblemsWithTheirPlace() throws IOException {
        RunRecord r = new RunRecord(1, "9-acme-e2e", 9, "acme", "Acme", "e2e", Map.of(), RunVerdict.INFRA_ERROR,
                List.of("database is down"), RunCounts.NONE, T0, T0 + 1, "", "",
                List.of(new ProbeResult("tcp://db:5432", false, 3, 5, ProbeCause.REFUSED, "Connection refused",
                        "Is the database container running?"),
                        new ProbeResult("https://api.test/health", true, 41, 1, ProbeCause.OK, "HTTP 200", "")),
                List.of(new ParseProblem("reports/TEST-a.xml", 12, 7, "unexpected end of file"),
                        new ParseProblem("reports/b.json", 0, 0, "not JUnit XML")),
                List.of("reports/TEST-a.xml"), List.of(), List.of(), List.of(), List.of(), "", List.of(), List.of(),
                Map.of());

        assertThat(render(r)).contains("<p class=\"st-badge st-verdict st-verdict-infra-error\">INFRA ERROR</p>")
                .contains("<tr class=\"st-down\"><td><code>tcp://db:5432</code></td><td><span class=\"st-badge "
                        + "st-state-down\">down</span></td><td class=\"st-number\">3 ms</td><td class=\"st-number\">5"
                        + "</td><td>REFUSED</td><td>Connection refused</td><td>Is the database container running?</td>")
                .contains("<td><span class=\"st-badge st-state-up\">up</span></td>")
                .contains("<li><code>reports/TEST-a.xml:12:7</code>: unexpected end of file</li>")
                .contains("<li><code>reports/b.json</code>: not JUnit XML</li>")
                .contains("2 problems reading the results");
    }

    @Test
    void shouldLinkReportsRelativeToTheirBaseAndSayWhenOneNeedsJavaScript() throws IOException {
        List<ReportLink> reports = List.of(
                new ReportLink("Playwright", "system-tests/acme/e2e/Playwright report", "index.html", 120, true, ""),
                new ReportLink("Coverage", "cov", "index.html", 0, false, "no files matched cov/**"),
                new ReportLink("Escaping", "../../secrets", "index.html", 1, false, ""));
        RunRecord r = run(RunVerdict.PASSED, List.of(), List.of(), List.of(), "", reports);
        StringWriter out = new StringWriter();
        new RunSummaryHtmlRenderer("../css/system-tests.css", "../artifacts/").render(r, out);

        assertThat(out.toString())
                .contains("<a href=\"../artifacts/system-tests/acme/e2e/Playwright%20report/index.html\">Playwright</a>"
                        + " (120 files)<p class=\"st-note\">" + Html.text(RunSummaryHtmlRenderer.NEEDS_JAVASCRIPT_NOTE)
                        + ".</p>")
                .contains("Coverage</span>: <span class=\"st-warning\">no files matched cov/**</span>")
                .contains("Escaping</span>: <span class=\"st-warning\">cannot be linked")
                .contains("href=\"../css/system-tests.css\"")
                .doesNotContain("secrets/index.html\"");
        assertThat(RunSummaryHtmlRenderer.NEEDS_JAVASCRIPT_NOTE).isEqualTo("This report needs JavaScript, which "
                + "Jenkins' Content-Security-Policy blocks for archived files unless an administrator sets a Resource "
                + "Root URL (Manage Jenkins > Security)");
    }

    @Test
    void shouldPutFailureDetailsAndOutputInFoldedBlocksCutToAHeadAndATail() throws IOException {
        TestCaseResult t = new TestCaseResult("s", "com.acme.A", "big", TestOutcome.FAILED, 5,
                "java.lang.AssertionError", "boom", "at line\n".repeat(5000), "out", "", 1, "TEST-a.xml");

        String html = render(run(RunVerdict.FAILED, List.of(t), List.of(), List.of(), "", List.of()));

        assertThat(html).contains("<div class=\"st-failure-message\">java.lang.AssertionError: boom</div>")
                .contains("<details class=\"st-block\"><summary>Failure detail (cut: 40000 characters)</summary>"
                        + "<pre class=\"st-pre\">at line\n")
                .contains("characters cut]")
                .contains("<summary>Standard output</summary><pre class=\"st-pre\">out</pre>")
                .doesNotContain("Standard error");
    }

    @Test
    void shouldListAtMostFiveHundredTestsAndSayHowManyMore() throws IOException {
        List<TestCaseResult> tests = new ArrayList<>();
        for (int i = 0; i < 520; i++) {
            tests.add(failed("com.acme.A", "t" + i, "no"));
        }
        String html = render(run(RunVerdict.FAILED, tests, List.of(), List.of(), "", List.of()));

        assertThat(Pattern.compile("<tr class=\"st-row-failed\">").matcher(html).results().count()).isEqualTo(500);
        assertThat(html).contains("20 more not shown here");
    }

    @Test
    void shouldNameAtMostAHundredTestsOfACauseAndSayHowManyMore() throws IOException {
        List<TestCaseResult> tests = new ArrayList<>();
        for (int i = 0; i < 3_711; i++) {
            tests.add(failed("com.acme.A", "t" + i, "expected 3 but was 4"));
        }
        FailureGroup group = new FailureGroup("AssertionError: expected <N> but was <N>", FailureCategory.ASSERTION,
                "assertion-error", "java.lang.AssertionError", "expected 3 but was 4",
                tests.stream().map(TestCaseResult::id).toList(), List.of(), "");

        String html = render(run(RunVerdict.FAILED, tests, List.of(group), List.of(), "", List.of()));
        String section = html.substring(html.indexOf("st-failure-groups"), html.indexOf("st-not-passed"));

        assertThat(Pattern.compile("<code class=\"st-test-id\">").matcher(section).results().count()).isEqualTo(100);
        assertThat(section).contains("<span class=\"st-count\">3,711 tests</span>")
                .contains("com.acme.A.t99<").doesNotContain("com.acme.A.t100<")
                .contains("\u2026 and 3,611 more tests with this cause");
    }

    @Test
    void shouldShowEachAttemptAndEachRerunTestsOutcomePerAttempt() throws IOException {
        RunRecord record = SampleRecords.full("17-acme-e2e");
        StringWriter out = new StringWriter();
        new RunSummaryHtmlRenderer().render(record, out);
        String html = out.toString();

        assertThat(html).contains("<h2>Attempts (2)</h2>")
                .contains("<td class=\"st-number\">1</td><td><time class=\"st-time\" datetime=\"2023-11-14T22:13:20Z\">"
                        + "2023-11-14 22:13:20 UTC</time></td><td class=\"st-number\">"
                        + "1 min 00 s</td><td>exit code 1</td><td>3 tests: 1 passed, 2 failed, 0 errors, 0 skipped</td>")
                .contains("<th>Test</th><th>Attempt 1</th><th>Attempt 2</th><th>Merged</th>")
                .contains("<span class=\"st-test-name\">de.acme.KasseIT.retry</span></td>"
                        + "<td><span class=\"st-badge st-outcome st-outcome-failed\">FAILED</span>"
                        + "<div class=\"st-failure-message\">timeout</div></td>"
                        + "<td><span class=\"st-badge st-outcome st-outcome-passed\">PASSED</span></td>"
                        + "<td><span class=\"st-badge st-outcome st-outcome-flaky\">FLAKY</span></td>");
        StringWriter once = new StringWriter();
        new RunSummaryHtmlRenderer().render(record.withAttempts(List.of()), once);
        assertThat(once.toString()).doesNotContain("st-attempts");
    }

    @Test
    void shouldWriteNoScriptNoStyleAndDeclareAStrictPolicy() throws IOException {
        String html = render(XssPayloads.record("x"));

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<style")
                .doesNotContain(" style=").contains("<meta http-equiv=\"Content-Security-Policy\" "
                        + "content=\"default-src 'none'; style-src 'self';");
    }

    @Test
    void shouldRefuseAnUnsafeStylesheetLink() {
        assertThatThrownBy(() -> new RunSummaryHtmlRenderer("javascript:alert(1)", ""))
                .hasMessageContaining("stylesheetHref");
    }

    private static TestCaseResult failed(String cls, String name, String message) {
        return new TestCaseResult("s", cls, name, TestOutcome.FAILED, 20, "java.lang.AssertionError", message,
                "java.lang.AssertionError: " + message + "\n\tat " + cls + "." + name + "(X.java:1)", "", "", 1, "");
    }

    private static RunRecord run(RunVerdict verdict, List<TestCaseResult> tests, List<FailureGroup> groups,
            List<Cascade> cascades, String previous, List<ReportLink> reports) {
        return new RunRecord(1, "12-acme-e2e", 12, "acme", "Acme Corp", "e2e", Map.of("region", "eu-west-1"),
                verdict, List.of("2 tests failed"), RunCounts.of(tests), T0, T0 + 185_000, "Started by user alice",
                "4f2a9c1", List.of(), List.of(), List.of(), groups, cascades, List.of(), List.of(), previous, tests,
                reports, Map.of());
    }

    private static String render(RunRecord r) throws IOException {
        StringWriter out = new StringWriter();
        new RunSummaryHtmlRenderer().render(r, out);
        return out.toString();
    }
}
