package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.util.Map;

/** Run summaries for tests. */
final class Summaries {

    private Summaries() {
    }

    /** A run of {@code total} tests where those in {@code notPassed} did not simply pass. */
    static RunSummary run(String id, long build, String tenant, String suite, long startedAt, int total,
            Map<String, TestOutcome> notPassed) {
        int failed = 0;
        int errors = 0;
        int skipped = 0;
        int flaky = 0;
        for (TestOutcome o : notPassed.values()) {
            switch (o) {
                case FAILED -> failed++;
                case ERROR -> errors++;
                case SKIPPED -> skipped++;
                case FLAKY -> flaky++;
                default -> { }
            }
        }
        RunCounts counts = new RunCounts(total, total - notPassed.size(), failed, errors, skipped, flaky);
        RunVerdict verdict = total == 0 ? RunVerdict.NO_TESTS : failed + errors > 0 ? RunVerdict.FAILED : RunVerdict.PASSED;
        return new RunSummary(id, build, tenant, tenant.toUpperCase(), suite, verdict, counts, startedAt, 1000 + build,
                "timer", "", notPassed);
    }

    /** A passing run of 10 tests. */
    static RunSummary run(String id, long build, String tenant, String suite, long startedAt) {
        return run(id, build, tenant, suite, startedAt, 10, Map.of());
    }

    /** A run with this verdict and no test detail. */
    static RunSummary withVerdict(RunSummary s, RunVerdict verdict) {
        return new RunSummary(s.id(), s.build(), s.tenant(), s.tenantName(), s.suite(), verdict, s.counts(),
                s.startedAt(), s.durationMillis(), s.trigger(), s.revision(), s.notPassed());
    }
}
