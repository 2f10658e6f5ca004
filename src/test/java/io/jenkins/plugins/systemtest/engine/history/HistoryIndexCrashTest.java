package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.record.RunRecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A writer in another JVM killed with SIGKILL at random points, twenty times over. */
class HistoryIndexCrashTest {

    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    void shouldReopenAfterEachKillLosingAtMostTheRunBeingAppendedAndRebuildEverything() throws Exception {
        Path runs = dir.resolve("runs");
        Path file = dir.resolve("history.jsonl");
        RunRecordStore store = new RunRecordStore(runs);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<String> missing = new HashSet<>();
        int torn = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), HistoryAppendChild.class.getName(),
                    runs.toString(), file.toString(), Integer.toString(round))
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as("child output (seed %d)", seed).isEqualTo("ready");
                Thread.sleep(50 + random.nextInt(400));
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            HistorySnapshot reopened = new HistoryIndex(file).load();
            List<ParseProblem> problems = reopened.problems();
            assertThat(problems).as("round %d, seed %d", round, seed)
                    .allMatch(p -> p.message().contains("incomplete")).hasSizeLessThanOrEqualTo(1);
            torn += problems.size();
            Set<String> recorded = new HashSet<>(store.list());
            Set<String> indexed = new HashSet<>();
            reopened.summaries().forEach(s -> indexed.add(s.id()));
            assertThat(recorded).as("every indexed run has its record (round %d)", round).containsAll(indexed);
            Set<String> nowMissing = new HashSet<>(recorded);
            nowMissing.removeAll(indexed);
            nowMissing.removeAll(missing);
            String prefix = "r" + round + "-";
            assertThat(nowMissing).as("runs recorded but not indexed after round %d, seed %d", round, seed)
                    .hasSizeLessThanOrEqualTo(1).allMatch(id -> id.startsWith(prefix));
            missing.addAll(nowMissing);
        }

        Set<String> recorded = new HashSet<>(store.list());
        assertThat(recorded.size()).as("each child wrote at least one run").isGreaterThanOrEqualTo(ROUNDS);
        assertThat(store.readEach(r -> { })).as("records are written atomically").isEmpty();
        HistoryIndex index = new HistoryIndex(file);
        assertThat(index.rebuild(store)).isEmpty();
        HistorySnapshot rebuilt = new HistoryIndex(file).load();
        assertThat(rebuilt.problems()).isEmpty();
        assertThat(rebuilt.summaries()).extracting(RunSummary::id).containsExactlyInAnyOrderElementsOf(recorded);
        System.out.printf("crash test: %d runs recorded over %d kills, %d torn lines seen, %d appends lost "
                + "before the rebuild (seed %d)%n", recorded.size(), ROUNDS, torn, missing.size(), seed);
    }
}
