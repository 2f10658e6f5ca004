package io.jenkins.plugins.systemtest.engine.rerun;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RerunPolicyTest {

    static TestCaseResult test(String name, TestOutcome outcome, String type, String message) {
        return new TestCaseResult("S", "com.acme.ApiIT", name, outcome, 100, type, message, "at ApiIT.java:1", "", "",
                1, "build/TEST-ApiIT.xml");
    }

    private static ParsedResults results(TestCaseResult... tests) {
        return new ParsedResults(List.of("build/TEST-ApiIT.xml"), List.of(tests), List.of());
    }

    private static final ParsedResults ONE_FAILED = results(
            test("shouldAnswer", TestOutcome.PASSED, "", ""),
            test("shouldList", TestOutcome.FAILED, "java.lang.AssertionError", "expected 2 but was 0"),
            test("shouldDelete", TestOutcome.ERROR, "java.lang.IllegalStateException", "no such item"),
            test("shouldDelete", TestOutcome.ERROR, "java.lang.IllegalStateException", "no such item"));

    @Test
    void shouldRerunTheFailedAndErroredTestsOnceEachWhileRerunsRemain() {
        RerunPolicy.Decision d = new RerunPolicy(2).decide(1, false, true, ONE_FAILED);

        assertThat(d.rerun()).isTrue();
        assertThat(d.tests()).extracting(TestCaseResult::id)
                .containsExactly("com.acme.ApiIT.shouldList", "com.acme.ApiIT.shouldDelete");
        assertThat(d.reason()).isEqualTo("Attempt 1: 1 failed and 2 errored test(s); running attempt 2 of up to 3 "
                + "with the 2 test(s) in SYSTEM_TEST_RERUN_FILE.");
        assertThat(new RerunPolicy(2).decide(2, false, true, ONE_FAILED).rerun()).isTrue();
    }

    @Test
    void shouldStopWhenNoRerunIsLeft() {
        RerunPolicy.Decision d = new RerunPolicy(2).decide(3, false, true, ONE_FAILED);

        assertThat(d.rerun()).isFalse();
        assertThat(d.tests()).isEmpty();
        assertThat(d.reason()).isEqualTo("No rerun left: 1 failed and 2 errored test(s) in attempt 3 of 3.");
    }

    @Test
    void shouldNeverRerunWhenNoRerunWasAskedFor() {
        RerunPolicy.Decision d = new RerunPolicy(0).decide(1, false, true, ONE_FAILED);

        assertThat(d.rerun()).isFalse();
        assertThat(d.reason()).isEmpty();
    }

    @Test
    void shouldNeverRerunAfterAnAbortEvenWhenTestsFailed() {
        RerunPolicy.Decision d = new RerunPolicy(3).decide(1, true, true, ONE_FAILED);

        assertThat(d.rerun()).isFalse();
        assertThat(d.reason()).isEqualTo("No rerun: the run was aborted during attempt 1.");
    }

    @Test
    void shouldNeverRerunWhenAServiceWasDown() {
        assertThat(new RerunPolicy(3).decide(1, false, false, ParsedResults.empty()).rerun()).isFalse();
    }

    @Test
    void shouldNotRerunWhenEverythingPassedOrNothingWasWritten() {
        RerunPolicy policy = new RerunPolicy(3);

        RerunPolicy.Decision passed = policy.decide(1, false, true, results(
                test("a", TestOutcome.PASSED, "", ""), test("b", TestOutcome.FLAKY, "", ""),
                test("c", TestOutcome.SKIPPED, "", "")));
        RerunPolicy.Decision none = policy.decide(1, false, true, ParsedResults.empty());

        assertThat(passed.rerun()).isFalse();
        assertThat(passed.reason()).isEmpty();
        assertThat(none.rerun()).isFalse();
        assertThat(none.reason()).isEqualTo("No rerun: attempt 1 wrote no test result.");
    }

    @Test
    void shouldNotRerunWhenEveryFailureIsAnInfrastructureFailure() {
        ParsedResults infra = results(test("a", TestOutcome.PASSED, "", ""),
                test("b", TestOutcome.ERROR, "java.net.ConnectException", "Connection refused"),
                test("c", TestOutcome.ERROR, "java.net.ConnectException", "Connection refused"));

        RerunPolicy.Decision d = new RerunPolicy(3).decide(1, false, true, infra);

        assertThat(d.rerun()).isFalse();
        assertThat(d.reason()).startsWith("No rerun: every failure of attempt 1 is an infrastructure failure");
    }

    @Test
    void shouldRefuseANumberOfRerunsOutOfRange() {
        assertThatThrownBy(() -> new RerunPolicy(11)).isInstanceOf(InvalidInputException.class)
                .hasMessage("rerunFailed: must be between 0 and 10, not 11");
        assertThatThrownBy(() -> new RerunPolicy(-1)).isInstanceOf(InvalidInputException.class);
        assertThat(new RerunPolicy(10).reruns()).isEqualTo(10);
    }
}
