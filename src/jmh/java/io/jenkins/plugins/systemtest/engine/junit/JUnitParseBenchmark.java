package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * P1: how fast {@link JUnitXmlParser} reads a 50 MB result file compared with a bare StAX pass that only iterates
 * the events of the same file ({@link BarePass}: the JDK's reader, the reference, and Woodstox, the parser's). The {@code megabytes} counter is the throughput in MB/s.
 * Two shapes ({@code shape} parameter): {@code large} ({@link JUnitFileGenerator}, 68,700 larger test cases) and
 * {@code small} ({@link SmallCasesFileGenerator}, 185,577 mostly plain passing test cases).
 * Run: {@code mvn -Pbenchmark test-compile exec:exec -Dbench=JUnitParse} (see docs/performance.md); one shape only:
 * {@code -Djmh.args="-p shape=small"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// A fixed, pre-touched heap, as in JUnitParseComparison: a heap that grows charges its page faults to whichever
// iteration grows it (seen: the parser alternating between about 230 and 570 ms a pass on the small shape).
@Fork(jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class JUnitParseBenchmark {

    private static final long TARGET_CHARS = 50L * 1024 * 1024;

    /** Which file: {@code large} or {@code small}. */
    @Param({"large", "small"})
    public String shape;

    private Path dir;
    private Path file;
    private double megabytes;
    private final JUnitXmlParser parser = new JUnitXmlParser();
    private final JUnitXmlParser keepingAllOutput = new JUnitXmlParser(new OutputLimits(8 * 1024, 8 * 1024));
    private final XMLInputFactory jdk = BarePass.jdkFactory();
    private final XMLInputFactory woodstox = SafeXmlInputFactory.create();

    /** Counts the megabytes read; JMH reports it per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Read {
        public double megabytes;
    }

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("junit-bench");
        file = dir.resolve("TEST-bench.xml");
        String holds = generate(shape, file);
        megabytes = Files.size(file) / (1024.0 * 1024.0);
        System.out.printf("%nfile (%s): %.1f MB, %s%n", shape, megabytes, holds);
    }

    /** Writes the file of a shape; returns what it holds, in words. */
    static String generate(String shape, Path file) throws IOException {
        switch (shape) {
            case "large" -> {
                JUnitFileGenerator.Generated g = JUnitFileGenerator.write(file, TARGET_CHARS, 0, 0);
                return g.tests() + " test cases, " + g.failures() + " failures, " + g.errors() + " errors, "
                        + g.skipped() + " skipped";
            }
            case "small" -> {
                SmallCasesFileGenerator.Generated g = SmallCasesFileGenerator.write(file,
                        SmallCasesFileGenerator.ISSUE_TESTS);
                return g.tests() + " test cases, " + g.failures() + " failures, " + g.printing()
                        + " passing with output";
            }
            default -> throw new IllegalArgumentException("shape is large or small, not " + shape);
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public ParsedResults parser(Read read) {
        ParsedResults r = parser.parseFile(dir, file.getFileName());
        if (!r.problems().isEmpty()) {
            throw new IllegalStateException(r.problems().toString());
        }
        read.megabytes += megabytes;
        return r;
    }

    /** The same with passed tests keeping as much output as failing ones (no {@code passedChars} cut). */
    @Benchmark
    public ParsedResults parserKeepingAllOutput(Read read) {
        ParsedResults r = keepingAllOutput.parseFile(dir, file.getFileName());
        read.megabytes += megabytes;
        return r;
    }

    /** A bare pass of the JDK's StAX reader: the reference issue 10's goals name. */
    @Benchmark
    public long bareStax(Read read) throws IOException, XMLStreamException {
        long events = BarePass.run(jdk, file);
        read.megabytes += megabytes;
        return events;
    }

    /** A bare pass of the reader the parser uses (Woodstox), which skips the texts it is not asked for. */
    @Benchmark
    public long bareWoodstox(Read read) throws IOException, XMLStreamException {
        long events = BarePass.run(woodstox, file);
        read.megabytes += megabytes;
        return events;
    }
}
