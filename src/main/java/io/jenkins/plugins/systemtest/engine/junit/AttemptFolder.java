package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the repeated attempts of one test within one result file into one result. Tools that retry by writing the
 * test again (the same {@code classname} and {@code name} in a suite of the same name and host) are read as:
 * <ul>
 *   <li>outcome: the last attempt's, but FLAKY when it passed after an earlier attempt failed or errored; skipped
 *       attempts do not count unless all were skipped;</li>
 *   <li>attempts and duration: added up;</li>
 *   <li>failure and output texts: those of the last attempt that did not pass, or else of the last attempt.</li>
 * </ul>
 * Tests keep the position of their first attempt.
 */
final class AttemptFolder {

    private final Map<Key, TestCaseResult> tests = new LinkedHashMap<>();

    /** Adds one attempt of a test run in the suite identified by {@code suiteKey}. */
    void add(String suiteKey, TestCaseResult attempt) {
        tests.merge(new Key(suiteKey, attempt.className(), attempt.name()), attempt, AttemptFolder::fold);
    }

    private record Key(String suite, String className, String name) {
    }

    List<TestCaseResult> results() {
        return new ArrayList<>(tests.values());
    }

    static TestCaseResult fold(TestCaseResult earlier, TestCaseResult later) {
        TestOutcome outcome = foldOutcome(earlier.outcome(), later.outcome());
        TestCaseResult texts = notPassed(later) || !notPassed(earlier) ? later : earlier;
        return new TestCaseResult(earlier.suite(), earlier.className(), earlier.name(), outcome,
                earlier.durationMillis() + later.durationMillis(), texts.failureType(), texts.failureMessage(),
                texts.failureDetail(), texts.stdout(), texts.stderr(), earlier.attempts() + later.attempts(),
                earlier.file());
    }

    static TestOutcome foldOutcome(TestOutcome earlier, TestOutcome later) {
        if (later == TestOutcome.SKIPPED) {
            return earlier;
        }
        if (earlier == TestOutcome.SKIPPED) {
            return later;
        }
        if (later.isPassing()) {
            return earlier == TestOutcome.PASSED ? later : TestOutcome.FLAKY;
        }
        return later;
    }

    private static boolean notPassed(TestCaseResult t) {
        return t.outcome().isProblem() || t.outcome() == TestOutcome.FLAKY;
    }
}
