package io.jenkins.plugins.systemtest.engine.record;

import io.jenkins.plugins.systemtest.engine.analysis.Cascade;
import io.jenkins.plugins.systemtest.engine.analysis.FailureCategory;
import io.jenkins.plugins.systemtest.engine.analysis.FailureGroup;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestAttempt;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeCause;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Run records for tests: one with every field set, and small ones with a given list of tests. */
public final class SampleRecords {

    private SampleRecords() {
    }

    /** A record with every field set, texts in several scripts, and one empty list. */
    public static RunRecord full(String id) {
        TestCaseResult failed = new TestCaseResult("Kassen-Suite", "de.acme.KasseIT", "sollte_bezahlen_ü",
                TestOutcome.FAILED, 1234, "org.opentest4j.AssertionFailedError",
                "expected: <200> but was: <503> — 顧客 🚀", "at de.acme.KasseIT.sollte_bezahlen_ü(KasseIT.java:42)\n\t...",
                "stdout: Grüße\n", "stderr: \"quoted\" \\ backslash\t tab", 3, "target/surefire-reports/TEST-KasseIT.xml");
        TestCaseResult flaky = new TestCaseResult("Kassen-Suite", "de.acme.KasseIT", "retry", TestOutcome.FLAKY, 10,
                "", "", "", "", "", 2, "target/surefire-reports/TEST-KasseIT.xml");
        TestCaseResult passed = TestCaseResult.passed("Kassen-Suite", "de.acme.KasseIT", "ok", 5);
        List<TestCaseResult> tests = List.of(failed, flaky, passed);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("teamId", "39203");
        attributes.put("eventIds", "3664712,2563193");
        return new RunRecord(RunRecord.SCHEMA_VERSION, id, 17, "acme", "ACME Händler GmbH — 東京", "e2e", attributes,
                RunVerdict.FAILED, List.of("1 test failed", "pass rate 66.7 % is below 90 %"), RunCounts.of(tests),
                1_700_000_000_000L, 1_700_000_123_456L, "Started by user ålice", "0123abcd",
                List.of(new ProbeResult("https://db.internal:5432", false, 3001, 3, ProbeCause.TIMEOUT,
                        "connect timed out", "Is the database up?")),
                List.of(new ParseProblem("reports/broken.xml", 3, 14, "unexpected end of file")),
                List.of("target/surefire-reports/TEST-KasseIT.xml"),
                List.of(new FailureGroup("AssertionFailedError: expected <N> but was <N>", FailureCategory.ASSERTION,
                        "assertion", "org.opentest4j.AssertionFailedError", "expected: <200> but was: <503>",
                        List.of(failed.id()), List.of())),
                List.of(new Cascade(failed.id(), "Kassen-Suite", List.of("de.acme.KasseIT.next"), "after a 503")),
                List.of(failed.id()), List.of(), "16-acme-e2e", tests,
                List.of(new ReportLink("Playwright", "system-tests/acme/e2e/Playwright", "index.html", 12, true, "")),
                Map.of("buildUrl", "job/x/17/", "node", "agent-ü"),
                List.of(new TestAttempt(1, 1_700_000_000_000L, 1_700_000_060_000L, "exit code 1",
                                new RunCounts(3, 1, 2, 0, 0, 0), List.of("target/surefire-reports/TEST-KasseIT.xml"),
                                List.of(new TestAttempt.Outcome(failed.id(), TestOutcome.FAILED, "expected: <200> — 顧客"),
                                        new TestAttempt.Outcome(flaky.id(), TestOutcome.FAILED, "timeout"))),
                        new TestAttempt(2, 1_700_000_061_000L, 1_700_000_123_456L, "exit code 1",
                                new RunCounts(2, 1, 1, 0, 0, 0), List.of("target/surefire-reports/TEST-KasseIT.xml"),
                                List.of(new TestAttempt.Outcome(failed.id(), TestOutcome.FAILED, "expected: <200>"),
                                        new TestAttempt.Outcome(flaky.id(), TestOutcome.PASSED, "")))));
    }

    /** A record with these tests, its counts and verdict derived from them. */
    public static RunRecord of(String id, long build, String tenant, String suite, long startedAt,
            List<TestCaseResult> tests) {
        RunCounts counts = RunCounts.of(tests);
        RunVerdict verdict = tests.isEmpty() ? RunVerdict.NO_TESTS
                : counts.problems() > 0 ? RunVerdict.FAILED : RunVerdict.PASSED;
        return new RunRecord(RunRecord.SCHEMA_VERSION, id, build, tenant, tenant.toUpperCase(), suite, Map.of(),
                verdict, List.of(), counts, startedAt, startedAt + 1000, "timer", "", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), "", tests, List.of(), Map.of());
    }

    /** {@code count} passing tests and these outcomes for the tests named after them. */
    public static List<TestCaseResult> tests(int count, Map<String, TestOutcome> others) {
        List<TestCaseResult> tests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tests.add(TestCaseResult.passed("S", "com.acme.T", "t" + i, 1));
        }
        others.forEach((name, outcome) -> tests.add(TestCaseResult.passed("S", "com.acme.T", name, 1)
                .withOutcome(outcome)));
        return tests;
    }
}
