package io.jenkins.plugins.systemtest.engine.rerun;

import io.jenkins.plugins.systemtest.engine.analysis.FailureAnalyzer;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, after an attempt, whether the suite runs again ({@code rerunFailed: N}): only while tests failed or
 * errored in that attempt and reruns remain, and never after an abort (a stop, a timeout, an interruption the suite
 * swallowed), when a required service was down, when the attempt wrote no test result, or when every failure was an
 * infrastructure failure (the run's verdict would be INFRA_ERROR: rerunning against a broken service proves
 * nothing). The preflight is never repeated; the next attempt gets the tests that failed or errored in this one.
 */
public final class RerunPolicy {

    /** The most reruns allowed. */
    public static final int MAX_RERUNS = 10;

    private final int reruns;
    private final FailureAnalyzer analyzer = new FailureAnalyzer();

    /**
     * @param reruns how many times the suite may run again, 0 to {@value #MAX_RERUNS}
     * @throws InvalidInputException (field {@code rerunFailed}) when out of range
     */
    public RerunPolicy(int reruns) {
        check("rerunFailed", reruns);
        this.reruns = reruns;
    }

    /** Checks a number of reruns given for {@code field}. */
    public static void check(String field, int reruns) {
        if (reruns < 0 || reruns > MAX_RERUNS) {
            throw new InvalidInputException(field, "must be between 0 and " + MAX_RERUNS + ", not " + reruns);
        }
    }

    /** How many times the suite may run again. */
    public int reruns() {
        return reruns;
    }

    /**
     * What comes after an attempt.
     *
     * @param rerun  whether the suite runs again
     * @param reason one sentence for the log, empty when there is nothing to say (no reruns asked, all passed)
     * @param tests  the tests to run again: those that failed or errored in the attempt, once each
     */
    public record Decision(boolean rerun, String reason, List<TestCaseResult> tests) {

        public Decision {
            tests = List.copyOf(tests);
        }

        static Decision stop(String reason) {
            return new Decision(false, reason, List.of());
        }
    }

    /**
     * Decides.
     *
     * @param attempt     the attempt that just ended (1 for the first run)
     * @param interrupted whether the run was stopped, timed out or interrupted during or after the attempt, even
     *                    when the suite then ended normally
     * @param servicesUp  whether the required services were up (the preflight's answer)
     * @param results     the attempt's own results
     */
    public Decision decide(int attempt, boolean interrupted, boolean servicesUp, ParsedResults results) {
        if (reruns == 0) {
            return Decision.stop("");
        }
        if (interrupted) {
            return Decision.stop("No rerun: the run was aborted during attempt " + attempt + ".");
        }
        if (!servicesUp) {
            return Decision.stop("No rerun: a required service was down, so the tests did not run.");
        }
        RunCounts counts = RunCounts.of(results.tests());
        if (counts.total() == 0) {
            return Decision.stop("No rerun: attempt " + attempt + " wrote no test result.");
        }
        if (counts.problems() == 0) {
            return Decision.stop("");
        }
        if (analyzer.analyze(results.tests()).isAllInfrastructure()) {
            return Decision.stop("No rerun: every failure of attempt " + attempt + " is an infrastructure failure "
                    + "(INFRA_ERROR); running the tests again would not tell anything about them.");
        }
        String failed = counts.failed() + " failed and " + counts.errors() + " errored test(s)";
        if (attempt > reruns) {
            return Decision.stop("No rerun left: " + failed + " in attempt " + attempt + " of " + (reruns + 1) + ".");
        }
        List<TestCaseResult> toRerun = failedTests(results);
        return new Decision(true, "Attempt " + attempt + ": " + failed + "; running attempt " + (attempt + 1)
                + " of up to " + (reruns + 1) + " with the " + toRerun.size() + " test(s) in "
                + RerunFiles.FILE + ".", toRerun);
    }

    /** The tests of an attempt to run again: those that failed or errored, once each, in the order found. */
    public static List<TestCaseResult> failedTests(ParsedResults results) {
        Map<String, TestCaseResult> failed = new LinkedHashMap<>();
        results.tests().stream().filter(t -> t.outcome().isProblem()).forEach(t -> failed.putIfAbsent(t.id(), t));
        return List.copyOf(failed.values());
    }
}
