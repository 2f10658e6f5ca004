package io.jenkins.plugins.systemtest.engine.record;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunRecordStoreTest {

    @TempDir
    Path dir;

    private RunRecordStore store() {
        return new RunRecordStore(dir.resolve("runs"));
    }

    private Path copyFixture(String fixture, String id) throws IOException {
        Path target = dir.resolve("runs").resolve(id + ".json");
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream("/history/" + fixture)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void shouldRoundTripARecordWithEveryFieldSet() throws IOException {
        RunRecord record = SampleRecords.full("17-acme-e2e");
        RunRecordStore store = store();

        store.write(record);

        assertThat(store.read("17-acme-e2e")).contains(record);
        String json = Files.readString(store.file("17-acme-e2e"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"schemaVersion\":2", "ACME Händler GmbH — 東京", "🚀", "\"attempts\":[")
                .doesNotContain("passRate", "durationMillis\":123456");
    }

    @Test
    void shouldRoundTripARecordWithOnlyEmptyLists() throws IOException {
        RunRecord record = SampleRecords.of("1-a-s", 1, "a", "s", 5L, List.of());
        RunRecordStore store = store();

        store.write(record);

        assertThat(store.read("1-a-s")).contains(record);
        assertThat(store.read("1-a-s").orElseThrow().tests()).isEmpty();
        assertThat(Files.readString(store.file("1-a-s"), StandardCharsets.UTF_8))
                .as("a run that ran once writes no attempts, as before reruns existed").doesNotContain("attempts");
    }

    @Test
    void shouldLeaveNoTemporaryFilesAfterWriting() throws IOException {
        RunRecordStore store = store();
        for (int i = 0; i < 5; i++) {
            store.write(SampleRecords.of(i + "-a-s", i, "a", "s", i, List.of()));
        }
        store.write(SampleRecords.of("0-a-s", 0, "a", "s", 99, List.of()));

        try (Stream<Path> files = Files.list(store.directory())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("0-a-s.json", "1-a-s.json", "2-a-s.json", "3-a-s.json", "4-a-s.json");
        }
        assertThat(store.read("0-a-s").orElseThrow().startedAt()).isEqualTo(99);
    }

    @Test
    void shouldRefuseARecordWithANewerSchemaNamingTheFile() throws IOException {
        Path file = copyFixture("record-newer-schema.json", "9-acme-e2e");

        assertThatThrownBy(() -> store().read("9-acme-e2e"))
                .isInstanceOf(RunRecordFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("schemaVersion 3 is newer than this version reads (2)");
    }

    @Test
    void shouldSayTheSchemaIsNewerEvenWhenTheNewerRecordDoesNotMap() throws IOException {
        copyFixture("record-newer-schema-changed-types.json", "9-acme-e2e");

        assertThatThrownBy(() -> store().read("9-acme-e2e"))
                .isInstanceOf(RunRecordFormatException.class)
                .hasMessageContaining("9-acme-e2e.json")
                .hasMessageContaining("schemaVersion 7 is newer");
    }

    @Test
    void shouldReadAnOlderSchemaAndIgnoreUnknownProperties() throws IOException {
        copyFixture("record-older-schema.json", "3-globex-smoke");

        RunRecord record = store().read("3-globex-smoke").orElseThrow();

        assertThat(record.schemaVersion()).isZero();
        assertThat(record.verdict()).isEqualTo(RunVerdict.PASSED);
        assertThat(record.tenantName()).isEqualTo("globex");
        assertThat(record.tests()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("com.globex.SmokeIT.shouldStart");
            assertThat(t.outcome()).isEqualTo(TestOutcome.PASSED);
        });
        assertThat(record.durationMillis()).isEqualTo(4000);
    }

    @Test
    void shouldReportACorruptRecordWithLineAndColumnAndStillReadTheOthers() throws IOException {
        RunRecordStore store = store();
        store.write(SampleRecords.of("3-acme-e2e", 3, "acme", "e2e", 3, List.of()));
        Path corrupt = copyFixture("record-corrupt.json", "4-acme-e2e");
        store.write(SampleRecords.of("5-acme-e2e", 5, "acme", "e2e", 5, List.of()));

        assertThatThrownBy(() -> store.read("4-acme-e2e"))
                .isInstanceOf(RunRecordFormatException.class)
                .hasMessageStartingWith(corrupt + ":6:");
        List<String> read = new ArrayList<>();
        List<ParseProblem> problems = store.readEach(r -> read.add(r.id()));

        assertThat(read).containsExactly("3-acme-e2e", "5-acme-e2e");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(corrupt.toString());
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).contains("Unexpected character");
        });
    }

    @Test
    void shouldReportARecordWithoutItsIdAsAMappingProblem() throws IOException {
        Path file = dir.resolve("runs/8-a-s.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"schemaVersion\":1,\"tenant\":\"a\",\"verdict\":\"PASSED\"}");

        assertThatThrownBy(() -> store().read("8-a-s"))
                .isInstanceOf(RunRecordFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", ".", "../escape", "a/b", "a\\b", ".hidden", "x y", "ü", "a\u0000b",
            "/etc/passwd"})
    void shouldRefuseIdsThatCouldNameAFileOutsideTheDirectory(String id) {
        RunRecordStore store = store();

        assertThatThrownBy(() -> store.file(id)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("id: ");
        assertThatThrownBy(() -> store.read(id)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> store.delete(id)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void shouldAcceptTheIdsRunsAreNamedWith() {
        assertThat(RunRecordStore.isValidId("12-acme.eu-e2e_smoke-2")).isTrue();
        assertThat(RunRecordStore.isValidId("a".repeat(RunRecordStore.MAX_ID_LENGTH))).isTrue();
        assertThat(RunRecordStore.isValidId("a".repeat(RunRecordStore.MAX_ID_LENGTH + 1))).isFalse();
        assertThat(store().file("a..b").getParent()).isEqualTo(dir.resolve("runs"));
    }

    @Test
    void shouldNotFollowARecordThatIsASymbolicLink() throws IOException {
        Path outside = dir.resolve("outside.json");
        Files.write(outside, new RunRecordJson().toJson(SampleRecords.of("1-a-s", 1, "a", "s", 1, List.of())));
        Files.createDirectories(dir.resolve("runs"));
        Files.createSymbolicLink(dir.resolve("runs/1-a-s.json"), outside);

        assertThatThrownBy(() -> store().read("1-a-s")).isInstanceOf(IOException.class)
                .hasMessageContaining("1-a-s.json");
    }

    @Test
    void shouldListOnlyRecordFilesAndDeleteThem() throws IOException {
        RunRecordStore store = store();
        store.write(SampleRecords.of("2-a-s", 2, "a", "s", 2, List.of()));
        store.write(SampleRecords.of("10-a-s", 10, "a", "s", 10, List.of()));
        Files.writeString(store.directory().resolve(".2-a-s.json.1234.tmp"), "{\"half");
        Files.writeString(store.directory().resolve("notes.txt"), "not a record");
        Files.writeString(store.directory().resolve("bad name.json"), "{}");

        assertThat(store.list()).containsExactly("10-a-s", "2-a-s");
        assertThat(store.delete("2-a-s")).isTrue();
        assertThat(store.delete("2-a-s")).isFalse();
        assertThat(store.read("2-a-s")).isEmpty();
        assertThat(store.list()).containsExactly("10-a-s");
    }

    @Test
    void shouldListNothingWhenTheDirectoryDoesNotExistYet() throws IOException {
        assertThat(store().list()).isEmpty();
        assertThat(store().readEach(r -> { })).isEmpty();
    }

    @Test
    void shouldNameTheDirectoryWhenItCannotBeCreated() throws IOException {
        Files.writeString(dir.resolve("runs"), "a file where the directory should be");

        assertThatThrownBy(() -> store().write(SampleRecords.of("1-a-s", 1, "a", "s", 1, List.of())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(dir.resolve("runs").toString());
    }

    @Test
    void shouldWriteTheTestsOfTheRecordWithTheirOutcomes() throws IOException {
        RunRecord record = SampleRecords.of("1-a-s", 1, "a", "s", 1,
                SampleRecords.tests(2, Map.of("bad", TestOutcome.ERROR)));
        store().write(record);

        assertThat(store().read("1-a-s").orElseThrow().counts().errors()).isEqualTo(1);
    }
}
