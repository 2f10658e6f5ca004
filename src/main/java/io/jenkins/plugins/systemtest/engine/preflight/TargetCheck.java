package io.jenkins.plugins.systemtest.engine.preflight;

import io.jenkins.plugins.systemtest.engine.log.RunLog;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** Checks one target: attempts until it is up or the deadline has passed, backing off between attempts. */
final class TargetCheck {

    static final long FIRST_PAUSE_MILLIS = 100;
    static final long MAX_PAUSE_MILLIS = 2000;
    /** The least time an attempt gets, even right at the deadline. */
    static final long MIN_ATTEMPT_MILLIS = 100;

    private final ServiceProbe probe;
    private final RunLog log;
    private final LongSupplier nanoClock;
    private final PreflightChecker.Sleeper sleeper;
    private final Duration attemptTimeout;

    TargetCheck(ServiceProbe probe, RunLog log, LongSupplier nanoClock, PreflightChecker.Sleeper sleeper,
            Duration attemptTimeout) {
        this.probe = probe;
        this.log = log;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
        this.attemptTimeout = attemptTimeout;
    }

    ProbeResult run(ServiceTarget target, Duration wait) throws InterruptedException {
        long start = millis();
        long deadline = start + wait.toMillis();
        long pause = FIRST_PAUSE_MILLIS;
        int attempts = 0;
        while (true) {
            long remaining = deadline - millis();
            Duration timeout = wait.isZero() ? attemptTimeout
                    : Duration.ofMillis(Math.min(attemptTimeout.toMillis(), Math.max(remaining, MIN_ATTEMPT_MILLIS)));
            attempts++;
            long began = millis();
            ProbeAnswer answer = attempt(target, timeout);
            long ended = millis();
            long latency = ended - began;
            if (answer.isUp()) {
                log.info("preflight " + target + ": up, " + answer.message() + " (" + latency + " ms, attempt "
                        + attempts + ")");
                return result(target, answer, latency, attempts);
            }
            remaining = deadline - ended;
            if (remaining <= 0 || Thread.currentThread().isInterrupted()) {
                log.warn("preflight " + target + ": DOWN after " + attempts + (attempts == 1 ? " attempt" : " attempts")
                        + " in " + ProbeHints.format(Duration.ofMillis(ended - start)) + ", " + answer.cause() + " ("
                        + answer.message() + "): " + answer.hint());
                return result(target, answer, latency, attempts);
            }
            long sleep = Math.min(pause, remaining);
            log.info("preflight " + target + ": attempt " + attempts + " " + answer.cause() + " ("
                    + answer.message() + "), trying again in " + sleep + " ms");
            sleeper.sleep(Duration.ofMillis(sleep));
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
        }
    }

    private ProbeAnswer attempt(ServiceTarget target, Duration timeout) {
        try {
            return probe.attempt(target, timeout);
        } catch (IOException | RuntimeException e) {
            return ProbeFailures.answerFor(e, target, timeout);
        }
    }

    private static ProbeResult result(ServiceTarget target, ProbeAnswer answer, long latency, int attempts) {
        return new ProbeResult(target.display(), answer.isUp(), latency, attempts, answer.cause(), answer.message(),
                answer.hint());
    }

    private long millis() {
        return TimeUnit.NANOSECONDS.toMillis(nanoClock.getAsLong());
    }
}
