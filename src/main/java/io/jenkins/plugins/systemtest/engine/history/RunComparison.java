package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed since the previous run of the same tenant and suite.
 *
 * <p>It takes the current run's full test list and the previous run's summary. A summary lists only the tests
 * that did not pass, so it cannot tell a passing test from an absent one; the current list can, and that is what
 * "fixed" needs: a test that failed before and is absent now (renamed, deleted, not run) is not fixed.
 *
 * @param previousRunId the run compared with, or empty when there was none
 * @param newFailures   ids of tests failing now (FAILED or ERROR) that were not failing in the previous run
 *                      (passed, flaky, skipped or absent), in the order of the current run
 * @param fixedTests    ids of tests failing in the previous run (FAILED or ERROR) that pass now (PASSED or FLAKY),
 *                      in the order of the current run
 */
public record RunComparison(String previousRunId, List<String> newFailures, List<String> fixedTests) {

    /** Nothing to compare with. */
    public static final RunComparison NONE = new RunComparison("", List.of(), List.of());

    public RunComparison {
        previousRunId = Objects.requireNonNullElse(previousRunId, "");
        newFailures = List.copyOf(newFailures);
        fixedTests = List.copyOf(fixedTests);
    }

    /**
     * Compares the current run with the previous one. A test id reported more than once in the current run is
     * failing when any of its cases fails, and passing when none fails and one passes.
     *
     * @param previous the previous run's summary, or null when there is none ({@link #NONE})
     * @param current  every test case of the current run
     */
    public static RunComparison of(RunSummary previous, Collection<TestCaseResult> current) {
        if (previous == null) {
            return NONE;
        }
        Map<String, Boolean> failingNow = new LinkedHashMap<>();
        for (TestCaseResult t : current) {
            TestOutcome o = t.outcome();
            if (o.isProblem()) {
                failingNow.put(t.id(), Boolean.TRUE);
            } else if (o.isPassing()) {
                failingNow.putIfAbsent(t.id(), Boolean.FALSE);
            }
        }
        List<String> newFailures = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        failingNow.forEach((id, failing) -> {
            TestOutcome before = previous.notPassed().get(id);
            boolean failedBefore = before != null && before.isProblem();
            if (failing && !failedBefore) {
                newFailures.add(id);
            } else if (!failing && failedBefore) {
                fixed.add(id);
            }
        });
        return new RunComparison(previous.id(), newFailures, fixed);
    }
}
