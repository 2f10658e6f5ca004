package io.jenkins.plugins.systemtest.engine.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedResultsTest {

    private static TestCaseResult test(String name, TestOutcome outcome, String out, String err) {
        return new TestCaseResult("S", "com.acme.T", name, outcome, 5, outcome.isProblem() ? "E" : "",
                outcome.isProblem() ? "boom" : "", outcome.isProblem() ? "trace" : "", out, err, 1, "f.xml");
    }

    @Test
    void shouldDropTheOutputOfPassedTestsOnlyKeepingEverythingElse() {
        ParsedResults results = new ParsedResults(List.of("f.xml"), List.of(
                test("passed", TestOutcome.PASSED, "out", "err"),
                test("failed", TestOutcome.FAILED, "out", "err"),
                test("flaky", TestOutcome.FLAKY, "out", ""),
                test("skipped", TestOutcome.SKIPPED, "", "err")),
                List.of(new ParseProblem("g.xml", 1, 2, "broken")));

        ParsedResults kept = results.withoutPassedOutput();

        assertThat(kept.tests().get(0)).isEqualTo(test("passed", TestOutcome.PASSED, "", ""));
        assertThat(kept.tests().subList(1, 4)).isEqualTo(results.tests().subList(1, 4));
        assertThat(kept.files()).isEqualTo(results.files());
        assertThat(kept.problems()).isEqualTo(results.problems());
    }

    @Test
    void shouldReturnTheSameResultsWhenNoPassedTestHasOutput() {
        ParsedResults results = new ParsedResults(List.of(), List.of(test("passed", TestOutcome.PASSED, "", ""),
                test("failed", TestOutcome.FAILED, "out", "")), List.of());

        assertThat(results.withoutPassedOutput()).isSameAs(results);
    }
}
