package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.record.RunRecordStore;
import io.jenkins.plugins.systemtest.engine.record.SampleRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryIndexConcurrencyTest {

    private static final int WRITERS = 50;
    private static final int RUNS_PER_WRITER = 40;
    private static final int READERS = 4;

    @TempDir
    Path dir;

    @Test
    void shouldLoseNoRunWhenFiftyThreadsAppendWhileFourThreadsQuery() throws Exception {
        RunRecordStore store = new RunRecordStore(dir.resolve("runs"));
        HistoryIndexRegistry registry = new HistoryIndexRegistry();
        Path file = dir.resolve("history.jsonl");
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger queries = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < RUNS_PER_WRITER; i++) {
                        RunRecord r = SampleRecords.of(writer + "-t" + (writer % 5) + "-" + i, i, "t" + (writer % 5),
                                "s" + (i % 3), writer * 1000L + i, SampleRecords.tests(3,
                                        i % 4 == 0 ? Map.of("x" + writer, TestOutcome.FAILED) : Map.of()));
                        store.write(r);
                        registry.index(file).append(RunSummary.of(r));
                    }
                    return null;
                }));
            }
            for (int r = 0; r < READERS; r++) {
                int reader = r;
                pool.submit(() -> {
                    int seen = 0;
                    try {
                        start.await();
                        while (writing.get()) {
                            HistorySnapshot snapshot = registry.index(file).load();
                            assertThat(snapshot.problems()).isEmpty();
                            HistoryQuery q = snapshot.query();
                            HistoryPage page = q.page(HistoryFilter.ALL.withTenant("t" + reader), 0, 50);
                            assertThat(page.runs()).allMatch(s -> s.tenant().equals("t" + reader));
                            assertThat(q.size()).isGreaterThanOrEqualTo(seen);
                            seen = q.size();
                            q.trend("t" + reader, null, 20);
                            q.flakyTests(200, null, 10);
                            queries.incrementAndGet();
                        }
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                    return null;
                });
            }
            start.countDown();
            for (Future<?> f : writers) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            writing.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }

        assertThat(failures).isEmpty();
        assertThat(queries.get()).isPositive();
        List<String> recordIds = store.list();
        assertThat(recordIds).hasSize(WRITERS * RUNS_PER_WRITER);
        HistorySnapshot fresh = new HistoryIndex(file).load();
        assertThat(fresh.problems()).isEmpty();
        assertThat(fresh.summaries()).hasSize(WRITERS * RUNS_PER_WRITER);
        assertThat(fresh.summaries()).extracting(RunSummary::id).containsExactlyInAnyOrderElementsOf(recordIds);
        assertThat(new HashSet<>(registry.index(file).load().summaries()))
                .isEqualTo(new HashSet<>(fresh.summaries()));
        List<RunSummary> fromRecords = new ArrayList<>();
        store.readEach(r -> fromRecords.add(RunSummary.of(r)));
        assertThat(fresh.summaries()).containsExactlyInAnyOrderElementsOf(fromRecords);
    }

    @Test
    void shouldSerialiseTwoIndexObjectsOnTheSameFileInOneJvm() throws Exception {
        Path file = dir.resolve("history.jsonl");
        HistoryIndex one = new HistoryIndex(file);
        HistoryIndex two = new HistoryIndex(file);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int t = 0; t < 8; t++) {
            HistoryIndex index = t % 2 == 0 ? one : two;
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    String id = thread + "-a-" + i;
                    index.append(Summaries.run(id, i, "a", "s", i));
                    written.add(id);
                    if (i % 10 == 0) {
                        assertThat(index.load().problems()).isEmpty();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(one.load().summaries()).extracting(RunSummary::id).containsExactlyInAnyOrderElementsOf(written);
        assertThat(two.load().summaries()).extracting(RunSummary::id).containsExactlyInAnyOrderElementsOf(written);
    }
}
