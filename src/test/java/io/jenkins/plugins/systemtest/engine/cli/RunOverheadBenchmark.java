package io.jenkins.plugins.systemtest.engine.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * P3: what {@code run} adds to a suite. The suite is a shell script that writes 2,000 test cases (20 JUnit XML files
 * of 100 tests, one failure and one skipped test in each, as Surefire writes them) and then sleeps 2 s to stand for
 * the tests. It is timed bare ({@code sh suite.sh}), under {@code java -jar system-test-runner-cli.jar run ...}
 * (a new JVM each time, as a developer runs it), the same with a class-data archive of the jar, and under {@link SystemTestCli#run} in this JVM (as the engine
 * runs inside a Jenkins agent), in turns; the median of each is printed. Not a test: build the jar first
 * ({@code mvn -q package -DskipTests}), then run {@code mvn -q -o exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.jenkins.plugins.systemtest.engine.cli.RunOverheadBenchmark} (optionally
 * {@code -Dexec.args="ROUNDS JAR"}).
 */
public final class RunOverheadBenchmark {

    private static final String SUITE = """
            mkdir -p build/test-results
            for f in $(seq 1 20); do
              {
                echo '<?xml version="1.0" encoding="UTF-8"?>'
                echo "<testsuite name=\\"com.acme.orders.Order${f}IT\\" tests=\\"100\\" failures=\\"1\\" errors=\\"0\\" skipped=\\"1\\" time=\\"12.5\\">"
                for t in $(seq 1 100); do
                  if [ "$t" = 7 ]; then
                    echo "  <testcase name=\\"shouldRejectAnExpiredCard$t\\" classname=\\"com.acme.orders.Order${f}IT\\" time=\\"0.210\\">"
                    echo "    <failure message=\\"expected: 402 but was: 500\\" type=\\"org.opentest4j.AssertionFailedError\\">org.opentest4j.AssertionFailedError: expected: 402 but was: 500"
                    echo "	at com.acme.orders.Order${f}IT.shouldRejectAnExpiredCard(Order${f}IT.java:88)</failure>"
                    echo "    <system-out>POST /orders 500 Internal Server Error</system-out>"
                    echo "  </testcase>"
                  elif [ "$t" = 9 ]; then
                    echo "  <testcase name=\\"shouldRefund$t\\" classname=\\"com.acme.orders.Order${f}IT\\" time=\\"0\\"><skipped message=\\"disabled\\"/></testcase>"
                  else
                    echo "  <testcase name=\\"shouldPlaceAnOrder$t\\" classname=\\"com.acme.orders.Order${f}IT\\" time=\\"0.120\\"/>"
                  fi
                done
                echo '</testsuite>'
              } > "build/test-results/TEST-com.acme.orders.Order${f}IT.xml"
            done
            sleep 2
            """;

    private RunOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path jar = Path.of(args.length > 1 ? args[1] : "target/system-test-runner-cli.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn -q package -DskipTests first");
        }
        Path dir = Files.createTempDirectory("run-overhead-bench");
        Files.writeString(dir.resolve("suite.sh"), SUITE);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> bare = new ArrayList<>();
        List<Long> jarRuns = new ArrayList<>();
        List<Long> inProcess = new ArrayList<>();
        List<Long> cds = new ArrayList<>();
        Path archive = dir.resolve("cli.jsa");
        // A class-data archive of this jar (AppCDS), written once: what -XX:SharedArchiveFile saves at start-up.
        exec(dir, List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(), "run", "--tenant",
                "bench", "--results", "build/test-results/*.xml", "--max-failures", "100", "--history", "hist-cds",
                "--", "sh", "suite.sh"));
        for (int round = 0; round <= rounds; round++) {
            long b = time(() -> exec(dir, List.of("sh", "suite.sh")));
            long j = time(() -> exec(dir, List.of(java, "-jar", jar.toString(), "run", "--tenant", "bench",
                    "--results", "build/test-results/*.xml", "--max-failures", "100", "--history", "hist-jar",
                    "--", "sh", "suite.sh")));
            long i = time(() -> inProcess(dir));
            long c = time(() -> exec(dir, List.of(java, "-XX:SharedArchiveFile=" + archive, "-jar", jar.toString(),
                    "run", "--tenant", "bench", "--results", "build/test-results/*.xml", "--max-failures", "100",
                    "--history", "hist-cds", "--", "sh", "suite.sh")));
            if (round > 0) { // round 0 warms the page cache and this JVM
                bare.add(b);
                jarRuns.add(j);
                inProcess.add(i);
                cds.add(c);
            }
            System.out.printf(Locale.ROOT, "round %d: bare %d ms, java -jar run %d ms, in-process run %d ms, "
                    + "java -XX:SharedArchiveFile -jar run %d ms%n", round, b / 1_000_000, j / 1_000_000,
                    i / 1_000_000, c / 1_000_000);
        }
        long mb = median(bare);
        System.out.printf(Locale.ROOT, "| bare `sh suite.sh` | %.2f s | | |%n", mb / 1e9);
        row("`java -jar system-test-runner-cli.jar run ...`", median(jarRuns), mb);
        row("`java -XX:SharedArchiveFile=cli.jsa -jar system-test-runner-cli.jar run ...`", median(cds), mb);
        row("`SystemTestCli.run` in a warm JVM", median(inProcess), mb);
    }

    private static void row(String what, long nanos, long bareNanos) {
        double diff = (nanos - bareNanos) / 1e9;
        System.out.printf(Locale.ROOT, "| %s | %.2f s | %+.2f s | %+.1f %% |%n", what, nanos / 1e9, diff,
                100.0 * (nanos - bareNanos) / bareNanos);
    }

    private static void exec(Path dir, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException(command + " exited with " + code);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void inProcess(Path dir) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        int code = SystemTestCli.run(List.of("run", "--tenant", "bench", "--results", "build/test-results/*.xml",
                "--max-failures", "100", "--history", "hist-in-process", "--", "sh", "suite.sh"), dir, Map.of(),
                sink, sink);
        if (code != 0) {
            throw new IllegalStateException("run exited with " + code);
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
}
