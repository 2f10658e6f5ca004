package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecordJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static io.jenkins.plugins.systemtest.engine.history.MedianTimer.median;

/**
 * Times the history index and its queries on generated job histories of 1,000, 10,000 and 100,000 runs (20
 * tenants, 3 suites, 2,000 tests, a few per cent not passing, some flaky). Not a test: run it with
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=io.jenkins.plugins.systemtest.engine.history.HistoryBenchmark
 * -Dexec.classpathScope=test} (optionally {@code -Dexec.args="1000 10000"}); it prints a Markdown table.
 */
public final class HistoryBenchmark {

    private static final int TENANTS = 20;
    private static final String[] SUITES = {"api", "e2e", "smoke"};
    private static final int[] SUITE_TESTS = {900, 700, 400};
    private static final int WARM_UP = 10;
    private static final int REPETITIONS = 20;
    private static final int COLD_REPETITIONS = 7;

    /** Results folded together so that no query can be optimised away. */
    private long sink;
    /** One JSON configuration for all, as the application has. */
    private final RunRecordJson json = new RunRecordJson();

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.println("JDK " + System.getProperty("java.vm.version") + ", " + Runtime.getRuntime()
                .availableProcessors() + " processors, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MiB, load average at start: " + loadAverage());
        Path dir = Files.createTempDirectory("history-benchmark");
        List<String[]> rows = new ArrayList<>();
        HistoryBenchmark benchmark = new HistoryBenchmark();
        try {
            // One discarded pass so that the first size measured does not pay for the JIT.
            benchmark.measure(dir.resolve("warm-up.jsonl"), 10_000);
            for (int size : sizes) {
                rows.add(benchmark.measure(dir.resolve("history-" + size + ".jsonl"), size));
            }
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
        System.out.println();
        System.out.println("| runs | file size | cold load | query index build | page of 50 (tenant) "
                + "| page of 50 (tenant, FAILED) | trend (tenant, 200) | test history (200 runs) "
                + "| flaky ranking (500 runs) | previous run | append + reload |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String[] row : rows) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
        System.out.println();
        System.out.println("load average at the end: " + loadAverage());
        System.out.println("(median of " + REPETITIONS + " after " + WARM_UP + " warm-up runs; cold load and index "
                + "build: median of " + COLD_REPETITIONS + " after 2; all after one discarded pass over 10,000 runs; "
                + "checksum " + benchmark.sink + ")");
    }

    private String[] measure(Path file, int runs) throws IOException {
        List<RunSummary> summaries = generate(runs, new Random(42));
        new HistoryIndex(file).replace(summaries);
        long bytes = Files.size(file);

        // A new index object each time: nothing cached in memory, the file read and parsed in full.
        double load = median(COLD_REPETITIONS, 2,
                () -> sink += new HistoryIndex(file, json).load().summaries().size());
        HistorySnapshot snapshot = new HistoryIndex(file, json).load();
        double build = median(COLD_REPETITIONS, 2, () -> sink += new HistoryQuery(snapshot.summaries()).size());
        HistoryQuery q = snapshot.query();
        String tenant = tenant(7);
        String flakyTest = testId(1, 5);
        HistoryFilter ofTenant = HistoryFilter.ALL.withTenant(tenant);
        HistoryFilter failedOfTenant = ofTenant.withVerdicts(Set.of(RunVerdict.FAILED));
        RunSummary newestOfTenant = q.page(ofTenant, 0, 1).runs().get(0);

        double page = median(REPETITIONS, WARM_UP, () -> sink += q.page(ofTenant, 0, 50).total());
        double failedPage = median(REPETITIONS, WARM_UP, () -> sink += q.page(failedOfTenant, 0, 50).total());
        double trend = median(REPETITIONS, WARM_UP, () -> sink += q.trend(tenant, null, 200).size());
        double history = median(REPETITIONS, WARM_UP, () -> sink += q.testHistory(flakyTest, 200, null).size());
        double flaky = median(REPETITIONS, WARM_UP, () -> sink += q.flakyTests(500, null, 20).size());
        double previous = median(REPETITIONS, WARM_UP, () -> sink += q.previousRun(tenant, newestOfTenant.suite(),
                newestOfTenant.id()).map(RunSummary::build).orElse(0L));
        HistoryIndex index = new HistoryIndex(file, json);
        index.load();
        Random random = new Random(1);
        int[] next = {runs};
        double append = median(REPETITIONS, WARM_UP, () -> {
            index.append(run(next[0]++, random, new HashMap<>()));
            sink += index.load().summaries().size();
        });
        return new String[] {String.format(Locale.ROOT, "%,d", runs), mib(bytes), ms(load), ms(build), ms(page),
                ms(failedPage), ms(trend), ms(history), ms(flaky), ms(previous), ms(append)};
    }

    private static String loadAverage() {
        Path proc = Path.of("/proc/loadavg");
        try {
            return Files.isReadable(proc) ? Files.readString(proc).strip() : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String ms(double millis) {
        return millis < 1 ? String.format(Locale.ROOT, "%.3f ms", millis)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1024.0 / 1024.0);
    }

    private static String tenant(int i) {
        return String.format(Locale.ROOT, "tenant-%02d", i);
    }

    private static String testId(int suite, int i) {
        return "com.example." + SUITES[suite] + ".Feature" + (i / 20) + "IT.shouldHandleCase" + i;
    }

    /**
     * Runs in build order: each build runs every tenant's three suites, 30 minutes apart. Per tenant and suite,
     * 1.5 % of the tests are skipped for good, a test breaks in one run out of four and each broken test is fixed
     * with a chance of 1 in 30 per run (about 7 broken at a time), and 20 flaky tests fail (3 %) or pass on retry
     * (7 %) now and then; 0.5 % of the runs end without tests. About 3 % of a run's tests do not simply pass.
     */
    static List<RunSummary> generate(int runs, Random random) {
        Map<String, Set<String>> broken = new HashMap<>();
        List<RunSummary> list = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            list.add(run(i, random, broken));
        }
        list.sort(Comparator.comparingLong(RunSummary::startedAt));
        return list;
    }

    private static RunSummary run(int i, Random random, Map<String, Set<String>> brokenByKey) {
        int combos = TENANTS * SUITES.length;
        long build = i / combos + 1;
        int tenantIndex = i % TENANTS;
        int suite = (i / TENANTS) % SUITES.length;
        String tenant = tenant(tenantIndex);
        long startedAt = 1_700_000_000_000L + build * 1_800_000L + tenantIndex * 60_000L + suite * 10_000L;
        String id = build + "-" + tenant + "-" + SUITES[suite];
        if (random.nextInt(200) == 0) {
            return new RunSummary(id, build, tenant, "Tenant " + tenantIndex, SUITES[suite], RunVerdict.INFRA_ERROR,
                    RunCounts.NONE, startedAt, 5_000, "timer", "", Map.of());
        }
        int tests = SUITE_TESTS[suite];
        Map<String, TestOutcome> notPassed = new HashMap<>();
        int skipped = tests * 15 / 1000;
        for (int t = 0; t < skipped; t++) {
            notPassed.put(testId(suite, tests - 1 - t), TestOutcome.SKIPPED);
        }
        Set<String> broken = brokenByKey.computeIfAbsent(tenant + "/" + suite, k -> new LinkedHashSet<>());
        broken.removeIf(t -> random.nextInt(30) == 0);
        if (random.nextInt(4) == 0) {
            broken.add(testId(suite, 100 + random.nextInt(tests - 200)));
        }
        broken.forEach(t -> notPassed.put(t, TestOutcome.FAILED));
        for (int t = 0; t < 20; t++) {
            int roll = random.nextInt(100);
            if (roll < 3) {
                notPassed.put(testId(suite, t), TestOutcome.FAILED);
            } else if (roll < 10) {
                notPassed.put(testId(suite, t), TestOutcome.FLAKY);
            }
        }
        int failed = (int) notPassed.values().stream().filter(o -> o == TestOutcome.FAILED).count();
        int flaky = notPassed.size() - failed - skipped;
        RunCounts counts = new RunCounts(tests, tests - notPassed.size(), failed, 0, skipped, flaky);
        return new RunSummary(id, build, tenant, "Tenant " + tenantIndex, SUITES[suite],
                failed > 0 ? RunVerdict.FAILED : RunVerdict.PASSED, counts, startedAt, 60_000 + random.nextInt(600_000),
                "timer", Long.toHexString(build * 7919), notPassed);
    }
}
