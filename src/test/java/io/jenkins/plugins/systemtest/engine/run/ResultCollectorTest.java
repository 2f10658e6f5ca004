package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResultCollectorTest {

    private static final String SUITE = """
            <testsuite name="%1$s" tests="1"><testcase classname="%1$s" name="works" time="0.1"/></testsuite>
            """;

    @TempDir
    Path workspace;

    private void write(String relative, String className) throws Exception {
        Path file = workspace.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, SUITE.formatted(className));
    }

    @Test
    void shouldNeverReadTheRunnersOwnFolderAsResults() throws Exception {
        write("build/test-results/TEST-com.acme.ApiIT.xml", "com.acme.ApiIT");
        write(".system-tests/staging/7-other-e2e/junit/TEST-other-e2e.xml", "other.com.acme.StagedIT");
        write("out/runs/1-acme-default/reports/Report/TEST-archived.xml", "com.acme.ArchivedIT");

        CollectedResults collected = new ResultCollector().excluding("out/").collect(workspace, "**/TEST-*.xml",
                List.of(), 0, SecretMasker.NONE);

        assertThat(collected.results().tests()).extracting(t -> t.className()).containsExactly("com.acme.ApiIT");
        assertThat(collected.warnings()).containsExactly("2 result file(s) matching '**/TEST-*.xml' are in the "
                + "runner's own folders (.system-tests, out) and were left out");
    }

    @Test
    void shouldLeaveOutResultFilesOfAnEarlierRun() throws Exception {
        write("a/TEST-Old.xml", "Old");
        write("a/TEST-New.xml", "New");
        long now = System.currentTimeMillis();
        Files.setLastModifiedTime(workspace.resolve("a/TEST-Old.xml"), FileTime.fromMillis(now - 60_000));

        CollectedResults collected = new ResultCollector().collect(workspace, "a/*.xml", List.of(), now - 1_000,
                SecretMasker.NONE);

        assertThat(collected.results().tests()).extracting(t -> t.className()).containsExactly("New");
        assertThat(collected.warnings()).singleElement().asString().startsWith("1 result file(s) matching 'a/*.xml' "
                + "were written before this run started");
    }
}
