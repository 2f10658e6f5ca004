package io.jenkins.plugins.systemtest.engine.model;

import java.util.Collection;

/**
 * How many tests ended how.
 *
 * @param total   all test cases
 * @param passed  passed at the first attempt
 * @param failed  assertion failures
 * @param errors  errors (exceptions, setup errors)
 * @param skipped skipped
 * @param flaky   failed then passed within the run
 */
public record RunCounts(int total, int passed, int failed, int errors, int skipped, int flaky) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0, 0);

    public static RunCounts of(Collection<TestCaseResult> tests) {
        int passed = 0;
        int failed = 0;
        int errors = 0;
        int skipped = 0;
        int flaky = 0;
        for (TestCaseResult t : tests) {
            switch (t.outcome()) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                case ERROR -> errors++;
                case SKIPPED -> skipped++;
                case FLAKY -> flaky++;
                default -> throw new IllegalStateException("unknown outcome " + t.outcome());
            }
        }
        return new RunCounts(tests.size(), passed, failed, errors, skipped, flaky);
    }

    /** Tests that ran to an end: all but the skipped ones. */
    public int executed() {
        return total - skipped;
    }

    /** Failures and errors together. */
    public int problems() {
        return failed + errors;
    }

    /**
     * The share of executed tests that passed in the end (flaky ones included), in percent, or -1 when no test
     * ran. Skipped tests are left out; {@link #skipped()} says how many.
     */
    public double passRate() {
        int executed = executed();
        if (executed == 0) {
            return -1;
        }
        return 100.0 * (passed + flaky) / executed;
    }
}
