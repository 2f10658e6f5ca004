package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, for one result file, which test cases are attempts of one test and folds them; every other test case is
 * a test of its own. A test is identified by the whole suite path (with hosts), class, name and the test case's
 * {@code file} attribute (and whether its suite is pytest's); {@link RepeatFinder} finds the test cases that share
 * one without a map entry per test case. Test cases that share an identity are <em>repeats</em>; they are folded only where
 * the file proves them to be retries (docs/parsing.md says why, per tool):
 * <ol>
 *   <li>never for a test case without a name, for the {@value #INIT} test made from a suite-level error, or in a
 *       file that gives per-test-case {@code assertions} (PHPUnit, Boost: data sets, never retries);</li>
 *   <li>always when one of them carries Surefire's retry elements (Surefire, Playwright with
 *       {@code includeRetries}, pytest-rerunfailures), or when they are in a pytest suite (pytest names every test
 *       uniquely, so a repeat is a rerun): {@linkplain #foldReruns reruns};</li>
 *   <li>not in a file whose tool writes one test case per test and never a retry as a repeat (jest-junit,
 *       mocha-junit-reporter, QtTest): there a repeat is another data set;</li>
 *   <li>otherwise when every repeat but the last failed, errored or was skipped, and not all were skipped: a tool
 *       writing each attempt (Go with gotestsum {@code --rerun-fails}, TestNG retries written as skipped, Playwright
 *       repeated attempts) is only ever asked again after a failure. Folded as {@linkplain #fold retries}.</li>
 * </ol>
 * Repeats that are not folded stay separate tests, each counted, numbered by {@link RepeatedNames}. A test keeps
 * the position of its first test case; repeats kept apart follow it.
 */
final class AttemptFolder {

    /** The name Jenkins gives the test made from a suite-level {@code <error>}. */
    static final String INIT = "<init>";

    /** Root names of tools that write one test case per test and never a retry as a second test case. */
    private static final Set<String> ONE_CASE_PER_TEST_ROOTS = Set.of("jest tests", "Mocha Tests");
    /** A suite property only QtTest writes. */
    private static final String QTEST_PROPERTY = "QTestVersion";

    /** Every test case in document order, and the {@code file} attribute of each. */
    private final List<TestCaseResult> cases = new ArrayList<>();
    private final List<String> caseFiles = new ArrayList<>();
    private final RepeatFinder finder = new RepeatFinder(cases, caseFiles);
    /** The later test cases of an identity, by the index of its first one: only for those that repeat (few). */
    private Map<Integer, Repeats> repeats;
    private boolean perCaseAssertions;
    private boolean oneCasePerTest;

    /** The test cases after the first of one identity, and whether they were read in a pytest suite. */
    private record Repeats(boolean pytest, List<TestCaseResult> later) {
    }

    /**
     * Adds one test case, in document order, read in the suite {@code suitePath} (a pytest suite or not) with the
     * test case's {@code file} attribute (empty when none). Its identity: the suite path and pytest flag, class,
     * name and file.
     */
    void add(String suitePath, boolean pytest, String caseFile, TestCaseResult testCase) {
        int index = cases.size();
        cases.add(testCase);
        caseFiles.add(caseFile);
        int first = finder.register(suitePath, pytest, index);
        if (first >= 0) {
            if (repeats == null) {
                repeats = new HashMap<>();
            }
            repeats.computeIfAbsent(first, k -> new Repeats(pytest, new ArrayList<>(2))).later().add(testCase);
            cases.set(index, null);
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
        List<TestCaseResult> out = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            TestCaseResult t = cases.get(i);
            if (t == null) {
                continue; // a repeat, handled with its first test case
            }
            Repeats more = repeats == null ? null : repeats.get(i);
            if (more == null) {
                out.add(t);
                continue;
            }
            List<TestCaseResult> all = new ArrayList<>(1 + more.later().size());
            all.add(t);
            all.addAll(more.later());
            switch (kind(t.name(), more.pytest(), all)) {
                case RERUNS -> out.add(foldReruns(all));
                case RETRIES -> out.add(foldRetries(all));
                default -> RepeatedNames.number(all, out);
            }
        }
        return out;
    }

    enum Kind { RERUNS, RETRIES, SEPARATE }

    Kind kind(String name, boolean pytest, List<TestCaseResult> all) {
        if (name.isBlank() || name.equals(INIT) || perCaseAssertions) {
            return Kind.SEPARATE;
        }
        if (pytest || all.stream().anyMatch(t -> t.attempts() > 1)) {
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
        TestCaseResult folded = all.stream().reduce(AttemptFolder::fold).orElseThrow();
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
