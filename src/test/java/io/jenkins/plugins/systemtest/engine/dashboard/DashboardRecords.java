package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.analysis.FailureCategory;
import io.jenkins.plugins.systemtest.engine.analysis.FailureGroup;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Run records for dashboard tests, saved into real job history folders the way the step saves them. */
final class DashboardRecords {

    static final long T0 = 1_760_000_000_000L;

    private DashboardRecords() {
    }

    /** A run; when it did not pass, it failed with one cause per signature given (two tests each). */
    static RunRecord run(long build, String tenant, String suite, RunVerdict verdict, String... signatures) {
        List<FailureGroup> groups = new ArrayList<>();
        for (String s : signatures) {
            groups.add(new FailureGroup(s, s.contains("refused") ? FailureCategory.INFRASTRUCTURE
                    : FailureCategory.ASSERTION, "", "java.lang.AssertionError", s + " (first)",
                    List.of("com.acme." + tenant + "." + s.hashCode() + "a", "com.acme." + tenant + "." + s.hashCode()
                            + "b"), List.of()));
        }
        int failed = verdict == RunVerdict.PASSED ? 0 : 2 * signatures.length;
        RunCounts counts = new RunCounts(20, 20 - failed, failed, 0, 0, 0);
        long started = T0 + build * 60_000L;
        return new RunRecord(RunRecord.SCHEMA_VERSION, build + "-" + tenant + "-" + suite, build, tenant,
                tenant.substring(0, 1).toUpperCase() + tenant.substring(1) + " Ltd", suite, Map.of(), verdict,
                List.of(), counts, started, started + 30_000, "timer", "", List.of(), List.of(), List.of(), groups,
                List.of(), List.of(), List.of(), "", List.of(), List.of(), Map.of());
    }

    /** Saves the run in the job's history folder {@code <root>/<dir>/system-tests}; returns that folder. */
    static Path save(Path root, String dir, RunRecord record) throws IOException {
        Path history = root.resolve(dir).resolve("system-tests");
        new JobHistory(history).save(record);
        return history;
    }
}
