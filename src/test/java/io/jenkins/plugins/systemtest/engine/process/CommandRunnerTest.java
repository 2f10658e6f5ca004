package io.jenkins.plugins.systemtest.engine.process;

import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CommandRunnerTest {

    @Test
    void shouldRunWithTheEnvironmentAndStreamMaskedOutput(@TempDir Path dir) throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();

        CommandRunner.Result r = new CommandRunner(Duration.ofSeconds(2)).run(
                List.of("sh", "-c", "echo tenant=$SYSTEM_TEST_TENANT; echo token=$TOKEN >&2; pwd; exit 3"), dir,
                Map.of("SYSTEM_TEST_TENANT", "acme", "TOKEN", "hunter2"), Duration.ZERO,
                new SecretMasker(List.of("hunter2")), lines::add);

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.stopped()).isFalse();
        assertThat(lines).containsExactly("tenant=acme", "token=****", dir.toRealPath().toString());
    }

    @Test
    void shouldKillAProcessTreeThatIgnoresSigtermOnTimeout(@TempDir Path dir) throws Exception {
        Path pids = dir.resolve("pids");
        // The parent ignores SIGTERM and forks two children that ignore it too and would live for minutes.
        String script = "trap '' TERM; "
                + "(trap '' TERM; sleep 300) & echo $! >> pids; "
                + "(trap '' TERM; sleep 300) & echo $! >> pids; "
                + "echo $$ >> pids; echo started; while true; do sleep 1; done";
        List<String> lines = new CopyOnWriteArrayList<>();
        long t0 = System.nanoTime();

        CommandRunner.Result r = new CommandRunner(Duration.ofSeconds(1)).run(List.of("sh", "-c", script), dir,
                Map.of(), Duration.ofSeconds(2), SecretMasker.NONE, lines::add);

        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        assertThat(r.timedOut()).isTrue();
        assertThat(seconds).as("the whole tree is gone within 10 s of the timeout").isLessThan(12);
        List<Long> started = Files.readAllLines(pids).stream().map(String::strip).map(Long::parseLong).toList();
        assertThat(started).hasSize(3);
        for (long pid : started) {
            // A killed orphan may stay a zombie until init reaps it: it no longer runs.
            assertThat(ProcessHandle.of(pid).map(ProcessTreeKiller::running).orElse(false)).as("pid " + pid).isFalse();
        }
    }

    @Test
    void shouldStopARunningCommandWhenAborted(@TempDir Path dir) throws Exception {
        CommandRunner runner = new CommandRunner(Duration.ofSeconds(1));
        Thread aborter = new Thread(() -> {
            try {
                while (!runner.isRunning()) {
                    Thread.sleep(20);
                }
                Thread.sleep(300);
                runner.abort();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        aborter.start();

        CommandRunner.Result r = runner.run(List.of("sh", "-c", "sleep 60"), dir, Map.of(), Duration.ZERO,
                SecretMasker.NONE, line -> { });

        aborter.join();
        assertThat(r.aborted()).isTrue();
        assertThat(r.durationMillis()).isLessThan(30_000);
    }
}
