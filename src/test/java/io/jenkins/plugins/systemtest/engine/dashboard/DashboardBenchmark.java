package io.jenkins.plugins.systemtest.engine.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Times the dashboard on a generated installation (default 200 jobs x 20 tenants x 1,000 runs = 4,000,000 runs):
 * opening the summary after a restart (file intact; file gone, each job's own summary intact; nothing but the
 * indexes), and the warm answers (the page, a filtered page, a tenant page, JSON, CSV) for a reader who may see
 * every job. Not a test: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.jenkins.plugins.systemtest.engine.dashboard.DashboardBenchmark [-Dexec.args="<dir> 200 20
 * 1000"]}. The installation is generated into {@code <dir>} once and reused.
 */
public final class DashboardBenchmark {

    private static final int WARM_UP = 20;
    private static final int REPETITIONS = 30;

    private long sink;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/dashboard-benchmark");
        int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int tenants = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        System.out.println("JDK " + System.getProperty("java.vm.version") + ", " + Runtime.getRuntime()
                .availableProcessors() + " processors, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MiB, load average at start: " + loadAverage());
        new DashboardBenchmark().run(dir.resolve(jobs + "x" + tenants + "x" + runs), jobs, tenants, runs);
    }

    private void run(Path root, int jobCount, int tenants, int runs) throws Exception {
        Path done = root.resolve("generated");
        List<DashboardStore.JobDir> jobs;
        if (Files.exists(done)) {
            jobs = new ArrayList<>();
            for (String line : Files.readAllLines(done)) {
                String[] parts = line.split("\t", 2);
                jobs.add(new DashboardStore.JobDir(parts[0], Path.of(parts[1])));
            }
            System.out.println("reusing " + root);
        } else {
            long t = System.nanoTime();
            jobs = new DashboardInstallation().generate(root, jobCount, tenants, runs);
            Files.write(done, jobs.stream().map(j -> j.job() + "\t" + j.historyDir()).toList());
            System.out.printf(Locale.ROOT, "generated %d jobs x %d tenants x %d runs in %.1f s%n", jobCount, tenants,
                    runs, (System.nanoTime() - t) / 1e9);
        }
        long indexBytes = 0;
        for (DashboardStore.JobDir j : jobs) {
            indexBytes += Files.size(j.historyDir().resolve("index.jsonl"));
        }
        System.out.printf(Locale.ROOT, "%d runs, indexes %.0f MB%n", (long) jobCount * tenants * runs,
                indexBytes / 1e6);
        Path file = root.resolve("system-tests-dashboard.json");

        System.out.println();
        System.out.println("| restart with | open (ms) | process CPU (ms) | from file | from job files | from indexes |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (int round = 0; round < 2; round++) {
            deleteJobFiles(jobs);
            Files.deleteIfExists(file);
            open("nothing but the indexes (first start of this version)", file, jobs);
            Files.deleteIfExists(file);
            open("each job's own summary (dashboard file gone or damaged)", file, jobs);
            open("the dashboard file (normal restart)", file, jobs);
        }

        DashboardStore store = new DashboardStore(file);
        store.open(jobs);
        store.close();
        Set<String> visible = new HashSet<>();
        jobs.forEach(j -> visible.add(j.job()));
        DashboardQuery query = new DashboardQuery(store.summary(), visible::contains, Clock.systemUTC());
        System.out.println();
        System.out.println(store.summary().entries().size() + " entries; file "
                + Files.size(file) / 1000 + " kB");
        System.out.println();
        System.out.println("| warm answer | median (ms) | max (ms) | median thread CPU (ms) |");
        System.out.println("|---|---:|---:|---:|");
        time("dashboard page, no filter (query + HTML)", () -> new DashboardHtml()
                .dashboard(query.dashboard(DashboardRequest.ALL)));
        DashboardRequest failed = DashboardRequest.parse(Map.of("verdict", new String[] {"FAILED", "INFRA_ERROR"},
                "folder", new String[] {"platform"}));
        time("dashboard page, verdict + folder filter", () -> new DashboardHtml().dashboard(query.dashboard(failed)));
        time("dashboard api/json, no filter", () -> new DashboardJson().toJson(query.dashboard(DashboardRequest.ALL)));
        time("dashboard csv, no filter", () -> {
            StringWriter out = new StringWriter();
            try {
                new DashboardCsv().write(query.dashboard(DashboardRequest.ALL), out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toString();
        });
        time("tenant page (query + HTML)", () -> new DashboardHtml().tenant(query.tenant("tenant-7").orElseThrow()));
        time("tenant api/json", () -> new DashboardJson().toJson(query.tenant("tenant-7").orElseThrow()));
        System.out.println();
        System.out.println("load average at the end: " + loadAverage() + " (sink " + sink + ")");
    }

    private static void open(String label, Path file, List<DashboardStore.JobDir> jobs) throws Exception {
        try (DashboardStore store = new DashboardStore(file)) {
            long cpu = processCpuNanos();
            DashboardStore.OpenReport r = store.open(jobs);
            cpu = processCpuNanos() - cpu;
            store.awaitWrites();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", label, r.millis(), cpu / 1_000_000,
                    r.fromFile(), r.fromJob(), r.fromIndex());
            if (!r.failed().isEmpty()) {
                System.out.println("failed: " + r.failed());
            }
        }
    }

    private void time(String label, Supplier<String> answer) {
        for (int i = 0; i < WARM_UP; i++) {
            sink += answer.get().length();
        }
        long[] ns = new long[REPETITIONS];
        long[] cpu = new long[REPETITIONS];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < REPETITIONS; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            sink += answer.get().length();
            ns[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(ns);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", label, ns[REPETITIONS / 2] / 1e6,
                ns[REPETITIONS - 1] / 1e6, cpu[REPETITIONS / 2] / 1e6);
    }

    private static void deleteJobFiles(List<DashboardStore.JobDir> jobs) throws IOException {
        for (DashboardStore.JobDir j : jobs) {
            Files.deleteIfExists(j.historyDir().resolve(JobSummaryBuilder.FILE));
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/loadavg"))) {
            return lines.findFirst().map(l -> String.join(" ", Arrays.copyOf(l.split(" "), 3))).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
