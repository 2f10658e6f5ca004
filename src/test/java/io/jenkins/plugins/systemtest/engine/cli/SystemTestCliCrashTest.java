package io.jenkins.plugins.systemtest.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A command-line run killed with SIGKILL shows RUNNING while it runs and is settled ABORTED by the next run. */
class SystemTestCliCrashTest {

    @TempDir
    Path dir;

    @Test
    void shouldShowAKilledRunRunningThenSettleItAbortedOnTheNextRun() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SystemTestCli.class.getName(), "run", "--tenant", "acme",
                "--suite", "slow", "--results", "out/*.xml", "--", "sh", "-c", "echo started; exec sleep 120")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        Path history = dir.resolve(RunOptions.DEFAULT_HISTORY);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            String line;
            do {
                line = out.readLine();
                seen.append(line).append('\n');
            } while (line != null && !line.contains("started"));
            assertThat(line).as("the command started; output: %s", seen).isNotNull();

            JobHistory running = new JobHistory(history);
            assertThat(running.live().list()).singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo("1-acme-slow");
                assertThat(RunningMarker.isRunning(running, r.id())).isTrue();
            });
            assertThat(Files.readString(history.resolve("history.json"))).contains("\"verdict\" : \"RUNNING\"");

            List<ProcessHandle> tree = child.descendants().toList();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            tree.forEach(ProcessHandle::destroyForcibly);
        }
        JobHistory afterKill = new JobHistory(history);
        assertThat(afterKill.live().list()).hasSize(1);
        assertThat(RunningMarker.isRunning(afterKill, "1-acme-slow")).isFalse();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = SystemTestCli.run(List.of("run", "--tenant", "acme", "--suite", "slow", "--results",
                "out/*.xml", "--", "true"), dir, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).as(out.toString()).isEqualTo(2); // the new run found no tests
        assertThat(out.toString()).contains("Run 1-acme-slow was still marked running, but its process is gone");
        JsonNode settled = new ObjectMapper().readTree(history.resolve("records/1-acme-slow.json").toFile());
        assertThat(settled.path("verdict").asText()).isEqualTo("ABORTED");
        assertThat(settled.path("reasons").get(0).asText())
                .isEqualTo("The run was aborted: the controller stopped during the run.");
        assertThat(new JobHistory(history).live().list()).isEmpty();
        assertThat(Files.readString(history.resolve(JobHistory.INDEX))).doesNotContain("RUNNING");
        assertThat(Files.readString(history.resolve("history.json"))).doesNotContain("\"verdict\" : \"RUNNING\"");
    }
}
