package io.jenkins.plugins.systemtest.engine.gate;

import io.jenkins.plugins.systemtest.engine.analysis.FailureAnalysis;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verdict of a run, what it does to the build, and why.
 *
 * @param verdict the verdict
 * @param outcome what it does to the build
 * @param reasons one sentence per reason, for logs and pages
 */
public record GateDecision(RunVerdict verdict, BuildOutcome outcome, List<String> reasons) {

    public GateDecision {
        reasons = List.copyOf(reasons);
    }

    /**
     * Judges a run.
     *
     * @param gate      the user's gate
     * @param aborted   whether the run was stopped
     * @param preflight the service checks (empty when none were required)
     * @param counts    the test counts (none when the body did not run)
     * @param analysis  the failures, grouped and classified
     */
    public static GateDecision evaluate(QualityGate gate, boolean aborted, List<ProbeResult> preflight,
            RunCounts counts, FailureAnalysis analysis) {
        return evaluate(gate, aborted ? "The run was aborted before it ended." : null, preflight, counts, analysis);
    }

    /**
     * Judges a run. A run that was stopped is {@code ABORTED} whatever it left: the results written before the
     * stop are kept in the record and counted, but neither judged by the gate nor called missing ({@code NO_TESTS}).
     *
     * @param gate        the user's gate
     * @param abortReason why the run was stopped, as a sentence, or null when it was not
     * @param preflight   the service checks (empty when none were required)
     * @param counts      the test counts (none when the body did not run)
     * @param analysis    the failures, grouped and classified
     */
    public static GateDecision evaluate(QualityGate gate, String abortReason, List<ProbeResult> preflight,
            RunCounts counts, FailureAnalysis analysis) {
        List<String> reasons = new ArrayList<>();
        if (abortReason != null) {
            reasons.add(abortReason);
            if (counts.total() > 0) {
                reasons.add("The " + counts.total() + " test result(s) written before the stop are kept; the quality"
                        + " gate is not applied to an aborted run.");
            }
            return new GateDecision(RunVerdict.ABORTED, BuildOutcome.ABORTED, reasons);
        }
        List<ProbeResult> down = preflight.stream().filter(p -> !p.up()).toList();
        if (!down.isEmpty()) {
            for (ProbeResult p : down) {
                reasons.add("Required service " + p.target() + " is down (" + p.cause().name().toLowerCase(Locale.ROOT)
                        + "): " + (p.hint().isEmpty() ? p.message() : p.hint()));
            }
            reasons.add("The tests were not run.");
            return new GateDecision(RunVerdict.INFRA_ERROR, infraOutcome(gate), reasons);
        }
        if (counts.total() == 0) {
            reasons.add("No test result was found.");
            return new GateDecision(RunVerdict.NO_TESTS, BuildOutcome.FAILURE, reasons);
        }
        if (analysis.isAllInfrastructure()) {
            reasons.add("All " + counts.problems() + " failed or errored tests failed on infrastructure ("
                    + analysis.groups().get(0).rule() + "), not on the product.");
            return new GateDecision(RunVerdict.INFRA_ERROR, infraOutcome(gate), reasons);
        }
        if (gate.minPassRate() != null && counts.executed() > 0 && counts.passRate() < gate.minPassRate()) {
            reasons.add("Pass rate " + percent(counts.passRate()) + " is below the required "
                    + percent(gate.minPassRate()) + ".");
        }
        if (gate.minPassRate() != null && counts.executed() == 0) {
            reasons.add("No test was executed (" + counts.skipped() + " skipped), so no pass rate can be judged.");
        }
        if (gate.maxFailures() != null && counts.problems() > gate.maxFailures()) {
            reasons.add(counts.failed() + " failed and " + counts.errors() + " errored tests exceed the allowed "
                    + gate.maxFailures() + ".");
        }
        if (gate.failOnFlaky() && counts.flaky() > 0) {
            reasons.add(counts.flaky() + " flaky tests, and the gate allows none.");
        }
        if (!reasons.isEmpty()) {
            return new GateDecision(RunVerdict.FAILED, BuildOutcome.UNSTABLE, reasons);
        }
        reasons.add("Quality gate holds: " + gate.describe() + ".");
        return new GateDecision(RunVerdict.PASSED, BuildOutcome.SUCCESS, reasons);
    }

    private static BuildOutcome infraOutcome(QualityGate gate) {
        return gate.onInfraError() == InfraErrorPolicy.UNSTABLE ? BuildOutcome.UNSTABLE : BuildOutcome.FAILURE;
    }

    /**
     * A percentage as people read it: one decimal rounded down (so 99.96% never shows as a passing 100%), no
     * trailing ".0".
     */
    public static String percent(double value) {
        String s = String.format(Locale.ROOT, "%.1f", Math.floor(value * 10 + 1e-9) / 10);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + "%";
    }
}
