package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.history.FailureMessages;
import io.jenkins.plugins.systemtest.engine.history.HistoryGenerator;
import io.jenkins.plugins.systemtest.engine.history.HistoryIndex;
import io.jenkins.plugins.systemtest.engine.history.HistoryQuery;
import io.jenkins.plugins.systemtest.engine.history.HistoryRequest;
import io.jenkins.plugins.systemtest.engine.history.HistoryRequestParser;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.history.TestNameSuggester;
import io.jenkins.plugins.systemtest.engine.record.RunRecordStore;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import static io.jenkins.plugins.systemtest.engine.history.MedianTimer.median;

/**
 * Times what the job page's box and the history page cost on the server, over generated histories
 * ({@link HistoryGenerator}) of 10,000 and 100,000 runs: the box's data (matrix, latest 60 runs, JSON) from a warm
 * index, the history page's data (page of runs, matrix, trend windows, flaky tests, JSON) without and with
 * {@code ?test=} (which reads up to 60 run records), the name suggestions, and a cold index load. Not a test: run
 * with {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.jenkins.plugins.systemtest.engine.render.HistoryPagesBenchmark} (optionally
 * {@code -Dexec.args="10000"}); prints a Markdown table (medians of 101 after 300 warm-up calls; cold load: median
 * of 3).
 */
public final class HistoryPagesBenchmark {

    private static final int WARM_UP = 300;
    private static final int REPETITIONS = 101;
    private long sink;

    private HistoryPagesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        HistoryPagesBenchmark b = new HistoryPagesBenchmark();
        System.out.println("JDK " + System.getProperty("java.vm.version") + ", " + Runtime.getRuntime()
                .availableProcessors() + " processors, load average " + Files.readString(Path.of("/proc/loadavg"))
                .strip());
        System.out.println("| runs | index | cold index load | job page box (warm) | history page | history page "
                + "?test= | testNames?q= |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            Path dir = Files.createTempDirectory("history-pages-benchmark");
            try {
                System.out.println(b.measure(dir, size));
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
        System.out.println("(sink " + b.sink + ")");
    }

    private String measure(Path dir, int size) throws IOException {
        long now = System.currentTimeMillis();
        new HistoryGenerator(9, now - 3_600_000L).write(dir, size, true);
        Path indexFile = dir.resolve(JobHistory.INDEX);
        double cold = median(3, 1, () -> sink += new HistoryIndex(indexFile).query().size());
        HistoryQuery query = new HistoryIndex(indexFile).query();
        RunRecordStore records = new RunRecordStore(dir.resolve(JobHistory.RECORDS));
        Clock clock = Clock.systemUTC();
        double box = median(REPETITIONS, WARM_UP, () -> {
            HistoryOverviewBuilder o = new HistoryOverviewBuilder(r -> r.build() + "/system-tests/#" + r.id(),
                    (t, s) -> "system-tests/?tenant=" + t + "&suite=" + s);
            sink += new HistoryPageJson().toBoxJson(new HistoryOverview.Parts(o.matrix(query), null, null,
                    o.recent(query, 60), "system-tests/"), now).length();
        });
        double page = median(REPETITIONS, WARM_UP, () -> sink += page(query, "", records, clock).length());
        String test = "?test=" + HistoryGenerator.BROKEN_TEST;
        double testPage = median(REPETITIONS, WARM_UP, () -> sink += page(query, test, records, clock).length());
        double names = median(REPETITIONS, WARM_UP, () -> sink += TestNameSuggester.suggest(query, "voucher", 20)
                .size());
        return String.format(Locale.ROOT, "| %,d | %.1f MiB | %s | %s | %s | %s | %s |", size,
                Files.size(indexFile) / 1048576.0, ms(cold), ms(box), ms(page), ms(testPage), ms(names));
    }

    private static String page(HistoryQuery query, String q, RunRecordStore records, Clock clock) {
        HistoryRequest request = new HistoryRequestParser().parseQuery(q);
        HistoryPageModel model = new HistoryPageModelBuilder(clock).build(query, request, "shop system tests",
                HistoryPagesBenchmark::href);
        HistoryOverviewBuilder o = new HistoryOverviewBuilder(HistoryPagesBenchmark::href,
                (t, s) -> "?tenant=" + t + "&suite=" + s);
        return new HistoryPageJson().toJson(model, new HistoryOverview.Parts(o.matrix(query),
                o.trends(query, null, null, 1), request.test() == null ? null : o.test(query, request.test(), null,
                        null, new FailureMessages(records)), null, ""));
    }

    private static String href(RunSummary r) {
        return "../" + r.build() + "/system-tests/#" + r.id();
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.0f ms", millis);
    }
}
