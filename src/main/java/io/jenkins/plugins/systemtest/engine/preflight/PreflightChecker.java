package io.jenkins.plugins.systemtest.engine.preflight;

import io.jenkins.plugins.systemtest.engine.log.RunLog;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Checks the services a suite requires before it runs, all at once. Each is tried until it is up or the wait has
 * passed, pausing 100 ms, 200 ms, 400 ms ... up to 2 s between attempts (never past the deadline); each attempt
 * gets the attempt timeout (default 2 s) to connect and again to answer, capped by the time left. Every attempt is
 * logged. Instances are immutable and can be shared.
 */
public final class PreflightChecker {

    /** How long one attempt may take to connect, and to get an answer, unless set otherwise. */
    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(2);

    private static final int MAX_THREADS = 4;

    /** Waits between attempts; tests can make it advance a fake clock. */
    @FunctionalInterface
    public interface Sleeper {
        /** The real one. */
        Sleeper REAL = d -> Thread.sleep(d.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    private final Map<ServiceProtocol, ServiceProbe> probes;
    private final RunLog log;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private final Duration attemptTimeout;

    /** A checker with the standard probes, the real clock and the default attempt timeout. */
    public PreflightChecker(RunLog log) {
        this(defaultProbes(), log, System::nanoTime, Sleeper.REAL, DEFAULT_ATTEMPT_TIMEOUT);
    }

    private PreflightChecker(Map<ServiceProtocol, ServiceProbe> probes, RunLog log, LongSupplier nanoClock,
            Sleeper sleeper, Duration attemptTimeout) {
        this.probes = probes;
        this.log = Objects.requireNonNullElse(log, RunLog.NONE);
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.attemptTimeout = attemptTimeout;
    }

    /** The probe for each protocol: TCP for tcp and kafka, and one of its own for each other protocol. */
    public static Map<ServiceProtocol, ServiceProbe> defaultProbes() {
        Map<ServiceProtocol, ServiceProbe> probes = new EnumMap<>(ServiceProtocol.class);
        probes.put(ServiceProtocol.TCP, new TcpProbe());
        probes.put(ServiceProtocol.HTTP, new HttpProbe());
        probes.put(ServiceProtocol.POSTGRES, new PostgresProbe());
        probes.put(ServiceProtocol.REDIS, new RedisProbe());
        probes.put(ServiceProtocol.MYSQL, new MySqlProbe());
        probes.put(ServiceProtocol.KAFKA, new TcpProbe());
        return probes;
    }

    /** A copy whose attempts each get {@code timeout} to connect and again to answer. */
    public PreflightChecker withAttemptTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new InvalidInputException("timeout", "must be more than 0 s");
        }
        return new PreflightChecker(probes, log, nanoClock, sleeper, timeout);
    }

    /** A copy that checks {@code protocol} with {@code probe}. */
    public PreflightChecker withProbe(ServiceProtocol protocol, ServiceProbe probe) {
        Map<ServiceProtocol, ServiceProbe> copy = new EnumMap<>(probes);
        copy.put(Objects.requireNonNull(protocol, "protocol"), Objects.requireNonNull(probe, "probe"));
        return new PreflightChecker(copy, log, nanoClock, sleeper, attemptTimeout);
    }

    /** A copy that reads time from {@code nanoClock} (like {@link System#nanoTime()}) and pauses with {@code sleeper}. */
    public PreflightChecker withClock(LongSupplier nanoClock, Sleeper sleeper) {
        return new PreflightChecker(probes, log, nanoClock, sleeper, attemptTimeout);
    }

    /**
     * Checks one target in the calling thread.
     *
     * @param wait how long to keep trying; zero for a single attempt
     */
    public ProbeResult check(ServiceTarget target, Duration wait) throws InterruptedException {
        Objects.requireNonNull(target, "target");
        ServiceProbe probe = Objects.requireNonNull(probes.get(target.protocol()), "no probe for " + target.protocol());
        return new TargetCheck(probe, log, nanoClock, sleeper, attemptTimeout).run(target, checkWait(wait));
    }

    /**
     * Checks all targets in parallel, each waiting up to {@code wait}.
     *
     * @return one result per target, in the order given
     * @throws InterruptedException when interrupted; the checks still running are abandoned
     */
    public PreflightReport check(List<ServiceTarget> targets, Duration wait) throws InterruptedException {
        Duration checkedWait = checkWait(wait);
        if (targets.isEmpty()) {
            return new PreflightReport(List.of());
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(targets.size(), MAX_THREADS), r -> {
            Thread thread = new Thread(r, "preflight-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ProbeResult>> futures = new ArrayList<>();
            for (ServiceTarget target : targets) {
                futures.add(executor.submit(() -> check(target, checkedWait)));
            }
            List<ProbeResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                results.add(resultOf(futures.get(i), targets.get(i)));
            }
            return new PreflightReport(results);
        } finally {
            executor.shutdownNow();
        }
    }

    private static ProbeResult resultOf(Future<ProbeResult> future, ServiceTarget target)
            throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = ProbeFailures.clean(String.valueOf(cause));
            return new ProbeResult(target.display(), false, 0, 1, ProbeCause.OTHER, message,
                    "checking " + target.address() + " failed (" + message + "): see the message");
        }
    }

    private static Duration checkWait(Duration wait) {
        if (wait == null || wait.isNegative()) {
            throw new InvalidInputException("wait", "must be 0 s or more");
        }
        return wait;
    }
}
