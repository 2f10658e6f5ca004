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
 * its name, as the reference {@link AttemptFolderEquivalenceTest} holds the faster {@link AttemptFolder} to. What
 * changed is how repeats are found, so the reference keeps its own lookup and decision and uses the folding of the
 * attempts themselves ({@link AttemptFolder#foldReruns}, {@link AttemptFolder#foldRetries}), which did not change.
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
                case RERUNS -> out.add(AttemptFolder.foldReruns(all));
                case RETRIES -> out.add(AttemptFolder.foldRetries(all));
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
}
