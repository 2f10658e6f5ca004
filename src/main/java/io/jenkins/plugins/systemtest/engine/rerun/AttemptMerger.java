package io.jenkins.plugins.systemtest.engine.rerun;

import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.TestAttempt;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the attempts of a rerun run into the run's results, each attempt having been read from its own files:
 * <ul>
 *   <li>a test that failed or errored in one attempt and passed in another is FLAKY (all its attempts are kept in
 *       {@link TestAttempt}s, its failure texts are those of its last failing attempt);</li>
 *   <li>a test that failed or errored in every attempt it ran in keeps the outcome and texts of its last attempt;</li>
 *   <li>a test that did not run again (a rerun runs only the failed tests) keeps its first outcome; a skipped
 *       attempt never changes an outcome; a test seen only in a rerun is added;</li>
 *   <li>attempts and durations are added up; tests keep the order of the attempt they first appeared in.</li>
 * </ul>
 * The same test twice in one attempt (same class and name) is matched by its position among its namesakes.
 */
public final class AttemptMerger {

    /**
     * The merged run.
     *
     * @param results  the merged results, which the gate judges
     * @param attempts one entry per attempt, with the outcome of each test that failed in any attempt
     * @param summary  one sentence on what the reruns showed, empty for a single attempt
     */
    public record Merged(ParsedResults results, List<TestAttempt> attempts, String summary) {
    }

    public Merged merge(List<AttemptRun> runs) {
        Map<String, TestCaseResult> merged = new LinkedHashMap<>();
        Set<String> everFailed = new LinkedHashSet<>();
        Set<String> files = new LinkedHashSet<>();
        List<ParseProblem> problems = new ArrayList<>();
        for (AttemptRun run : runs) {
            Map<String, Integer> seen = new HashMap<>();
            for (TestCaseResult t : run.results().tests()) {
                String key = t.id() + "\u0000" + seen.merge(t.id(), 1, Integer::sum);
                merged.merge(key, t, AttemptMerger::fold);
                if (t.outcome().isProblem()) {
                    everFailed.add(t.id());
                }
            }
            files.addAll(run.results().files());
            String prefix = runs.size() > 1 ? "attempt " + run.number() + ": " : "";
            run.results().problems().forEach(p -> problems.add(new ParseProblem(p.file(), p.line(), p.column(),
                    prefix + p.message())));
        }
        List<TestAttempt> attempts = new ArrayList<>();
        for (AttemptRun run : runs) {
            Map<String, TestAttempt.Outcome> outcomes = new LinkedHashMap<>();
            for (TestCaseResult t : run.results().tests()) {
                if (everFailed.contains(t.id())) {
                    outcomes.putIfAbsent(t.id(), new TestAttempt.Outcome(t.id(), t.outcome(),
                            t.outcome().isProblem() || t.outcome() == TestOutcome.FLAKY ? t.failureMessage() : ""));
                }
            }
            attempts.add(new TestAttempt(run.number(), run.startedAt(), run.endedAt(), run.ending(),
                    RunCounts.of(run.results().tests()), run.results().files(), List.copyOf(outcomes.values())));
        }
        List<TestCaseResult> tests = List.copyOf(merged.values());
        return new Merged(new ParsedResults(List.copyOf(files), tests, problems), attempts,
                summary(runs.size(), everFailed, tests));
    }

    private static String summary(int attempts, Set<String> everFailed, List<TestCaseResult> tests) {
        if (attempts < 2) {
            return "";
        }
        int flaky = 0;
        int failing = 0;
        Set<String> counted = new LinkedHashSet<>();
        for (TestCaseResult t : tests) {
            if (everFailed.contains(t.id()) && counted.add(t.id())) {
                if (t.outcome().isProblem()) {
                    failing++;
                } else if (t.outcome() == TestOutcome.FLAKY) {
                    flaky++;
                }
            }
        }
        return attempts + " attempts: " + flaky + " test(s) failed and then passed on a rerun (flaky), " + failing
                + " failed or errored in every attempt they ran in.";
    }

    /** One test's result so far folded with its result in a later attempt. */
    static TestCaseResult fold(TestCaseResult earlier, TestCaseResult later) {
        if (later.outcome() == TestOutcome.SKIPPED) {
            return earlier;
        }
        if (earlier.outcome() == TestOutcome.SKIPPED) {
            return later;
        }
        boolean problemBefore = earlier.outcome().isProblem();
        boolean problemNow = later.outcome().isProblem();
        TestOutcome outcome;
        TestCaseResult texts;
        if (problemBefore && problemNow) {
            outcome = later.outcome();
            texts = later;
        } else if (problemBefore || problemNow) {
            outcome = TestOutcome.FLAKY;
            texts = problemNow ? later : earlier;
        } else {
            outcome = earlier.outcome() == TestOutcome.FLAKY || later.outcome() == TestOutcome.FLAKY
                    ? TestOutcome.FLAKY : TestOutcome.PASSED;
            texts = later.outcome() == TestOutcome.FLAKY ? later : earlier;
        }
        return new TestCaseResult(earlier.suite(), earlier.className(), earlier.name(), outcome,
                earlier.durationMillis() + later.durationMillis(), texts.failureType(), texts.failureMessage(),
                texts.failureDetail(), texts.stdout(), texts.stderr(), earlier.attempts() + later.attempts(),
                earlier.file());
    }
}
