package io.jenkins.plugins.systemtest.engine.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything read from the result files of one run.
 *
 * @param files    the result files that were read (relative paths), in the order read
 * @param tests    the test cases, in the order found
 * @param problems the files, or parts of them, that could not be read
 */
public record ParsedResults(List<String> files, List<TestCaseResult> tests, List<ParseProblem> problems) {

    public ParsedResults {
        files = List.copyOf(files);
        tests = List.copyOf(tests);
        problems = List.copyOf(problems);
    }

    public static ParsedResults empty() {
        return new ParsedResults(List.of(), List.of(), List.of());
    }

    /**
     * The same results with the standard output and error of tests that passed at the first attempt left out: what
     * is worth keeping of such a test in a run record is its name, outcome and time (Jenkins' test report, fed
     * before this, keeps their output). The same instance when no passed test has output.
     */
    public ParsedResults withoutPassedOutput() {
        List<TestCaseResult> kept = null;
        for (int i = 0; i < tests.size(); i++) {
            TestCaseResult t = tests.get(i);
            if (t.outcome() == TestOutcome.PASSED && !(t.stdout().isEmpty() && t.stderr().isEmpty())) {
                if (kept == null) {
                    kept = new ArrayList<>(tests);
                }
                kept.set(i, t.withTexts(t.failureMessage(), t.failureDetail(), "", ""));
            }
        }
        return kept == null ? this : new ParsedResults(files, kept, problems);
    }

    /** This and that together, as if read in one go. */
    public ParsedResults merge(ParsedResults other) {
        List<String> f = new ArrayList<>(files);
        f.addAll(other.files);
        List<TestCaseResult> t = new ArrayList<>(tests);
        t.addAll(other.tests);
        List<ParseProblem> p = new ArrayList<>(problems);
        p.addAll(other.problems);
        return new ParsedResults(f, t, p);
    }
}
