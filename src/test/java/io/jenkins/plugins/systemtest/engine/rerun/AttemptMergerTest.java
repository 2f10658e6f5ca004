package io.jenkins.plugins.systemtest.engine.rerun;

import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.TestAttempt;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jenkins.plugins.systemtest.engine.rerun.RerunPolicyTest.test;
import static org.assertj.core.api.Assertions.assertThat;

class AttemptMergerTest {

    private static AttemptRun attempt(int n, TestCaseResult... tests) {
        return new AttemptRun(n, n * 1000L, n * 1000L + 500, "exit code " + (n == 1 ? 1 : 0),
                new ParsedResults(List.of("build/TEST-ApiIT.xml"), List.of(tests), List.of()));
    }

    private static TestCaseResult passed(String name) {
        return test(name, TestOutcome.PASSED, "", "");
    }

    private static TestCaseResult failed(String name, String message) {
        return test(name, TestOutcome.FAILED, "java.lang.AssertionError", message);
    }

    private static TestCaseResult byName(List<TestCaseResult> tests, String name) {
        return tests.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void shouldCallATestThatFailedAndThenPassedFlakyAndKeepBothAttempts() {
        AttemptMerger.Merged m = new AttemptMerger().merge(List.of(
                attempt(1, passed("a"), failed("b", "first")),
                attempt(2, passed("b"))));

        assertThat(m.results().tests()).extracting(TestCaseResult::name).containsExactly("a", "b");
        TestCaseResult b = byName(m.results().tests(), "b");
        assertThat(b.outcome()).isEqualTo(TestOutcome.FLAKY);
        assertThat(b.attempts()).isEqualTo(2);
        assertThat(b.durationMillis()).isEqualTo(200);
        assertThat(b.failureMessage()).as("the flaky test keeps the failure it had").isEqualTo("first");
        assertThat(byName(m.results().tests(), "a").outcome()).isEqualTo(TestOutcome.PASSED);
        assertThat(RunCounts.of(m.results().tests())).isEqualTo(new RunCounts(2, 1, 0, 0, 0, 1));
        assertThat(m.attempts()).hasSize(2);
        assertThat(m.attempts().get(0).tests()).containsExactly(
                new TestAttempt.Outcome("com.acme.ApiIT.b", TestOutcome.FAILED, "first"));
        assertThat(m.attempts().get(1).tests()).containsExactly(
                new TestAttempt.Outcome("com.acme.ApiIT.b", TestOutcome.PASSED, ""));
        assertThat(m.attempts().get(0).counts()).isEqualTo(new RunCounts(2, 1, 1, 0, 0, 0));
        assertThat(m.attempts().get(1).counts()).isEqualTo(new RunCounts(1, 1, 0, 0, 0, 0));
        assertThat(m.attempts().get(1).ending()).isEqualTo("exit code 0");
        assertThat(m.summary()).isEqualTo("2 attempts: 1 test(s) failed and then passed on a rerun (flaky), "
                + "0 failed or errored in every attempt they ran in.");
    }

    @Test
    void shouldKeepATestFailedWhenItFailedInEveryAttemptWithTheLastFailure() {
        AttemptMerger.Merged m = new AttemptMerger().merge(List.of(
                attempt(1, passed("a"), failed("b", "first")),
                attempt(2, failed("b", "second")),
                attempt(3, test("b", TestOutcome.ERROR, "java.lang.IllegalStateException", "third"))));

        TestCaseResult b = byName(m.results().tests(), "b");
        assertThat(b.outcome()).isEqualTo(TestOutcome.ERROR);
        assertThat(b.failureMessage()).isEqualTo("third");
        assertThat(b.attempts()).isEqualTo(3);
        assertThat(m.attempts()).extracting(a -> a.outcomeOf("com.acme.ApiIT.b").orElseThrow().outcome())
                .containsExactly(TestOutcome.FAILED, TestOutcome.FAILED, TestOutcome.ERROR);
        assertThat(m.summary()).endsWith("0 test(s) failed and then passed on a rerun (flaky), 1 failed or errored "
                + "in every attempt they ran in.");
    }

    @Test
    void shouldCallATestThatPassedAndThenFailedInAFullRerunFlaky() {
        AttemptMerger.Merged m = new AttemptMerger().merge(List.of(
                attempt(1, passed("a"), failed("b", "first")),
                attempt(2, failed("a", "now a"), passed("b"))));

        assertThat(m.results().tests()).extracting(TestCaseResult::outcome)
                .containsExactly(TestOutcome.FLAKY, TestOutcome.FLAKY);
        assertThat(byName(m.results().tests(), "a").failureMessage()).isEqualTo("now a");
        assertThat(m.attempts().get(0).outcomeOf("com.acme.ApiIT.a").orElseThrow().outcome())
                .isEqualTo(TestOutcome.PASSED);
    }

    @Test
    void shouldIgnoreSkippedAttemptsAndAddTestsSeenOnlyInARerun() {
        AttemptMerger.Merged m = new AttemptMerger().merge(List.of(
                attempt(1, failed("b", "first")),
                attempt(2, test("b", TestOutcome.SKIPPED, "", ""), passed("new"))));

        assertThat(byName(m.results().tests(), "b").outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(byName(m.results().tests(), "new").outcome()).isEqualTo(TestOutcome.PASSED);
        assertThat(m.attempts().get(1).outcomeOf("com.acme.ApiIT.b").orElseThrow().outcome())
                .isEqualTo(TestOutcome.SKIPPED);
    }

    @Test
    void shouldMatchNamesakesInOneAttemptByTheirPosition() {
        AttemptMerger.Merged m = new AttemptMerger().merge(List.of(
                attempt(1, failed("p", "one"), passed("p")),
                attempt(2, passed("p"), passed("p"))));

        assertThat(m.results().tests()).extracting(TestCaseResult::outcome)
                .containsExactly(TestOutcome.FLAKY, TestOutcome.PASSED);
    }

    @Test
    void shouldKeepEveryAttemptsParseProblemsNamingTheAttempt() {
        AttemptRun broken = new AttemptRun(2, 0, 1, "exit code 1", new ParsedResults(List.of(), List.of(),
                List.of(new ParseProblem("build/TEST-x.xml", 3, 1, "unexpected end of file"))));

        AttemptMerger.Merged m = new AttemptMerger().merge(List.of(attempt(1, failed("b", "x")), broken));

        assertThat(m.results().problems()).containsExactly(
                new ParseProblem("build/TEST-x.xml", 3, 1, "attempt 2: unexpected end of file"));
        assertThat(byName(m.results().tests(), "b").outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(m.results().files()).containsExactly("build/TEST-ApiIT.xml");
    }

    @Test
    void shouldLeaveASingleAttemptAsItWas() {
        AttemptRun only = attempt(1, passed("a"), failed("b", "x"));

        AttemptMerger.Merged m = new AttemptMerger().merge(List.of(only));

        assertThat(m.results()).isEqualTo(only.results());
        assertThat(m.summary()).isEmpty();
    }
}
