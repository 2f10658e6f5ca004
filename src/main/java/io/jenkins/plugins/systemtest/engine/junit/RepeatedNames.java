package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import java.util.List;

/**
 * Names for test cases that repeat one test's identity but are separate tests (data sets, unnamed test cases):
 * the first keeps its name, the next ones are numbered "name [2]", "name [3]", so that the summary, the history and
 * Jenkins' test report tell them apart and count each.
 */
final class RepeatedNames {

    private RepeatedNames() {
    }

    /** Adds the test cases to {@code into}, in order, all but the first renamed. */
    static void number(List<TestCaseResult> repeats, List<TestCaseResult> into) {
        into.add(repeats.get(0));
        for (int i = 1; i < repeats.size(); i++) {
            TestCaseResult t = repeats.get(i);
            into.add(new TestCaseResult(t.suite(), t.className(), nth(t.name(), i + 1), t.outcome(),
                    t.durationMillis(), t.failureType(), t.failureMessage(), t.failureDetail(), t.stdout(),
                    t.stderr(), t.attempts(), t.file()));
        }
    }

    /** The name of the {@code n}th test case of a name (n from 2). */
    static String nth(String name, int n) {
        return name.isEmpty() ? "[" + n + "]" : name + " [" + n + "]";
    }
}
