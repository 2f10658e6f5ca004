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

/** Realistic, deterministic runs, to look at the pages as a person would see them. */
final class SampleRuns {

    static final long T0 = 1_714_557_600_000L;
    static final String[] TENANTS = {"acme", "globex", "initech"};
    static final String[] NAMES = {"Acme Corp", "Globex", "Initech"};
    static final String[] SUITES = {"e2e", "api"};
    static final String[] TESTS = {"com.acme.shop.CartIT.addsItem", "com.acme.shop.CartIT.checkout",
            "com.acme.shop.OrderIT.create", "com.acme.shop.OrderIT.cancel", "com.acme.shop.SearchIT.facets",
            "com.acme.shop.LoginIT.ssoRedirect"};

    private SampleRuns() {
    }

    /** {@code builds} builds, each running both suites for the three tenants. */
    static HistoryView history(int builds) {
        List<RunSummary> runs = new ArrayList<>();
        Map<String, List<TrendPoint>> trends = new LinkedHashMap<>();
        Map<String, List<TestHistoryEntry>> histories = new LinkedHashMap<>();
        for (int b = 1; b <= builds; b++) {
            for (int t = 0; t < TENANTS.length; t++) {
                for (String suite : SUITES) {
                    int seed = b * 31 + t * 7 + suite.length();
                    RunVerdict verdict = seed % 17 == 0 ? RunVerdict.INFRA_ERROR
                            : seed % 5 == 0 ? RunVerdict.FAILED : RunVerdict.PASSED;
                    int failed = verdict == RunVerdict.FAILED ? 1 + seed % 4 : 0;
                    int flaky = seed % 3 == 0 ? 1 : 0;
                    int total = suite.equals("e2e") ? 48 : 120;
                    RunCounts counts = verdict == RunVerdict.INFRA_ERROR ? new RunCounts(total, 0, 0, 0, total, 0)
                            : new RunCounts(total, total - failed - flaky - 2, failed, 0, 2, flaky);
                    long started = T0 + (b * 6L + t) * 3_600_000L + (suite.equals("api") ? 600_000 : 0);
                    long duration = (suite.equals("e2e") ? 240_000 : 55_000) + (seed % 13) * 7_000L;
                    String id = b + "-" + TENANTS[t] + "-" + suite;
                    Map<String, TestOutcome> notPassed = new LinkedHashMap<>();
                    runs.add(new RunSummary(id, b, TENANTS[t], NAMES[t], suite, verdict, counts, started, duration,
                            b % 4 == 0 ? "Started by user alice" : "Started by timer", "4f2a9c" + b, notPassed));
                    if (suite.equals("e2e")) {
                        trends.computeIfAbsent(TENANTS[t], k -> new ArrayList<>()).add(new TrendPoint(id, b, started,
                                counts.passRate(), duration, verdict));
                        for (int i = 0; i < TESTS.length; i++) {
                            TestOutcome outcome = verdict == RunVerdict.INFRA_ERROR ? TestOutcome.SKIPPED
                                    : (seed + i) % 11 == 0 ? TestOutcome.FAILED
                                    : (seed + i) % 7 == 0 ? TestOutcome.FLAKY : TestOutcome.PASSED;
                            histories.computeIfAbsent(TESTS[i], k -> new ArrayList<>()).add(new TestHistoryEntry(id, b,
                                    TENANTS[t], started, outcome));
                        }
                    }
                }
            }
        }
        List<FlakyTest> flaky = List.of(new FlakyTest(TESTS[1], 9, builds * 3, 4, 5, builds),
                new FlakyTest(TESTS[4], 5, builds * 3, 2, 3, builds - 2),
                new FlakyTest(TESTS[5], 2, builds * 3, 1, 1, builds - 7));
        return new HistoryViewFactory(Clock.fixed(Instant.ofEpochMilli(T0 + builds * 6L * 3_600_000L),
                ZoneOffset.UTC)).create("acme-shop system tests", runs, trends, flaky, histories,
                r -> "runs/" + r.id() + "/summary.html");
    }

