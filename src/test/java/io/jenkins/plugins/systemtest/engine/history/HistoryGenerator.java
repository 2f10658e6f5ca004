package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.record.RunRecordJson;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a realistic job history of N runs into a history folder ({@code index.jsonl} and {@code records/}), so
 * that the pages can be looked at and measured at 10,000 and 100,000 runs. Each build runs five tenants' three
 * suites (api 420 tests, e2e 180, smoke 40), two hours apart, the last build starting at {@code end}. Per tenant
 * and suite a test breaks now and then and is fixed a few runs later; a dozen flaky tests fail or pass on retry;
 * one run in 120 ends in INFRA_ERROR (a service down, no tests), one in 300 is ABORTED, one in 400 has no tests.
 * Umbrella's e2e suite has been failing CheckoutIT.shouldApplyVoucher for its last 25 runs. Records are written
 * for the runs with failed or errored tests only, and hold the tests that did not pass, with failure messages
 * (passing tests and the other runs' records are left out to keep the folder small: the pages read only the
 * index and, for a test's history, the records of its failing runs).
 *
 * <p>Command line: {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.jenkins.plugins.systemtest.engine.history.HistoryGenerator
 * -Dexec.args="<folder> <runs> [records: true|false]"}.
 */
public final class HistoryGenerator {

    static final String[][] TENANTS = {{"acme", "Acme Corporation"}, {"globex", "Globex Corporation (EMEA)"},
        {"initech", "Initech"}, {"umbrella", "Umbrella Health \u2014 Europe"}, {"hooli", "Hooli XYZ"}};
    static final String[] SUITES = {"api", "e2e", "smoke"};
    static final int[] SUITE_TESTS = {420, 180, 40};
    /** The test Umbrella's e2e suite has been failing for its last runs. */
    public static final String BROKEN_TEST = "com.acme.shop.checkout.CheckoutIT.shouldApplyVoucher";
    static final String[] TRIGGERS = {"Started by timer", "Started by user anonymous",
        "Started by GitHub push by alice-the-release-manager",
        "Started by upstream project \"shop/deploy-staging\" build number 4312", "Branch indexing"};
    static final String[] MESSAGES = {"org.opentest4j.AssertionFailedError: expected: <200> but was: <503>",
        "java.net.SocketTimeoutException: Read timed out after 30000 ms calling https://payments.internal/charge",
        "org.opentest4j.AssertionFailedError: expected: <Voucher applied: -10 %> but was: <Voucher code unknown>",
        "org.openqa.selenium.NoSuchElementException: no such element: Unable to locate element: "
            + "{\"method\":\"css selector\",\"selector\":\"#checkout-button\"}",
        "java.lang.IllegalStateException: order 8812 is in state PENDING, expected PAID"};

    private final Random random;
    private final long end;
    private final Map<String, Set<Integer>> broken = new HashMap<>();

    /**
     * @param seed the random seed: the same seed and end give the same history
     * @param end  when the last build starts, epoch milliseconds
     */
    public HistoryGenerator(long seed, long end) {
        this.random = new Random(seed);
        this.end = end;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        boolean records = args.length < 3 || Boolean.parseBoolean(args[2]);
        long start = System.nanoTime();
        new HistoryGenerator(9, System.currentTimeMillis() - 600_000).write(dir, runs, records);
        System.out.printf("%d runs written to %s in %.1f s%n", runs, dir, (System.nanoTime() - start) / 1e9);
    }

    /** Writes {@code runs} runs into the history folder {@code dir}; records only when {@code records}. */
    public void write(Path dir, int runs, boolean records) throws IOException {
        List<RunSummary> summaries = new ArrayList<>(runs);
        RunRecordJson json = new RunRecordJson();
        Path recordDir = Files.createDirectories(dir.resolve(JobHistory.RECORDS));
        int perBuild = TENANTS.length * SUITES.length;
        int builds = (runs + perBuild - 1) / perBuild;
        int written = 0;
        for (int b = 1; b <= builds && written < runs; b++) {
            long buildStart = end - (builds - b) * 7_200_000L - 14 * 95_000L;
            String trigger = TRIGGERS[random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(TRIGGERS.length - 1)];
            for (int t = 0; t < TENANTS.length && written < runs; t++) {
                for (int s = 0; s < SUITES.length && written < runs; s++) {
                    RunRecord record = run(b, builds, t, s, buildStart + (t * 3L + s) * 95_000L, trigger);
                    summaries.add(RunSummary.of(record));
                    if (records && record.counts().problems() > 0) {
                        Files.write(recordDir.resolve(record.id() + ".json"), json.toJson(record));
                    }
                    written++;
                }
            }
        }
        new HistoryIndex(dir.resolve(JobHistory.INDEX)).replace(summaries);
    }

    private RunRecord run(int build, int builds, int t, int s, long startedAt, String trigger) {
        String tenant = TENANTS[t][0];
        String suite = SUITES[s];
        String id = build + "-" + tenant + "-" + suite;
        int size = SUITE_TESTS[s];
        long duration = (long) (size * (600 + random.nextInt(400)) * (s == 1 ? 4 : 1));
        int roll = random.nextInt(1200);
        if (roll < 10) {
            return record(id, build, t, s, RunVerdict.INFRA_ERROR, RunCounts.NONE, startedAt, 20_000, trigger,
                    List.of());
        }
        if (roll < 14) {
            return record(id, build, t, s, RunVerdict.ABORTED, RunCounts.NONE, startedAt, duration / 3, trigger,
                    List.of());
        }
        if (roll < 17) {
            return record(id, build, t, s, RunVerdict.NO_TESTS, RunCounts.NONE, startedAt, 4_000, trigger,
                    List.of());
        }
        Set<Integer> down = broken.computeIfAbsent(tenant + "/" + suite, k -> new LinkedHashSet<>());
        down.removeIf(i -> random.nextInt(4) == 0);
        if (random.nextInt(40) == 0) {
            down.add(random.nextInt(size));
        }
        Map<String, TestOutcome> outcomes = new LinkedHashMap<>();
        for (int i : down) {
            outcomes.put(testId(s, i), random.nextInt(8) == 0 ? TestOutcome.ERROR : TestOutcome.FAILED);
        }
        for (int f = 0; f < 12; f++) {
            int r = random.nextInt(200);
            if (r < 1) {
                outcomes.putIfAbsent(testId(s, size - 1 - f), TestOutcome.FAILED);
            } else if (r < 12) {
                outcomes.putIfAbsent(testId(s, size - 1 - f), TestOutcome.FLAKY);
            }
        }
        if (s == 1 && t == 3 && build > builds - 25) {
            outcomes.put(BROKEN_TEST, TestOutcome.FAILED);
        } else if (s == 1 && random.nextInt(15) == 0) {
            outcomes.put(BROKEN_TEST, random.nextBoolean() ? TestOutcome.FLAKY : TestOutcome.FAILED);
        }
        int skipped = size / 60;
        for (int i = 0; i < skipped; i++) {
            outcomes.putIfAbsent(testId(s, 100 + i), TestOutcome.SKIPPED);
        }
        List<TestCaseResult> tests = new ArrayList<>();
        int failed = 0;
        int errors = 0;
        int flaky = 0;
        for (Map.Entry<String, TestOutcome> e : outcomes.entrySet()) {
            int dot = e.getKey().lastIndexOf('.');
            String message = e.getValue() == TestOutcome.FAILED || e.getValue() == TestOutcome.ERROR
                    ? MESSAGES[Math.floorMod(e.getKey().hashCode() + random.nextInt(2), MESSAGES.length)] : "";
            if (e.getKey().equals(BROKEN_TEST) && e.getValue() == TestOutcome.FAILED) {
                message = MESSAGES[2];
            }
            tests.add(new TestCaseResult(suite, e.getKey().substring(0, dot), e.getKey().substring(dot + 1),
                    e.getValue(), 1000, message.isEmpty() ? "" : message.substring(0, message.indexOf(':')),
                    message.isEmpty() ? "" : message.substring(message.indexOf(':') + 2), "", "", "",
                    e.getValue() == TestOutcome.FLAKY ? 2 : 1, "TEST-" + suite + ".xml"));
            switch (e.getValue()) {
                case FAILED -> failed++;
                case ERROR -> errors++;
                case FLAKY -> flaky++;
                default -> { }
            }
        }
        RunCounts counts = new RunCounts(size, size - failed - errors - flaky - skipped, failed, errors, skipped,
                flaky);
        RunVerdict verdict = failed + errors > 0 ? RunVerdict.FAILED : RunVerdict.PASSED;
        return record(id, build, t, s, verdict, counts, startedAt, duration, trigger, tests);
    }

    private static RunRecord record(String id, long build, int t, int s, RunVerdict verdict, RunCounts counts,
            long startedAt, long duration, String trigger, List<TestCaseResult> tests) {
        return new RunRecord(RunRecord.SCHEMA_VERSION, id, build, TENANTS[t][0], TENANTS[t][1], SUITES[s], Map.of(),
                verdict, List.of(), counts, startedAt, startedAt + duration, trigger, "", List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), "", tests, List.of(), Map.of());
    }

    static String testId(int suite, int i) {
        String[] areas = {"cart", "checkout", "catalog", "account", "search", "payment"};
        String area = areas[i % areas.length];
        return "com.acme.shop." + area + "." + Character.toUpperCase(area.charAt(0)) + area.substring(1) + "IT"
                + (i / 30) + ".should" + SUITES[suite].toUpperCase().charAt(0) + SUITES[suite].substring(1) + "Case"
                + i;
    }
}
