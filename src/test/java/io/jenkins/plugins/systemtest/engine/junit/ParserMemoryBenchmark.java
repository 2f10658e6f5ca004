package io.jenkins.plugins.systemtest.engine.junit;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * P1 memory: parses JUnit files of 5 MB to 1 GB in a child JVM with a fixed small heap and prints the peak heap
 * used. Every file has the same 5 MB of ordinary test cases; the rest is one test's huge standard output, the
 * kind of file (a suite that logs everything) that breaks parsers which hold the whole text. Not a test: run it with
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=io.jenkins.plugins.systemtest.engine.junit.ParserMemoryBenchmark [-Dexec.args="5 50 200 1000"]</pre>
 */
public final class ParserMemoryBenchmark {

    private static final long MB = 1_000_000;

    private ParserMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizes = new ArrayList<>();
        for (String a : args.length == 0 ? new String[] {"5", "50", "200", "1000"} : args) {
            sizes.add(Long.parseLong(a));
        }
        Path dir = Files.createTempDirectory("parser-memory");
        System.out.printf(Locale.ROOT, "%10s %10s %12s %14s %10s%n", "file MB", "tests", "heap limit", "peak heap MB",
                "seconds");
        try {
            for (long size : sizes) {
                Path file = dir.resolve("TEST-memory.xml");
                long base = Math.min(size, 5) * MB;
                JUnitFileGenerator.Generated g = JUnitFileGenerator.write(file, base, Math.max(0, size * MB - base), 0);
                long t0 = System.nanoTime();
                String out = child(dir);
                double seconds = (System.nanoTime() - t0) / 1e9;
                long peak = Long.parseLong(out.replaceAll("(?s).*peakHeapBytes=(\\d+).*", "$1"));
                System.out.printf(Locale.ROOT, "%10.0f %10d %12s %14.1f %10.1f%n", Files.size(file) / 1e6, g.tests(),
                        "-Xmx64m", peak / 1e6, seconds);
                Files.delete(file);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** The class path of this class's loader: under exec:java it is not java.class.path. */
    private static String classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        for (ClassLoader l = ParserMemoryBenchmark.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    entries.add(Path.of(url.toURI()).toString());
                }
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, entries);
    }

    private static String child(Path dir) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-XX:+UseSerialGC", "-cp", classPath(), ParseMain.class.getName(),
                dir.toString(), "TEST-memory.xml").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("the parse failed: " + out);
        }
        return out;
    }
}
