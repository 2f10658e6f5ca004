package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Issue 10's memory check, not a test: writes the 185,577-case file of {@link SmallCasesFileGenerator} (streaming)
 * and parses it in this JVM, which the {@code small-heap} execution starts with {@code -Xmx128m}. Prints the counts,
 * the peak heap (sum of the heap pools' peaks) and the heap still used, after a full collection, while the results
 * are held. Exits with 1 when the parse reports a problem or the counts are not those written; an
 * {@link OutOfMemoryError} ends it too. Run: {@code mvn -Pbenchmark test-compile exec:exec@small-heap}.
 */
public final class SmallCasesHeapCheck {

    private SmallCasesHeapCheck() {
    }

    public static void main(String[] args) throws Exception {
        int tests = args.length > 0 ? Integer.parseInt(args[0]) : SmallCasesFileGenerator.ISSUE_TESTS;
        Path dir = Files.createTempDirectory("small-heap");
        Path file = dir.resolve("TEST-small.xml");
        try {
            SmallCasesFileGenerator.Generated g = SmallCasesFileGenerator.write(file, tests);
            resetPeaks();
            long t0 = System.nanoTime();
            ParsedResults r = new JUnitXmlParser().parseFile(dir, file.getFileName());
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = peakHeap();
            System.gc();
            long live = usedHeap();
            RunCounts c = RunCounts.of(r.tests());
            System.out.printf(Locale.ROOT, "file %.1f MB, max heap %d MB: %d tests read (%d written), %d failed, "
                            + "%d problems; %.2f s; peak heap %.1f MB, held after GC %.1f MB%n", g.bytes() / 1e6,
                    Runtime.getRuntime().maxMemory() >> 20, c.total(), g.tests(), c.failed(), r.problems().size(),
                    seconds, peak / 1e6, live / 1e6);
            if (!r.problems().isEmpty() || c.total() != g.tests() || c.failed() != g.failures()) {
                System.out.println("UNEXPECTED: " + r.problems());
                System.exit(1);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
