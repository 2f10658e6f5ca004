package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fold as branch i12 wrote it, one map entry per test case keyed by its whole identity: kept, unchanged but for
 * its name, as the reference {@link AttemptFolderEquivalenceTest} holds the faster {@link AttemptFolder} to.
 */
final class StraightforwardAttemptFolder {

    /** The name Jenkins gives the test made from a suite-level {@code <error>}. */
    static final String INIT = AttemptFolder.INIT;

    /** Root names of tools that write one test case per test and never a retry as a second test case. */
    private static final Set<String> ONE_CASE_PER_TEST_ROOTS = Set.of("jest tests", "Mocha Tests");
    /** A suite property only QtTest writes. */
    private static final String QTEST_PROPERTY = "QTestVersion";

    private final Map<Key, TestCaseResult> firsts = new LinkedHashMap<>();
    /** Later test cases of a key, only for keys that repeat (most do not). */
    private Map<Key, List<TestCaseResult>> repeats;
    private boolean perCaseAssertions;
    private boolean oneCasePerTest;

    /** The identity of a test within one result file. */
    record Key(String suitePath, String className, String name, String caseFile, boolean pytest) {
    }

    /** Adds one test case, in document order. */
    void add(Key key, TestCaseResult testCase) {
        TestCaseResult first = firsts.putIfAbsent(key, testCase);
        if (first != null) {
            if (repeats == null) {
                repeats = new HashMap<>();
            }
            repeats.computeIfAbsent(key, k -> new ArrayList<>(2)).add(testCase);
        }
    }

    /** A test case gave an {@code assertions} attribute: its repeats are data sets. */
    void perCaseAssertions() {
        perCaseAssertions = true;
    }

    /** The name of the root element. */
    void rootName(String name) {
        if (ONE_CASE_PER_TEST_ROOTS.contains(name)) {
            oneCasePerTest = true;
        }
    }

    /** The name of a {@code <property>} of a suite. */
    void suiteProperty(String name) {
        if (name.equals(QTEST_PROPERTY)) {
            oneCasePerTest = true;
        }
    }

    List<TestCaseResult> results() {
        List<TestCaseResult> out = new ArrayList<>(firsts.size());
        for (Map.Entry<Key, TestCaseResult> e : firsts.entrySet()) {
            List<TestCaseResult> more = repeats == null ? null : repeats.get(e.getKey());
            if (more == null) {
                out.add(e.getValue());
                continue;
            }
            List<TestCaseResult> all = new ArrayList<>(1 + more.size());
            all.add(e.getValue());
            all.addAll(more);
            switch (kind(e.getKey(), all)) {
                case RERUNS -> out.add(foldReruns(all));
                case RETRIES -> out.add(foldRetries(all));
                default -> RepeatedNames.number(all, out);
            }
        }
        return out;
    }

    enum Kind { RERUNS, RETRIES, SEPARATE }

    Kind kind(Key key, List<TestCaseResult> all) {
        if (key.name().isBlank() || key.name().equals(INIT) || perCaseAssertions) {
            return Kind.SEPARATE;
        }
        if (key.pytest() || all.stream().anyMatch(t -> t.attempts() > 1)) {
            return Kind.RERUNS;
        }
        if (oneCasePerTest) {
            return Kind.SEPARATE;
        }
        boolean allSkipped = all.get(all.size() - 1).outcome() == TestOutcome.SKIPPED;
        for (int i = 0; i < all.size() - 1; i++) {
            TestOutcome o = all.get(i).outcome();
            if (o.isPassing()) {
                return Kind.SEPARATE;
            }
            allSkipped &= o == TestOutcome.SKIPPED;
        }
        return allSkipped ? Kind.SEPARATE : Kind.RETRIES;
    }

    /**
     * Test cases the file marks as reruns of one test: every one but the last was a failed attempt, whatever it says
     * (pytest-rerunfailures writes them as empty test cases). Outcome: the last one's, FLAKY where it passed.
     * Attempts: as many as test cases, or more where one carries retry elements. Duration added up; texts from the
     * last one that did not pass, or else the last.
     */
    static TestCaseResult foldReruns(List<TestCaseResult> all) {
        TestCaseResult last = all.get(all.size() - 1);
        TestOutcome outcome = last.outcome() == TestOutcome.PASSED ? TestOutcome.FLAKY : last.outcome();
        TestCaseResult texts = last;
        long duration = 0;
        int attempts = all.size();
        for (TestCaseResult t : all) {
            duration += t.durationMillis();
            attempts = Math.max(attempts, t.attempts());
            if (notPassed(t)) {
                texts = t;
            }
        }
        if (notPassed(last)) {
            texts = last;
        }
        TestCaseResult first = all.get(0);
        return new TestCaseResult(first.suite(), first.className(), first.name(), outcome, duration,
                texts.failureType(), texts.failureMessage(), texts.failureDetail(), texts.stdout(), texts.stderr(),
                attempts, first.file());
    }

    /**
     * Attempts of a test written one after the other, each earlier one failed, errored or skipped: folded pairwise
     * by {@link #fold}. A test that passed in the end after skipped attempts only is FLAKY too: such a repeat is a
     * retry (TestNG writes the attempts it retries as skipped), and a retry follows a failure.
     */
    static TestCaseResult foldRetries(List<TestCaseResult> all) {
        TestCaseResult folded = all.stream().reduce(StraightforwardAttemptFolder::fold).orElseThrow();
        return folded.outcome() == TestOutcome.PASSED ? folded.withOutcome(TestOutcome.FLAKY) : folded;
    }

    /**
     * Two attempts of a test written one after the other: outcome the later one's, FLAKY when it passed after the
     * earlier one failed or errored, skipped attempts not counting unless all were; attempts and duration added up;
     * texts of the last attempt that did not pass, or else of the last attempt.
     */
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
