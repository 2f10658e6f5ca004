package io.jenkins.plugins.systemtest.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run --timeout}: a command that ignores SIGTERM and forks children, grandchildren and a child in a session
 * of its own is stopped as a whole tree, and the run is recorded as ABORTED.
 */
class SystemTestCliTimeoutTest {

    private static final String RESULT = "<testsuite name=\"com.acme.SlowIT\" tests=\"1\">"
            + "<testcase name=\"shouldFinish\" classname=\"com.acme.SlowIT\" time=\"0.1\"/></testsuite>";

    @TempDir
    Path dir;

    @Test
    void shouldKillTheWholeTreeOfACommandThatIgnoresSigtermAndRecordTheRunAborted() throws Exception {
        Files.writeString(dir.resolve("result.xml.txt"), RESULT);
        // Every process ignores SIGTERM (an ignored signal stays ignored across fork and exec) and writes its pid.
        String script = "trap '' TERM; mkdir -p build && cp result.xml.txt build/TEST-com.acme.SlowIT.xml; "
                + "sleep 300 & echo $! >> pids; "
                + "sh -c 'sleep 300 & echo $! >> pids; echo $$ >> pids; while true; do sleep 1; done' & "
                + "setsid sh -c 'echo $$ >> pids; exec sleep 300' & "
                + "echo $$ >> pids; while true; do sleep 1; done";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        CompletableFuture<Long> allGone = CompletableFuture.supplyAsync(() -> whenAllGone(dir.resolve("pids"), t0));

        int code = SystemTestCli.run(List.of("run", "--tenant", "acme", "--results", "build/*.xml", "--timeout", "2",
                "--", "sh", "-c", script), dir, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertThat(code).as(err.toString()).isEqualTo(130);
        assertThat(err.toString()).contains("ran longer than 2 s and was stopped");
        assertThat(allGone.get(5, TimeUnit.SECONDS)).as("ms from the start until every process is gone (run: "
                + runMillis + " ms)").isLessThan(10_000);
        List<Long> pids = Files.readAllLines(dir.resolve("pids")).stream().map(String::strip)
                .map(Long::parseLong).toList();
        assertThat(pids).as("parent, child, grandchild, its shell, the setsid child").hasSize(5);
        for (long pid : pids) {
            assertThat(running(pid)).as("pid " + pid + " still runs").isFalse();
        }
        JsonNode record = new ObjectMapper().readTree(dir.resolve(".system-tests/records/1-acme-default.json")
                .toFile());
        assertThat(record.path("verdict").asText()).isEqualTo("ABORTED");
        assertThat(out.toString()).contains(": ABORTED").contains("The run was aborted: timeout after 2 s.");
        String index = Files.readString(dir.resolve(".system-tests/index.jsonl"));
        assertThat(index).contains("\"verdict\":\"ABORTED\"");
    }

    /**
     * Whether the process still runs: it exists and is not a zombie. A killed orphan stays a zombie until init reaps
     * it, which a container's init may do late or never; a zombie runs no code and holds no resources but its pid.
     */
    private static boolean running(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    /** Polls until five pids are written and none of them runs; returns the milliseconds since t0. */
    private static long whenAllGone(Path pidFile, long t0) {
        while (true) {
            try {
                List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
                if (lines.size() >= 5 && lines.stream().map(String::strip).mapToLong(Long::parseLong)
                        .noneMatch(SystemTestCliTimeoutTest::running)) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                }
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (IOException | NumberFormatException e) {
                // a line being written; read again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Long.MAX_VALUE;
            }
        }
    }
}
