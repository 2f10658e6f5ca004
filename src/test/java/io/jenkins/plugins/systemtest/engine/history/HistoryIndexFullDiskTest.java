package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecordStore;
import io.jenkins.plugins.systemtest.engine.record.SampleRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A full disk, for real: a 64 KiB tmpfs mounted for the test. Running as root, a read-only directory would not
 * stop a write, so this is the honest way to make writes fail. Where mounting is not permitted the test is skipped.
 */
class HistoryIndexFullDiskTest {

    @TempDir
    Path dir;

    private Path mount;
    private boolean mounted;

    @BeforeEach
    void mountTinyFileSystem() throws Exception {
        mount = Files.createDirectories(dir.resolve("tiny"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        assumeTrue(mounted, "mounting a 64k tmpfs is not permitted here (" + out + "): the full-disk case is not tested");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void fillTheDisk() throws IOException {
        try (OutputStream out = Files.newOutputStream(mount.resolve("filler"))) {
            byte[] block = new byte[1024];
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("No space left");
        }
    }

    /** A summary whose line is far larger than what can be left over in the last page of the index. */
    private static RunSummary big(String id, long build) {
        Map<String, TestOutcome> notPassed = new LinkedHashMap<>();
        for (int i = 0; i < 400; i++) {
            notPassed.put("com.acme.very.long.package.name.SomeIntegrationTest.shouldDoThing" + i, TestOutcome.FAILED);
        }
        return Summaries.run(id, build, "acme", "e2e", build, 500, notPassed);
    }

    @Test
    void shouldFailAnAppendOnAFullDiskNamingTheFileAndKeepThePreviousIndex() throws IOException {
        Path file = mount.resolve("history.jsonl");
        HistoryIndex index = new HistoryIndex(file);
        index.append(Summaries.run("1-a-s", 1, "a", "s", 1));
        index.append(Summaries.run("2-a-s", 2, "a", "s", 2));
        byte[] before = Files.readAllBytes(file);
        fillTheDisk();

        assertThatThrownBy(() -> index.append(big("3-a-s", 3)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("No space left on device");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        HistorySnapshot reloaded = new HistoryIndex(file).load();
        assertThat(reloaded.summaries()).extracting(RunSummary::id).containsExactly("1-a-s", "2-a-s");
        assertThat(reloaded.problems()).isEmpty();

        Files.delete(mount.resolve("filler"));
        index.append(big("3-a-s", 3));
        assertThat(new HistoryIndex(file).load().summaries()).extracting(RunSummary::id)
                .containsExactly("1-a-s", "2-a-s", "3-a-s");
    }

    @Test
    void shouldFailARewriteOnAFullDiskAndKeepThePreviousIndex() throws IOException {
        Path file = mount.resolve("history.jsonl");
        HistoryIndex index = new HistoryIndex(file);
        index.append(big("1-a-s", 1));
        index.append(big("2-a-s", 2));
        byte[] before = Files.readAllBytes(file);
        RunRecordStore store = new RunRecordStore(dir.resolve("runs"));
        store.write(SampleRecords.of("1-a-s", 1, "a", "s", 1, SampleRecords.tests(1, Map.of())));
        fillTheDisk();

        assertThatThrownBy(() -> index.remove("1-a-s")).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("No space left on device");
        assertThatThrownBy(() -> index.replace(List.of(big("3-a-s", 3), big("4-a-s", 4))))
                .isInstanceOf(IOException.class).hasMessageContaining(file.toString());

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(mount)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("history.jsonl", "history.jsonl.lock", "filler");
        }
        assertThat(index.load().summaries()).extracting(RunSummary::id).containsExactly("1-a-s", "2-a-s");
    }
}
