package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.record.SampleRecords;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real job history on disk: 120 builds, each with a run of tenant acme (suite e2e) and one of globex (suites
 * e2e and api in turn). Every fifth acme run fails {@code com.acme.T.checkout}; every third globex run is flaky on
 * {@code com.acme.T.search}.
 */
final class HistoryFixture {

    static final long T0 = 1_714_557_600_000L;
    static final int BUILDS = 120;

    private HistoryFixture() {
    }

    static JobHistory write(Path dir) throws IOException {
        JobHistory history = new JobHistory(dir);
        for (int b = 1; b <= BUILDS; b++) {
            long started = T0 + b * 3_600_000L;
            Map<String, TestOutcome> acme = b % 5 == 0 ? Map.of("checkout", TestOutcome.FAILED) : Map.of();
            history.save(run(b + "-acme-e2e", b, "acme", "e2e", started, acme));
            Map<String, TestOutcome> globex = b % 3 == 0 ? Map.of("search", TestOutcome.FLAKY)
                    : Map.of("search", TestOutcome.PASSED);
            history.save(run(b + "-globex-" + (b % 2 == 0 ? "api" : "e2e"), b, "globex", b % 2 == 0 ? "api" : "e2e",
                    started + 60_000, globex));
        }
        return history;
    }

    private static RunRecord run(String id, long build, String tenant, String suite, long started,
            Map<String, TestOutcome> others) {
        return SampleRecords.of(id, build, tenant, suite, started, SampleRecords.tests(9, others));
    }
}
