package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.jenkins.plugins.systemtest.engine.model.TestOutcome.ERROR;
import static io.jenkins.plugins.systemtest.engine.model.TestOutcome.FAILED;
import static io.jenkins.plugins.systemtest.engine.model.TestOutcome.FLAKY;
import static io.jenkins.plugins.systemtest.engine.model.TestOutcome.PASSED;
import static io.jenkins.plugins.systemtest.engine.model.TestOutcome.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;

class RunComparisonTest {

    private static TestCaseResult test(String name, TestOutcome outcome) {
        return TestCaseResult.passed("S", "com.acme.T", name, 1).withOutcome(outcome);
    }

    private static String id(String name) {
        return "com.acme.T." + name;
    }

    private final RunSummary previous = Summaries.run("1-acme-e2e", 1, "acme", "e2e", 100, 20, Map.of(
            id("nowPasses"), FAILED,
            id("nowFlaky"), ERROR,
            id("nowAbsent"), FAILED,
            id("stillFailing"), FAILED,
            id("nowSkipped"), FAILED,
            id("wasFlaky"), FLAKY,
            id("wasSkipped"), SKIPPED));

    @Test
    void shouldTellNewFailuresFromFixedTestsAndLeaveAbsentTestsOut() {
        List<TestCaseResult> current = List.of(
                test("nowPasses", PASSED),
                test("newTest", FAILED),
                test("nowFlaky", FLAKY),
                test("stillFailing", ERROR),
                test("nowSkipped", SKIPPED),
                test("wasFlaky", FAILED),
                test("wasSkipped", ERROR),
                test("passedBefore", FAILED),
                test("alwaysPasses", PASSED));

        RunComparison comparison = RunComparison.of(previous, current);

        assertThat(comparison.previousRunId()).isEqualTo("1-acme-e2e");
        assertThat(comparison.newFailures())
                .containsExactly(id("newTest"), id("wasFlaky"), id("wasSkipped"), id("passedBefore"));
        assertThat(comparison.fixedTests()).containsExactly(id("nowPasses"), id("nowFlaky"));
    }

    @Test
    void shouldCountATestReportedTwiceAsFailingWhenOneOfItsCasesFails() {
        List<TestCaseResult> current = List.of(test("nowPasses", PASSED), test("nowPasses", FAILED),
                test("nowFlaky", PASSED), test("nowFlaky", SKIPPED));

        RunComparison comparison = RunComparison.of(previous, current);

        assertThat(comparison.newFailures()).isEmpty();
        assertThat(comparison.fixedTests()).containsExactly(id("nowFlaky"));
    }

    @Test
    void shouldCompareNothingWithoutAPreviousRun() {
        assertThat(RunComparison.of(null, List.of(test("x", FAILED)))).isEqualTo(RunComparison.NONE);
    }
}