    /** A failed run with every section filled. */
    static RunRecord failedRun() {
        List<TestCaseResult> tests = new ArrayList<>();
        for (int i = 0; i < 38; i++) {
            tests.add(TestCaseResult.passed("shop", "com.acme.shop.CatalogIT", "lists" + i, 120 + i));
        }
        TestCaseResult root = new TestCaseResult("shop", "com.acme.shop.OrderIT", "create", TestOutcome.ERROR, 3200,
                "org.hibernate.exception.ConstraintViolationException", "could not execute statement; "
                + "constraint [orders_customer_fk]", "org.hibernate.exception.ConstraintViolationException: could "
                + "not execute statement\n\tat org.hibernate.Session.flush(Session.java:1234)\n\tat "
                + "com.acme.shop.OrderIT.create(OrderIT.java:42)\n", "creating order for customer 17\n", "", 1,
                "target/failsafe-reports/TEST-com.acme.shop.OrderIT.xml");
        TestCaseResult follower = new TestCaseResult("shop", "com.acme.shop.OrderIT", "cancel", TestOutcome.ERROR, 15,
                "jakarta.persistence.PendingRollbackError", "Transaction was marked for rollback only", "", "", "", 1,
                "target/failsafe-reports/TEST-com.acme.shop.OrderIT.xml");
        TestCaseResult assertion = new TestCaseResult("shop", "com.acme.shop.CartIT", "checkout", TestOutcome.FAILED,
                880, "org.opentest4j.AssertionFailedError", "expected: <3> but was: <2>",
                "org.opentest4j.AssertionFailedError: expected: <3> but was: <2>\n\tat com.acme.shop.CartIT.checkout"
                + "(CartIT.java:88)\n", "", "WARN slow response from /cart (1200 ms)\n", 1,
                "target/failsafe-reports/TEST-com.acme.shop.CartIT.xml");
        tests.add(root);
        tests.add(follower);
        tests.add(assertion);
        tests.add(new TestCaseResult("shop", "com.acme.shop.SearchIT", "facets", TestOutcome.FLAKY, 2400,
                "java.net.SocketTimeoutException", "Read timed out", "", "", "", 2, ""));
        tests.add(new TestCaseResult("shop", "com.acme.shop.LoginIT", "ssoRedirect", TestOutcome.SKIPPED, 0, "",
                "SSO is not configured for this tenant", "", "", "", 1, ""));
        FailureGroup g1 = new FailureGroup("ConstraintViolationException: could not execute statement; constraint "
                + "[<name>]", FailureCategory.ERROR, "", root.failureType(), root.failureMessage(),
                List.of(root.id(), follower.id()), List.of(follower.id()));
        FailureGroup g2 = new FailureGroup("AssertionFailedError: expected: <n> but was: <n>",
                FailureCategory.ASSERTION, "", assertion.failureType(), assertion.failureMessage(),
                List.of(assertion.id()), List.of());
        return new RunRecord(RunRecord.SCHEMA_VERSION, "42-acme-e2e", 42, "acme", "Acme Corp", "e2e",
                Map.of("region", "eu-west-1", "baseUrl", "https://acme.shop.example.test", "plan", "enterprise"),
                RunVerdict.FAILED, List.of("2 tests failed or errored (quality gate: 0 allowed)",
                        "1 failure is new since build 41"), RunCounts.of(tests), T0, T0 + 412_000,
                "Started by user alice", "4f2a9c1e7b",
                List.of(new ProbeResult("https://acme.shop.example.test/health", true, 84, 1, ProbeCause.OK,
                        "HTTP 200", ""),
                        new ProbeResult("tcp://db.acme.internal:5432", true, 3, 2, ProbeCause.OK, "connected", "")),
                List.of(new ParseProblem("target/failsafe-reports/TEST-com.acme.shop.ReportIT.xml", 118, 9,
                        "unexpected end of file inside <testcase>")),
                List.of("target/failsafe-reports/TEST-com.acme.shop.OrderIT.xml",
                        "target/failsafe-reports/TEST-com.acme.shop.CartIT.xml"),
                List.of(g1, g2), List.of(new Cascade(root.id(), "shop", List.of(follower.id()),
                        "PendingRollbackError after a failed flush")),
                List.of(assertion.id()), List.of("com.acme.shop.CatalogIT.lists3"), "41-acme-e2e", tests,
                List.of(new ReportLink("Playwright", "system-tests/acme/e2e/playwright-report", "index.html", 214, true,
                        ""), new ReportLink("Coverage", "system-tests/acme/e2e/coverage", "index.html", 58, false, "")),
                Map.of("node", "agent-3"));
    }
}
