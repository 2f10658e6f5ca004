package io.jenkins.plugins.systemtest.engine.report;

import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * P4: archives a generated report of 10,000 files (1 to 50 KB; HTML, JS, CSS, JSON, PNG-like and trace-like binary
 * files in 100 folders, as a Playwright report has them) with {@link ReportScanner} and {@link ReportCopier}, and
 * with {@code cp -r}, alternately, and prints the median throughput of each. Not a test: run it with
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=io.jenkins.plugins.systemtest.engine.report.ReportCopyBenchmark
 * -Dexec.classpathScope=test} (optionally {@code -Dexec.args="FILES ROUNDS DIR"}).
 */
public final class ReportCopyBenchmark {

    private static final String[] TEXT = {"html", "js", "css", "json", "txt"};
    private static final String[] BINARY = {"png", "webm", "zip"};

    private ReportCopyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path base = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("report-copy-bench");
        Path workspace = Files.createDirectories(base.resolve("workspace"));
        long bytes = generate(workspace.resolve("playwright-report"), files);
        System.out.printf(Locale.ROOT, "report: %,d files, %.1f MB (%s)%n", files, bytes / 1e6, workspace);
        ReportSpec spec = new ReportSpec("Playwright", "playwright-report", null);
        Path archive = base.resolve("archive");
        Path cpTarget = base.resolve("cp-copy");
        List<Long> engine = new ArrayList<>();
        List<Long> masked = new ArrayList<>();
        List<Long> cp = new ArrayList<>();
        SecretMasker secret = new SecretMasker(List.of("s3cr3t-token-value"));
        for (int round = 0; round <= rounds; round++) {
            long e = time(() -> copy(workspace, spec, archive, SecretMasker.NONE, files));
            delete(archive);
            long m = time(() -> copy(workspace, spec, archive, secret, files));
            delete(archive);
            long c = time(() -> cpR(workspace.resolve("playwright-report"), cpTarget));
            delete(cpTarget);
            if (round > 0) { // round 0 warms the JIT and the page cache
                engine.add(e);
                masked.add(m);
                cp.add(c);
            }
            System.out.printf(Locale.ROOT, "round %d: engine %d ms, engine with masking %d ms, cp -r %d ms%n",
                    round, e / 1_000_000, m / 1_000_000, c / 1_000_000);
        }
        report("ReportScanner + ReportCopier (no secret)", median(engine), files, bytes, median(cp));
        report("ReportScanner + ReportCopier (one secret masked)", median(masked), files, bytes, median(cp));
        report("cp -r", median(cp), files, bytes, median(cp));
        delete(base);
    }

    private static long generate(Path dir, int files) throws IOException {
        Random random = new Random(42);
        long total = 0;
        for (int i = 0; i < files; i++) {
            Path folder = Files.createDirectories(dir.resolve(i == 0 ? "." : "data/" + (i % 100)));
            boolean text = random.nextInt(10) < 6;
            String ext = text ? TEXT[random.nextInt(TEXT.length)] : BINARY[random.nextInt(BINARY.length)];
            int size = 1024 + random.nextInt(49 * 1024);
            byte[] content = text ? text(random, size) : binary(random, size);
            Files.write(folder.resolve(i == 0 ? "index.html" : "f" + i + "." + ext), content);
            total += content.length;
        }
        return total;
    }

    private static byte[] text(Random random, int size) {
        StringBuilder b = new StringBuilder(size + 100);
        while (b.length() < size) {
            b.append("<div class=\"test-case\" data-id=\"").append(Long.toHexString(random.nextLong()))
                    .append("\">expect(page.getByRole('button')).toBeVisible() at tests/checkout.spec.ts:")
                    .append(random.nextInt(400)).append("</div>\n");
        }
        return b.substring(0, size).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] binary(Random random, int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        return b;
    }

    private static void copy(Path workspace, ReportSpec spec, Path archive, SecretMasker masker, int expected) {
        try {
            ReportScan scan = new ReportScanner().scan(workspace, spec);
            int copied = new ReportCopier(masker).copy(workspace, scan, archive, "runs/1/reports/Playwright").files();
            if (copied != expected) {
                throw new IllegalStateException("copied " + copied + " files, expected " + expected);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void cpR(Path from, Path to) {
        try {
            Process p = new ProcessBuilder("cp", "-r", from.toString(), to.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("cp -r failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return System.nanoTime() - t0;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void report(String what, long nanos, int files, long bytes, long cpNanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "| %s | %.2f s | %.0f MB/s | %,.0f files/s | %.0f %% |%n", what, seconds,
                bytes / 1e6 / seconds, files / seconds, 100.0 * cpNanos / nanos);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
