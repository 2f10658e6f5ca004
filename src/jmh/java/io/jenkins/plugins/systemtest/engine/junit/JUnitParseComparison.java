package io.jenkins.plugins.systemtest.engine.junit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@link JUnitParseBenchmark} comparison taken in turns, each pass in a JVM of its own. Each round starts one
 * child JVM per contender (the parser, the parser keeping all output, a bare pass of the JDK's StAX reader and one of
 * Woodstox), one after the other, the order rotating from round to round (give a multiple of 4 rounds), so that load
 * from other processes hits all alike. A child warms up, then times its passes, with a full collection before each
 * pass (so each pays for the garbage it makes itself), on a fixed, pre-touched heap of 2 GB
 * ({@code -Xms2g -Xmx2g -XX:+AlwaysPreTouch}: a heap that grows charges its page faults to whichever pass grows it).
 *
 * <p>Why not one JVM for all (as this class did before): the compiled code of the StAX reader then depends on which
 * contender ran before. Taken in turns in one JVM, the parser's own thread needed 400-550 ms a pass on the small shape,
 * alone in its JVM 205-230 ms, on the same build (docs/performance.md). In Jenkins nothing runs bare passes between
 * two parses.
 *
 * <p>Reports per contender the throughput of wall clock, process CPU (garbage collection included) and the main
 * thread's CPU, as the median of the rounds and their range, and the ratios to the JDK bare pass (issue 10's
 * reference) and to the Woodstox bare pass. Run: {@code mvn -Pbenchmark test-compile exec:exec@compare}
 * ({@code -Drounds=N}, {@code -Dshape=large} (default) or {@code -Dshape=small}).
 */
public final class JUnitParseComparison {

    private static final String[] NAMES = {"parser", "parserKeepingAllOutput", "bareJdkStax", "bareWoodstox"};
    private static final int WARMUP = 4;
    private static final int MEASURED = 5;

    private JUnitParseComparison() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(Integer.parseInt(args[1]), Path.of(args[2]));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        String shape = args.length > 1 ? args[1] : "large";
        Path dir = Files.createTempDirectory("junit-compare");
        Path file = dir.resolve("TEST-bench.xml");
        try {
            String holds = JUnitParseBenchmark.generate(shape, file);
            double mb = Files.size(file) / (1024.0 * 1024.0);
            // [contender][round] = {wall, process CPU, main-thread CPU} seconds per pass
            double[][][] perPass = new double[NAMES.length][rounds][];
            for (int round = 0; round < rounds; round++) {
                for (int turn = 0; turn < NAMES.length; turn++) {
                    int k = (turn + round) % NAMES.length;
                    perPass[k][round] = fork(k, file);
                }
            }
            System.out.printf(Locale.ROOT, "file (%s) %.1f MB, %s; %d rounds, a JVM per contender and round, %d "
                    + "warm-up and %d timed passes each%n", shape, mb, holds, rounds, WARMUP, MEASURED);
            String[] what = {"wall", "process CPU", "main-thread CPU"};
            for (int k = 0; k < NAMES.length; k++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s", NAMES[k]));
                for (int m = 0; m < 3; m++) {
                    double[] mbs = throughput(perPass[k], m, mb);
                    line.append(String.format(Locale.ROOT, "  %s %6.1f MB/s (%.1f-%.1f)", what[m], median(mbs),
                            mbs[0], mbs[mbs.length - 1]));
                }
                System.out.println(line);
            }
            for (int k = 0; k < 2; k++) {
                for (int ref = 2; ref < 4; ref++) {
                    StringBuilder line = new StringBuilder(NAMES[k] + " / " + NAMES[ref] + ":");
                    for (int m = 0; m < 3; m++) {
                        double[] ratios = new double[rounds];
                        for (int r = 0; r < rounds; r++) {
                            ratios[r] = perPass[ref][r][m] / perPass[k][r][m];
                        }
                        Arrays.sort(ratios);
                        line.append(String.format(Locale.ROOT, "  %s %.2f (%.2f-%.2f)", what[m], median(ratios),
                                ratios[0], ratios[rounds - 1]));
                    }
                    System.out.println(line);
                }
            }
            System.out.println("(ratios: median of the rounds' ratios, range in brackets; throughput: median and "
                    + "range of the rounds)");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static double[] fork(int contender, Path file) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-cp", System.getProperty("java.class.path"),
                JUnitParseComparison.class.getName(), "child", String.valueOf(contender), file.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                last = line;
            }
        }
        if (p.waitFor() != 0 || last == null || !last.startsWith("seconds ")) {
            throw new IllegalStateException(NAMES[contender] + " failed: " + last);
        }
        String[] f = last.substring("seconds ".length()).split(" ");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
    }

    /** In the child JVM: warm up, then time {@link #MEASURED} passes; prints "seconds wall process main" per pass. */
    private static void child(int contender, Path file) throws Exception {
        Path dir = file.getParent();
        JUnitXmlParser parser = new JUnitXmlParser();
        JUnitXmlParser keepAll = new JUnitXmlParser(new OutputLimits(8 * 1024, 8 * 1024));
        var jdk = BarePass.jdkFactory();
        var woodstox = SafeXmlInputFactory.create();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] sum = new double[3];
        for (int pass = 0; pass < WARMUP + MEASURED; pass++) {
            System.gc();
            long cpu = os.getProcessCpuTime();
            long main = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            long result = switch (contender) {
                case 0 -> checked(parser.parseFile(dir, file.getFileName()).problems().size());
                case 1 -> checked(keepAll.parseFile(dir, file.getFileName()).problems().size());
                case 2 -> BarePass.run(jdk, file);
                default -> BarePass.run(woodstox, file);
            };
            if (pass >= WARMUP) {
                sum[0] += (System.nanoTime() - wall) / 1e9;
                sum[1] += (os.getProcessCpuTime() - cpu) / 1e9;
                sum[2] += (threads.getCurrentThreadCpuTime() - main) / 1e9;
            }
            if (result < 0) {
                throw new IllegalStateException();
            }
        }
        System.out.printf(Locale.ROOT, "seconds %.6f %.6f %.6f%n", sum[0] / MEASURED, sum[1] / MEASURED,
                sum[2] / MEASURED);
    }

    private static long checked(int problems) {
        if (problems != 0) {
            throw new IllegalStateException(problems + " problems in the generated file");
        }
        return 0;
    }

    private static double[] throughput(double[][] rounds, int m, double mb) {
        double[] v = new double[rounds.length];
        for (int r = 0; r < rounds.length; r++) {
            v[r] = mb / rounds[r][m];
        }
        Arrays.sort(v);
        return v;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
