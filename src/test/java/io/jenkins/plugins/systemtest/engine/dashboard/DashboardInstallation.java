package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.analysis.FailureCategory;
import io.jenkins.plugins.systemtest.engine.analysis.FailureGroup;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.record.RunRecordJson;
import io.jenkins.plugins.systemtest.engine.record.RunRecordStore;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates an installation for the dashboard's benchmark: {@code jobs} job history folders (a third of them in
 * folders two deep, some multibranch-like), each with {@code tenants} tenants x {@code runsPerTenant} runs of one
 * suite in its index (about 4 % failing with one to three failed tests, 1 % infrastructure errors), and the record
 * of each tenant's latest run when it did not pass (the rebuild reads those for their causes). Same seed, same
 * installation. Not a test.
 */
public final class DashboardInstallation {

    private final RunRecordJson json = new RunRecordJson();

    /** The job folders made, with their full names. */
    public List<DashboardStore.JobDir> generate(Path root, int jobs, int tenants, int runsPerTenant)
            throws IOException {
        List<DashboardStore.JobDir> out = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            String name = j % 3 == 0 ? "platform/team-" + (j % 7) + "/service-" + j
                    : j % 3 == 1 ? "service-" + j + "/main" : "service-" + j;
            Path history = root.resolve("jobs").resolve(name.replace("/", "/jobs/")).resolve("system-tests");
            Files.createDirectories(history.resolve(JobHistory.RECORDS));
            writeJob(history, j, tenants, runsPerTenant);
            out.add(new DashboardStore.JobDir(name, history));
        }
        return out;
    }

    private void writeJob(Path history, int job, int tenants, int runs) throws IOException {
        Random random = new Random(job * 7919L);
        Map<String, RunRecord> latestBroken = new LinkedHashMap<>();
        long t0 = 1_700_000_000_000L;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(history.resolve(JobHistory.INDEX)),
                1 << 20)) {
            for (int b = 1; b <= runs; b++) {
                for (int t = 0; t < tenants; t++) {
                    String tenant = "tenant-" + t;
                    int roll = random.nextInt(100);
                    RunVerdict verdict = roll < 4 ? RunVerdict.FAILED : roll < 5 ? RunVerdict.INFRA_ERROR
                            : RunVerdict.PASSED;
                    Map<String, TestOutcome> notPassed = new LinkedHashMap<>();
                    if (verdict != RunVerdict.PASSED) {
                        for (int f = 0; f <= random.nextInt(3); f++) {
                            notPassed.put("com.acme.checkout.CheckoutIT.test" + random.nextInt(400),
                                    verdict == RunVerdict.FAILED ? TestOutcome.FAILED : TestOutcome.ERROR);
                        }
                    }
                    if (random.nextInt(20) == 0) {
                        notPassed.put("com.acme.cart.CartIT.flaky" + random.nextInt(5), TestOutcome.FLAKY);
                    }
                    int failed = (int) notPassed.values().stream().filter(o -> o == TestOutcome.FAILED).count();
                    int errors = (int) notPassed.values().stream().filter(o -> o == TestOutcome.ERROR).count();
                    RunCounts counts = new RunCounts(400, 400 - failed - errors, failed, errors, 0, 0);
                    long started = t0 + b * 3_600_000L + t * 1000L;
                    String id = b + "-" + tenant + "-e2e";
                    RunSummary s = new RunSummary(id, b, tenant, "Tenant " + t, "e2e", verdict, counts, started,
                            180_000, "Started by timer", "abc" + b, notPassed);
                    out.write(json.toLine(s));
                    out.write('\n');
                    if (verdict == RunVerdict.PASSED) {
                        latestBroken.remove(tenant);
                    } else {
                        latestBroken.put(tenant, record(s, notPassed));
                    }
                }
            }
        }
        RunRecordStore store = new RunRecordStore(history.resolve(JobHistory.RECORDS));
        for (RunRecord r : latestBroken.values()) {
            store.write(r);
        }
    }

    private static RunRecord record(RunSummary s, Map<String, TestOutcome> notPassed) {
        List<String> tests = new ArrayList<>(notPassed.keySet());
        FailureGroup group = s.verdict() == RunVerdict.INFRA_ERROR
                ? new FailureGroup("ConnectException: Connection refused to <host>:<port>",
                FailureCategory.INFRASTRUCTURE, "connection-refused", "java.net.ConnectException",
                "Connection refused to db.internal:5432", tests, List.of())
                : new FailureGroup("AssertionError: expected <n> but was <n>", FailureCategory.ASSERTION, "",
                "java.lang.AssertionError", "expected 200 but was 503", tests, List.of());
        return new RunRecord(RunRecord.SCHEMA_VERSION, s.id(), s.build(), s.tenant(), s.tenantName(), s.suite(),
                Map.of(), s.verdict(), List.of(), s.counts(), s.startedAt(), s.startedAt() + s.durationMillis(),
                s.trigger(), s.revision(), List.of(), List.of(), List.of(), List.of(group), List.of(), List.of(),
                List.of(), "", List.of(), List.of(), Map.of());
    }
}
