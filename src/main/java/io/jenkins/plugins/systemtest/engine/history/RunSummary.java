package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a job's history index: what the run-history page and its queries need of a run, without loading the
 * run's record.
 *
 * @param id             the run record's id
 * @param build          the build (Jenkins) or sequence (command line) number
 * @param tenant         the tenant key
 * @param tenantName     the tenant's display name
 * @param suite          the suite
 * @param verdict        the verdict
 * @param counts         the counts
 * @param startedAt      epoch milliseconds
 * @param durationMillis how long it took
 * @param trigger        who or what started it
 * @param revision       the source revision, or empty
 * @param notPassed      every test that did not simply pass, by id, with its outcome (FAILED, ERROR, FLAKY,
 *                       SKIPPED); a test of the run that is not here passed
 */
public record RunSummary(String id, long build, String tenant, String tenantName, String suite, RunVerdict verdict,
        RunCounts counts, long startedAt, long durationMillis, String trigger, String revision,
        Map<String, TestOutcome> notPassed) {

    public RunSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(verdict, "verdict");
        tenantName = Objects.requireNonNullElse(tenantName, tenant);
        suite = Objects.requireNonNullElse(suite, "default");
        counts = Objects.requireNonNullElse(counts, RunCounts.NONE);
        trigger = Objects.requireNonNullElse(trigger, "");
        revision = Objects.requireNonNullElse(revision, "");
        notPassed = Map.copyOf(Objects.requireNonNullElse(notPassed, Map.of()));
    }

    /** The summary of a record. */
    public static RunSummary of(RunRecord r) {
        Map<String, TestOutcome> notPassed = new LinkedHashMap<>();
        r.tests().forEach(t -> {
            if (t.outcome() != TestOutcome.PASSED) {
                notPassed.merge(t.id(), t.outcome(), RunSummary::worse);
            }
        });
        return new RunSummary(r.id(), r.build(), r.tenant(), r.tenantName(), r.suite(), r.verdict(), r.counts(),
                r.startedAt(), r.durationMillis(), r.trigger(), r.revision(), notPassed);
    }

    private static TestOutcome worse(TestOutcome a, TestOutcome b) {
        return a.ordinal() <= b.ordinal() ? (a == TestOutcome.PASSED ? b : a) : b;
    }

    /** The pass rate in percent, or -1 when no test ran. */
    public double passRate() {
        return counts.passRate();
    }
}
