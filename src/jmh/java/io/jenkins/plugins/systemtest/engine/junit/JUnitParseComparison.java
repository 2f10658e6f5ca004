package io.jenkins.plugins.systemtest.engine.junit;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@link JUnitParseBenchmark} comparison done in turns: each round parses the same 50 MB file with the parser,
 * with the parser keeping all output, and with a bare StAX pass, one after the other (the order rotating from one
 * round to the next, so that each takes each place equally often: give a multiple of 3 rounds), so that load from other
 * processes hits all three alike. Reports wall-clock, process CPU (GC included) and main-thread CPU throughput.
 * Run: {@code mvn -Pbenchmark test-compile exec:exec@compare} (rounds: {@code -Drounds=N}; file shape, as in
 * {@link JUnitParseBenchmark}: {@code -Dshape=large} (default) or {@code -Dshape=small}).
 */
public final class JUnitParseComparison {

    private static final int WARMUP = 3;

    private JUnitParseComparison() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        String shape = args.length > 1 ? args[1] : "large";
        Path dir = Files.createTempDirectory("junit-compare");
        Path file = dir.resolve("TEST-bench.xml");
        String holds = JUnitParseBenchmark.generate(shape, file);
        double mb = Files.size(file) / (1024.0 * 1024.0);
        JUnitXmlParser parser = new JUnitXmlParser();
        JUnitXmlParser keepAll = new JUnitXmlParser(new OutputLimits(8 * 1024, 8 * 1024));
        XMLInputFactory factory = SafeXmlInputFactory.create();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String[] names = {"parser", "parserKeepingAllOutput", "bareStax"};
        double[][] seconds = new double[3][3];
        for (int round = 0; round < WARMUP + rounds; round++) {
            for (int turn = 0; turn < 3; turn++) {
                // Each contender takes each place in the turns equally often: the first pass after the bare StAX
                // pass of the round before runs markedly slower (seen: the same parser 0.33-0.35 first, 0.71 second).
                int k = (turn + round) % 3;
                System.gc();
                long cpu = os.getProcessCpuTime();
                long main = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                long result = switch (k) {
                    case 0 -> parser.parseFile(dir, file.getFileName()).tests().size();
                    case 1 -> keepAll.parseFile(dir, file.getFileName()).tests().size();
                    default -> bare(factory, file);
                };
                if (round >= WARMUP) {
                    seconds[k][0] += (System.nanoTime() - wall) / 1e9;
                    seconds[k][1] += (os.getProcessCpuTime() - cpu) / 1e9;
                    seconds[k][2] += (threads.getCurrentThreadCpuTime() - main) / 1e9;
                }
                if (result < 0) {
                    throw new IllegalStateException();
                }
            }
        }
        System.out.printf("file (%s) %.1f MB, %s; %d rounds after %d warm-up rounds%n", shape, mb, holds, rounds,
                WARMUP);
        for (int k = 0; k < 3; k++) {
            System.out.printf("%-24s wall %6.1f MB/s   process CPU %6.1f MB/s   main-thread CPU %6.1f MB/s%n",
                    names[k], mb * rounds / seconds[k][0], mb * rounds / seconds[k][1], mb * rounds / seconds[k][2]);
        }
        for (int k = 0; k < 2; k++) {
            System.out.printf("%s / bareStax: wall %.2f   process CPU %.2f   main-thread CPU %.2f%n", names[k],
                    seconds[2][0] / seconds[k][0], seconds[2][1] / seconds[k][1], seconds[2][2] / seconds[k][2]);
        }
        Files.delete(file);
        Files.delete(dir);
    }

    private static long bare(XMLInputFactory factory, Path file) throws IOException, XMLStreamException {
        long events = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                r.next();
                events++;
            }
            r.close();
        }
        return events;
    }
}
