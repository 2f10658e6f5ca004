package io.jenkins.plugins.systemtest.engine.rerun;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.run.ResultCollector;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeping each attempt's result files apart, with real files and modification times. */
class AttemptFilesTest {

    private static final String GLOB = "build/test-results/*.xml";

    @TempDir
    Path workspace;

    private static String suite(String outcomeOfList) {
        return "<testsuite name=\"com.acme.ApiIT\"><testcase classname=\"com.acme.ApiIT\" name=\"shouldList\">"
                + outcomeOfList + "</testcase></testsuite>";
    }

    private Path write(String name, String content, long modified) throws IOException {
        Path file = workspace.resolve("build/test-results").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modified));
        return file;
    }

    private AttemptFiles files() {
        return new AttemptFiles(workspace, workspace.resolve(".system-tests/attempts/1-acme-default"),
                new ResultCollector());
    }

    private static TestOutcome outcome(ParsedResults r) {
        return r.tests().stream().map(TestCaseResult::outcome).findFirst().orElseThrow();
    }

    @Test
    void shouldKeepTheFirstAttemptsFileAfterTheRerunOverwritesIt() throws IOException {
        long t0 = System.currentTimeMillis();
        AttemptFiles files = files();
        write("TEST-ApiIT.xml", suite("<failure message=\"boom\"/>"), t0 + 100);
        files.keep(1, GLOB, t0);
        write("TEST-ApiIT.xml", suite(""), t0 + 900);
        files.keep(2, GLOB, t0 + 800);

        assertThat(outcome(files.read(1, GLOB, SecretMasker.NONE))).isEqualTo(TestOutcome.FAILED);
        assertThat(outcome(files.read(2, GLOB, SecretMasker.NONE))).isEqualTo(TestOutcome.PASSED);
        assertThat(files.read(2, GLOB, SecretMasker.NONE).files()).containsExactly("build/test-results/TEST-ApiIT.xml");
    }

    @Test
    void shouldNotCountForTheRerunAFileTheFirstAttemptWroteJustBeforeTheRerunStarted() throws IOException {
        long t0 = System.currentTimeMillis();
        AttemptFiles files = files();
        write("TEST-ApiIT.xml", suite("<failure message=\"boom\"/>"), t0 + 100);
        write("TEST-Other.xml", suite(""), t0 + 100);
        files.keep(1, GLOB, t0);
        // The rerun starts 200 ms later (well within the 2 s slack) and rewrites only one of the two files.
        write("TEST-ApiIT.xml", suite(""), t0 + 400);

        List<String> notes = files.keep(2, GLOB, t0 + 300);

        assertThat(files.read(2, GLOB, SecretMasker.NONE).files()).containsExactly("build/test-results/TEST-ApiIT.xml");
        assertThat(notes).containsExactly("Attempt 2: 1 result file(s) matching '" + GLOB + "' were not rewritten "
                + "since attempt 1 and were left out (they are that attempt's)");
    }

    @Test
    void shouldCountARewrittenFileEvenWithTheSameModificationTime() throws IOException {
        long t0 = System.currentTimeMillis();
        AttemptFiles files = files();
        write("TEST-ApiIT.xml", suite("<failure message=\"boom\"/>"), t0);
        files.keep(1, GLOB, t0);
        write("TEST-ApiIT.xml", suite("<failure message=\"bang\"/>"), t0);

        files.keep(2, GLOB, t0);

        assertThat(files.read(2, GLOB, SecretMasker.NONE).tests().get(0).failureMessage()).isEqualTo("bang");
    }

    @Test
    void shouldLeaveOutFilesOlderThanTheFirstAttemptAndTheRunnersOwnFolder() throws IOException {
        long t0 = System.currentTimeMillis();
        write("TEST-Old.xml", suite(""), t0 - 3_600_000);
        AttemptFiles files = files();

        List<String> notes = files.keep(1, "**/*.xml", t0);
        files.keep(2, "**/*.xml", t0);

        assertThat(files.read(1, "**/*.xml", SecretMasker.NONE).tests()).isEmpty();
        assertThat(files.read(2, "**/*.xml", SecretMasker.NONE).tests()).as("attempt 1's kept copies are not results")
                .isEmpty();
        assertThat(notes).containsExactly("Attempt 1: 1 result file(s) matching '**/*.xml' were written before the "
                + "attempt started and were left out");
    }
}
