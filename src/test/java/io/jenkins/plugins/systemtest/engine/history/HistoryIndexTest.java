package io.jenkins.plugins.systemtest.engine.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.record.RunRecordStore;
import io.jenkins.plugins.systemtest.engine.record.SampleRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryIndexTest {

    @TempDir
    Path dir;

    private Path indexFile() {
        return dir.resolve("job/history.jsonl");
    }

    private static List<String> ids(HistorySnapshot snapshot) {
        return snapshot.summaries().stream().map(RunSummary::id).toList();
    }

    @Test
    void shouldAppendOneCompactLinePerRunAndLoadThemInOrder() throws IOException {
        HistoryIndex index = new HistoryIndex(indexFile());
        RunSummary first = Summaries.run("1-acme-e2e", 1, "acme", "e2e", 100, 5,
                Map.of("com.acme.T.a", TestOutcome.FAILED, "com.acme.T.ü", TestOutcome.FLAKY));
        RunSummary second = Summaries.run("2-acme-e2e", 2, "acme", "e2e", 200);

        index.append(first);
        index.append(second);

        List<String> lines = Files.readAllLines(indexFile(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(new ObjectMapper().readTree(lines.get(0)).get("id").asText()).isEqualTo("1-acme-e2e");
        HistorySnapshot loaded = new HistoryIndex(indexFile()).load();
        assertThat(loaded.summaries()).containsExactly(first, second);
        assertThat(loaded.problems()).isEmpty();
        assertThat(Files.readString(indexFile())).endsWith("\n");
    }

    @Test
    void shouldReadAMissingIndexAsEmpty() throws IOException {
        HistorySnapshot snapshot = new HistoryIndex(indexFile()).load();

        assertThat(snapshot.summaries()).isEmpty();
        assertThat(snapshot.problems()).isEmpty();
        assertThat(snapshot.query().size()).isZero();
    }

    @Test
    void shouldIgnoreATornLastLineAndAppendTheNextRunOnAFreshLine() throws IOException {
        HistoryIndex index = new HistoryIndex(indexFile());
        index.append(Summaries.run("1-a-s", 1, "a", "s", 1));
        index.append(Summaries.run("2-a-s", 2, "a", "s", 2));
        byte[] third = new io.jenkins.plugins.systemtest.engine.record.RunRecordJson()
                .toLine(Summaries.run("3-a-s", 3, "a", "s", 3));
        Files.write(indexFile(), java.util.Arrays.copyOf(third, third.length / 2), StandardOpenOption.APPEND);

        HistorySnapshot torn = new HistoryIndex(indexFile()).load();

        assertThat(ids(torn)).containsExactly("1-a-s", "2-a-s");
        assertThat(torn.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(indexFile().toString());
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("incomplete");
        });

        new HistoryIndex(indexFile()).append(Summaries.run("4-a-s", 4, "a", "s", 4));

        HistorySnapshot after = new HistoryIndex(indexFile()).load();
        assertThat(ids(after)).containsExactly("1-a-s", "2-a-s", "4-a-s");
        assertThat(after.problems()).isEmpty();
        assertThat(Files.readAllLines(indexFile())).hasSize(3);
    }

    @Test
    void shouldTreatAFileOfOnlyATornLineAsEmptyAndReplaceIt() throws IOException {
        Files.createDirectories(indexFile().getParent());
        Files.writeString(indexFile(), "{\"id\":\"1-a-s\",\"bu");
        HistoryIndex index = new HistoryIndex(indexFile());

        assertThat(index.load().summaries()).isEmpty();
        index.append(Summaries.run("2-a-s", 2, "a", "s", 2));

        assertThat(ids(new HistoryIndex(indexFile()).load())).containsExactly("2-a-s");
    }

    @Test
    void shouldSkipACorruptMiddleLineWithAWarningAndKeepTheRest() throws IOException {
        HistoryIndex index = new HistoryIndex(indexFile());
        index.append(Summaries.run("1-a-s", 1, "a", "s", 1));
        Files.writeString(indexFile(), "{\"id\":\"2-a-s\",\"build\":2,\"tenant\":\"a\" oops}\n\n",
                StandardOpenOption.APPEND);
        index.append(Summaries.run("3-a-s", 3, "a", "s", 3));
        Files.writeString(indexFile(), "{\"id\":\"4-a-s\",\"build\":4}\n", StandardOpenOption.APPEND);
        String glued = Files.readAllLines(indexFile()).get(0) + "{\"id\":\"5-a-s\"";
        Files.writeString(indexFile(), glued + "\n", StandardOpenOption.APPEND);

        HistorySnapshot loaded = new HistoryIndex(indexFile()).load();

        assertThat(ids(loaded)).containsExactly("1-a-s", "3-a-s");
        assertThat(loaded.problems()).extracting(ParseProblem::line).containsExactly(2, 5, 6);
        assertThat(loaded.problems().get(0).file()).isEqualTo(indexFile().toString());
        assertThat(loaded.problems().get(0).column()).isPositive();
        assertThat(loaded.problems().get(1).message()).contains("tenant");
    }

    @Test
    void shouldRemoveARunByRewritingTheFileAtomically() throws IOException {
        HistoryIndex index = new HistoryIndex(indexFile());
        for (int i = 1; i <= 4; i++) {
            index.append(Summaries.run(i + "-a-s", i, "a", "s", i));
        }
        Files.writeString(indexFile(), "not json\n", StandardOpenOption.APPEND);

        assertThat(index.remove("2-a-s")).isTrue();
        assertThat(index.remove("2-a-s")).isFalse();

        HistorySnapshot loaded = new HistoryIndex(indexFile()).load();
        assertThat(ids(loaded)).containsExactly("1-a-s", "3-a-s", "4-a-s");
        assertThat(loaded.problems()).singleElement().extracting(ParseProblem::line).isEqualTo(4);
        assertThat(ids(index.load())).containsExactly("1-a-s", "3-a-s", "4-a-s");
        assertNoTemporaryFiles();
    }

    @Test
    void shouldRebuildTheIndexFromTheRecordsOldestFirst() throws IOException {
        RunRecordStore store = new RunRecordStore(dir.resolve("job/runs"));
        RunRecord late = SampleRecords.of("2-acme-e2e", 2, "acme", "e2e", 2000,
                SampleRecords.tests(3, Map.of("bad", TestOutcome.FAILED)));
        RunRecord early = SampleRecords.full("1-acme-e2e");
        RunRecord empty = SampleRecords.of("3-globex-e2e", 3, "globex", "e2e", 1_800_000_000_000L, List.of());
        store.write(late);
        store.write(early);
        store.write(empty);
        Files.writeString(store.directory().resolve("9-broken.json"), "{\"schemaVersion\":1,");
        HistoryIndex index = new HistoryIndex(indexFile());
        index.append(Summaries.run("gone-a-s", 1, "a", "s", 1));

        List<ParseProblem> problems = index.rebuild(store);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.file()).endsWith("9-broken.json"));
        assertThat(new HistoryIndex(indexFile()).load().summaries())
                .containsExactly(RunSummary.of(late), RunSummary.of(early), RunSummary.of(empty));
        assertThat(index.load().summaries()).hasSize(3);
        assertNoTemporaryFiles();
    }

    @Test
    void shouldRebuildAMissingOrUnreadableIndexWhenOpened() throws IOException {
        RunRecordStore store = new RunRecordStore(dir.resolve("job/runs"));
        store.write(SampleRecords.of("1-a-s", 1, "a", "s", 1, SampleRecords.tests(2, Map.of())));
        store.write(SampleRecords.of("2-a-s", 2, "a", "s", 2, SampleRecords.tests(2, Map.of())));

        HistorySnapshot opened = new HistoryIndex(indexFile()).openOrRebuild(store);

        assertThat(ids(opened)).containsExactly("1-a-s", "2-a-s");
        assertThat(indexFile()).exists();

        Path unreadable = dir.resolve("job/other.jsonl");
        Files.createDirectories(unreadable);
        assertThatThrownBy(() -> new HistoryIndex(unreadable).load()).isInstanceOf(IOException.class)
                .hasMessageContaining(unreadable.toString());
    }

    @Test
    void shouldKeepTheLastSummaryOfARunWrittenTwice() throws IOException {
        HistoryIndex index = new HistoryIndex(indexFile());
        index.append(Summaries.run("1-a-s", 1, "a", "s", 1));
        RunSummary again = Summaries.run("1-a-s", 1, "a", "s", 1, 4, Map.of("x", TestOutcome.FAILED));
        index.append(again);

        HistoryQuery query = index.query();

        assertThat(query.size()).isEqualTo(1);
        assertThat(query.find("1-a-s")).contains(again);
    }

    @Test
    void shouldServeRepeatedLoadsFromMemoryAndSeeWritesOfOtherWriters() throws IOException {
        HistoryIndex index = new HistoryIndex(indexFile());
        index.append(Summaries.run("1-a-s", 1, "a", "s", 1));
        HistorySnapshot first = index.load();

        assertThat(index.load()).isSameAs(first);
        assertThat(index.query()).isSameAs(first.query());

        HistoryIndex other = new HistoryIndex(indexFile());
        other.append(Summaries.run("2-a-s", 2, "a", "s", 2));
        assertThat(ids(index.load())).containsExactly("1-a-s", "2-a-s");

        index.append(Summaries.run("3-a-s", 3, "a", "s", 3));
        assertThat(ids(index.load())).containsExactly("1-a-s", "2-a-s", "3-a-s");
        assertThat(ids(other.load())).containsExactly("1-a-s", "2-a-s", "3-a-s");

        other.remove("2-a-s");
        assertThat(ids(index.load())).containsExactly("1-a-s", "3-a-s");

        other.replace(List.of(Summaries.run("9-a-s", 9, "a", "s", 9)));
        assertThat(ids(index.load())).containsExactly("9-a-s");
    }

    @Test
    void shouldNameTheFileWhenTheIndexCannotBeWrittenAndLeaveNothingBehind() throws IOException {
        Path notADirectory = dir.resolve("job");
        Files.writeString(notADirectory, "a file where the job directory should be");
        HistoryIndex index = new HistoryIndex(notADirectory.resolve("history.jsonl"));

        assertThatThrownBy(() -> index.append(Summaries.run("1-a-s", 1, "a", "s", 1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(notADirectory.resolve("history.jsonl").toString());
        assertThatThrownBy(() -> index.replace(List.of())).isInstanceOf(IOException.class)
                .hasMessageContaining(notADirectory.resolve("history.jsonl").toString());
        assertThatThrownBy(index::load).isInstanceOf(IOException.class)
                .hasMessageContaining(notADirectory.resolve("history.jsonl").toString());
        assertThat(Files.readString(notADirectory)).isEqualTo("a file where the job directory should be");
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(indexFile().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
