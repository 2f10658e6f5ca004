package io.jenkins.plugins.systemtest.engine.process;

import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs the command of a suite with the tenant's environment, streams its output line by line (secrets masked) and
 * stops the whole process tree on timeout or abort.
 */
public final class CommandRunner {

    /** How a command ended. */
    public record Result(int exitCode, boolean timedOut, boolean aborted, long durationMillis) {
        /** Whether it was stopped before it ended by itself. */
        public boolean stopped() {
            return timedOut || aborted;
        }
    }

    private final ProcessTreeKiller killer;
    private final AtomicBoolean abortRequested = new AtomicBoolean();
    private volatile Process running;

    public CommandRunner(Duration killGrace) {
        this.killer = new ProcessTreeKiller(killGrace);
    }

    /**
     * Runs the command and waits for it.
     *
     * @param command the program and its arguments
     * @param workDir where it runs
     * @param env     variables added to this process's environment
     * @param timeout how long it may run; zero or negative for no limit
     * @param masker  secrets to hide in the streamed output
     * @param output  receives each line of standard output and standard error, merged
     */
    public Result run(List<String> command, Path workDir, Map<String, String> env, Duration timeout,
            SecretMasker masker, Consumer<String> output) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process process = pb.start();
        running = process;
        process.getOutputStream().close();
        Thread pump = new Thread(() -> pump(process, masker, output), "system-test-output");
        pump.setDaemon(true);
        pump.start();
        boolean timedOut = false;
        boolean aborted = false;
        try {
            if (timeout != null && !timeout.isZero() && !timeout.isNegative()) {
                long deadline = start + timeout.toNanos();
                while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
                    if (abortRequested.get()) {
                        aborted = true;
                        break;
                    }
                    if (System.nanoTime() > deadline) {
                        timedOut = true;
                        break;
                    }
                }
            } else {
                while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
                    if (abortRequested.get()) {
                        aborted = true;
                        break;
                    }
                }
            }
        } catch (InterruptedException e) {
            aborted = true;
            killer.kill(process.toHandle());
            throw e;
        } finally {
            if (timedOut || aborted) {
                killer.kill(process.toHandle());
            }
            running = null;
        }
        pump.join(TimeUnit.SECONDS.toMillis(5));
        int code = process.waitFor();
        return new Result(code, timedOut, aborted, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /** Asks a running command to stop; {@link #run} then kills its process tree and returns with aborted set. */
    public void abort() {
        abortRequested.set(true);
    }

    /** Whether {@link #abort} was called, even when the command then ended by itself. */
    public boolean abortRequested() {
        return abortRequested.get();
    }

    /** Whether a command is running now. */
    public boolean isRunning() {
        return running != null;
    }

    private static void pump(Process process, SecretMasker masker, Consumer<String> output) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                Charset.defaultCharset()))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.accept(masker.mask(line));
            }
        } catch (IOException e) {
            output.accept("[system-test] output could not be read any further: " + e.getMessage());
        }
    }
}
