package io.jenkins.plugins.systemtest.engine.gate;

import io.jenkins.plugins.systemtest.engine.analysis.FailureAnalysis;
import io.jenkins.plugins.systemtest.engine.analysis.FailureCategory;
import io.jenkins.plugins.systemtest.engine.analysis.FailureGroup;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeCause;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GateDecisionTest {

    private static final RunCounts ALL_PASS = new RunCounts(10, 10, 0, 0, 0, 0);
    private static final RunCounts ONE_FAIL = new RunCounts(20, 18, 1, 0, 1, 0);
    private static final FailureAnalysis ASSERTION = new FailureAnalysis(List.of(new FailureGroup("AssertionError: x",
            FailureCategory.ASSERTION, "assertion", "AssertionError", "x", List.of("a.b"), List.of())), List.of());
    private static final FailureAnalysis INFRA = new FailureAnalysis(List.of(new FailureGroup("ConnectException",
            FailureCategory.INFRASTRUCTURE, "connection-refused", "ConnectException", "refused", List.of("a.b"),
            List.of())), List.of());

    @Test
    void shouldPassWhenAllTestsPass() {
        GateDecision d = GateDecision.evaluate(QualityGate.DEFAULT, false, List.of(), ALL_PASS, FailureAnalysis.NONE);

        assertThat(d.verdict()).isEqualTo(RunVerdict.PASSED);
        assertThat(d.outcome()).isEqualTo(BuildOutcome.SUCCESS);
        assertThat(d.reasons()).containsExactly("Quality gate holds: no failed or errored test.");
    }

    @Test
    void shouldFailTheDefaultGateOnOneFailureAndMarkTheBuildUnstable() {
        GateDecision d = GateDecision.evaluate(QualityGate.DEFAULT, false, List.of(), ONE_FAIL, ASSERTION);

        assertThat(d.verdict()).isEqualTo(RunVerdict.FAILED);
        assertThat(d.outcome()).isEqualTo(BuildOutcome.UNSTABLE);
        assertThat(d.reasons()).containsExactly("1 failed and 0 errored tests exceed the allowed 0.");
    }

    @Test
    void shouldJudgeThePassRateWithoutSkippedTests() {
        // 18 of 19 executed passed: 94.7%, skipped one left out
        QualityGate gate = new QualityGate(95.0, null, false, null);
        GateDecision d = GateDecision.evaluate(gate, false, List.of(), ONE_FAIL, ASSERTION);

        assertThat(d.verdict()).isEqualTo(RunVerdict.FAILED);
        assertThat(d.reasons()).containsExactly("Pass rate 94.7% is below the required 95%.");
        assertThat(GateDecision.evaluate(new QualityGate(94.0, null, false, null), false, List.of(), ONE_FAIL,
                ASSERTION).verdict()).isEqualTo(RunVerdict.PASSED);
    }

    @Test
    void shouldNeverRoundAFailingPassRateUpToTheLimit() {
        RunCounts almost = new RunCounts(10000, 9999, 1, 0, 0, 0);

        GateDecision d = GateDecision.evaluate(new QualityGate(100.0, null, false, null), false, List.of(), almost,
                ASSERTION);

        assertThat(d.reasons()).containsExactly("Pass rate 99.9% is below the required 100%.");
    }

    @Test
    void shouldFailOnFlakyTestsOnlyWhenAsked() {
        RunCounts flaky = new RunCounts(5, 4, 0, 0, 0, 1);

        assertThat(GateDecision.evaluate(QualityGate.DEFAULT, false, List.of(), flaky, FailureAnalysis.NONE).verdict())
                .isEqualTo(RunVerdict.PASSED);
        assertThat(GateDecision.evaluate(new QualityGate(null, null, true, null), false, List.of(), flaky,
                FailureAnalysis.NONE).reasons()).containsExactly("1 flaky tests, and the gate allows none.");
    }

    @Test
    void shouldReportADownServiceAsInfrastructureWithItsHint() {
        ProbeResult down = new ProbeResult("postgres://127.0.0.1:55432", false, 3, 4, ProbeCause.REFUSED,
                "Connection refused", "nothing listens on 127.0.0.1:55432: is the database started, is the port right?");

        GateDecision d = GateDecision.evaluate(QualityGate.DEFAULT, false, List.of(down), RunCounts.NONE,
                FailureAnalysis.NONE);

        assertThat(d.verdict()).isEqualTo(RunVerdict.INFRA_ERROR);
        assertThat(d.outcome()).isEqualTo(BuildOutcome.FAILURE);
        assertThat(d.reasons()).containsExactly("Required service postgres://127.0.0.1:55432 is down (refused): "
                + "nothing listens on 127.0.0.1:55432: is the database started, is the port right?",
                "The tests were not run.");
    }

    @Test
    void shouldMarkInfrastructureUnstableWhenTheUserAsksForIt() {
        QualityGate gate = new QualityGate(null, null, false, InfraErrorPolicy.parse("Unstable"));

        GateDecision d = GateDecision.evaluate(gate, false, List.of(), ONE_FAIL, INFRA);

        assertThat(d.verdict()).isEqualTo(RunVerdict.INFRA_ERROR);
        assertThat(d.outcome()).isEqualTo(BuildOutcome.UNSTABLE);
    }

    @Test
    void shouldSayNoTestsWhenNothingWasFound() {
        GateDecision d = GateDecision.evaluate(QualityGate.DEFAULT, false, List.of(), RunCounts.NONE,
                FailureAnalysis.NONE);

        assertThat(d.verdict()).isEqualTo(RunVerdict.NO_TESTS);
        assertThat(d.outcome()).isEqualTo(BuildOutcome.FAILURE);
    }

    @Test
    void shouldPutAbortedBeforeEverythingElse() {
        GateDecision d = GateDecision.evaluate(QualityGate.DEFAULT, true, List.of(), ONE_FAIL, INFRA);

        assertThat(d.verdict()).isEqualTo(RunVerdict.ABORTED);
        assertThat(d.outcome().exitCode()).isEqualTo(130);
    }

    @Test
    void shouldRejectImpossibleGates() {
        assertThatThrownBy(() -> new QualityGate(101.0, null, false, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("minPassRate: ");
        assertThatThrownBy(() -> new QualityGate(null, -1, false, null)).hasMessageStartingWith("maxFailures: ");
        assertThatThrownBy(() -> InfraErrorPolicy.parse("ignore")).hasMessageStartingWith("onInfraError: ");
    }

    @Test
    void shouldApplyOnlyTheGivenLimitWhenOneIsGiven() {
        QualityGate rateOnly = new QualityGate(50.0, null, false, null);

        assertThat(rateOnly.maxFailures()).isNull();
        assertThat(QualityGate.DEFAULT.maxFailures()).isZero();
        assertThat(new QualityGate(90.0, 2, true, null).describe())
                .isEqualTo("pass rate at least 90%, at most 2 failed or errored tests, no flaky test");
    }

    @Test
    void shouldCallAStoppedRunAbortedWithItsCauseAndKeepItsResultsUnjudged() {
        GateDecision d = GateDecision.evaluate(QualityGate.DEFAULT, "The run was aborted: timeout after 15 s.",
                List.of(), ONE_FAIL, ASSERTION);

        assertThat(d.verdict()).isEqualTo(RunVerdict.ABORTED);
        assertThat(d.outcome()).isEqualTo(BuildOutcome.ABORTED);
        assertThat(d.reasons()).containsExactly("The run was aborted: timeout after 15 s.",
                "The 20 test result(s) written before the stop are kept; the quality gate is not applied to an"
                        + " aborted run.");
    }

    @Test
    void shouldNeverCallAStoppedRunWithoutResultsNoTests() {
        GateDecision d = GateDecision.evaluate(QualityGate.DEFAULT, "The run was aborted: aborted by the user bob.",
                List.of(), RunCounts.NONE, FailureAnalysis.NONE);

        assertThat(d.verdict()).isEqualTo(RunVerdict.ABORTED);
        assertThat(d.reasons()).containsExactly("The run was aborted: aborted by the user bob.");
        assertThat(GateDecision.evaluate(QualityGate.DEFAULT, (String) null, List.of(), RunCounts.NONE,
                FailureAnalysis.NONE).verdict()).isEqualTo(RunVerdict.NO_TESTS);
    }
}
