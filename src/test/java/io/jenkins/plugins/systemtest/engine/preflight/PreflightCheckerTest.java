package io.jenkins.plugins.systemtest.engine.preflight;

import io.jenkins.plugins.systemtest.engine.log.RunLog;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreflightCheckerTest {

    private final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
    private final RunLog log = RunLog.of(message -> logLines.add("INFO " + message),
            message -> logLines.add("WARN " + message));
    private final PreflightChecker checker = new PreflightChecker(log);

    @Test
    void shouldFindAListeningPortUp() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.SILENT)) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("tcp")), Duration.ZERO);

            assertThat(result.up()).isTrue();
            assertThat(result.cause()).isEqualTo(ProbeCause.OK);
            assertThat(result.attempts()).isEqualTo(1);
            assertThat(result.hint()).isEmpty();
            assertThat(result.target()).isEqualTo("tcp://127.0.0.1:" + server.port());
            assertThat(server.awaitConnection()).isTrue();
        }
    }

    @Test
    void shouldReportAClosedPortAsRefusedWithAHintNamingThePort() throws Exception {
        int port = LoopbackServer.closedPort();

        ProbeResult result = checker.check(ServiceTarget.parse("postgres://127.0.0.1:" + port), Duration.ZERO);

        assertThat(result.up()).isFalse();
        assertThat(result.cause()).isEqualTo(ProbeCause.REFUSED);
        assertThat(result.message()).containsIgnoringCase("refused");
        assertThat(result.hint()).isEqualTo("nothing listens on 127.0.0.1:" + port
                + ": is the database started, is the port right?");
        assertThat(logLines).anyMatch(l -> l.startsWith("WARN preflight postgres://127.0.0.1:" + port + ": DOWN")
                && l.contains("REFUSED"));
    }

    @Test
    void shouldReportAnUnresolvableHostAsUnknownHost() throws Exception {
        ProbeResult result = checker.check(ServiceTarget.parse("redis://no-such-host.invalid"), Duration.ZERO);

        assertThat(result.cause()).isEqualTo(ProbeCause.UNKNOWN_HOST);
        assertThat(result.message()).contains("no-such-host.invalid");
        assertThat(result.hint()).isEqualTo("the host name no-such-host.invalid does not resolve: check the name "
                + "and the agent's DNS");
    }

    @Test
    void shouldWaitForAServiceThatComesUpLater() throws Exception {
        int port = LoopbackServer.closedPort();
        CompletableFuture<LoopbackServer> later = CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(500);
                return LoopbackServer.start(port, LoopbackServer.SILENT);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            ProbeResult result = checker.check(ServiceTarget.parse("tcp://127.0.0.1:" + port), Duration.ofSeconds(10));

            assertThat(result.up()).as("%s", result).isTrue();
            assertThat(result.attempts()).isGreaterThan(1);
            assertThat(logLines).anyMatch(l -> l.contains("attempt 1 REFUSED") && l.contains("trying again in 100 ms"));
        } finally {
            later.get(10, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void shouldBackOffDoublingUpTo2sAndNeverPastTheDeadline() throws Exception {
        AtomicLong nanos = new AtomicLong();
        List<Long> pauses = new ArrayList<>();
        PreflightChecker fakeTime = checker.withClock(nanos::get, d -> {
            pauses.add(d.toMillis());
            nanos.addAndGet(d.toNanos());
        });
        ServiceTarget closed = ServiceTarget.parse("tcp://127.0.0.1:" + LoopbackServer.closedPort());

        ProbeResult shortWait = fakeTime.check(closed, Duration.ofSeconds(1));

        assertThat(pauses).containsExactly(100L, 200L, 400L, 300L);
        assertThat(shortWait.attempts()).isEqualTo(5);
        assertThat(shortWait.cause()).isEqualTo(ProbeCause.REFUSED);

        pauses.clear();
        ProbeResult longWait = fakeTime.check(closed, Duration.ofSeconds(10));

        assertThat(pauses).containsExactly(100L, 200L, 400L, 800L, 1600L, 2000L, 2000L, 2000L, 900L);
        assertThat(longWait.attempts()).isEqualTo(10);
    }

    @Test
    void shouldMakeASingleAttemptWithTheFullTimeoutWhenNotWaiting() throws Exception {
        List<Duration> timeouts = new ArrayList<>();
        TcpProbe real = new TcpProbe();
        PreflightChecker recording = checker.withAttemptTimeout(Duration.ofMillis(1500))
                .withProbe(ServiceProtocol.TCP, (target, timeout) -> {
                    timeouts.add(timeout);
                    return real.attempt(target, timeout);
                });

        ProbeResult result = recording.check(ServiceTarget.parse("tcp://127.0.0.1:" + LoopbackServer.closedPort()),
                Duration.ZERO);

        assertThat(result.attempts()).isEqualTo(1);
        assertThat(timeouts).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void shouldCapTheAttemptTimeoutByTheTimeLeft() throws Exception {
        AtomicLong nanos = new AtomicLong();
        List<Duration> timeouts = new ArrayList<>();
        TcpProbe real = new TcpProbe();
        PreflightChecker recording = checker
                .withClock(nanos::get, d -> nanos.addAndGet(d.toNanos()))
                .withProbe(ServiceProtocol.TCP, (target, timeout) -> {
                    timeouts.add(timeout);
                    return real.attempt(target, timeout);
                });

        recording.check(ServiceTarget.parse("tcp://127.0.0.1:" + LoopbackServer.closedPort()), Duration.ofSeconds(3));

        // 3 s left, then 2.9, 2.7, 2.3, 1.5 and 0: the last attempt at the deadline gets the least an attempt gets.
        assertThat(timeouts).extracting(Duration::toMillis).containsExactly(2000L, 2000L, 2000L, 2000L, 1500L, 100L);
    }

    @Test
    void shouldCheckAllTargetsAndReportThemInTheOrderGiven() throws Exception {
        try (LoopbackServer up = LoopbackServer.start(LoopbackServer.SILENT)) {
            int closed = LoopbackServer.closedPort();
            List<ServiceTarget> targets = ServiceTarget.parseAll(List.of(
                    "kafka://127.0.0.1:" + closed,
                    up.uri("tcp"),
                    "mysql://no-such-host.invalid",
                    up.uri("kafka")));

            PreflightReport report = checker.check(targets, Duration.ZERO);

            assertThat(report.results()).extracting(ProbeResult::target).containsExactly(
                    "kafka://127.0.0.1:" + closed, up.uri("tcp"), "mysql://no-such-host.invalid", up.uri("kafka"));
            assertThat(report.results()).extracting(ProbeResult::cause).containsExactly(
                    ProbeCause.REFUSED, ProbeCause.OK, ProbeCause.UNKNOWN_HOST, ProbeCause.OK);
            assertThat(report.allUp()).isFalse();
            assertThat(report.down()).extracting(ProbeResult::target)
                    .containsExactly("kafka://127.0.0.1:" + closed, "mysql://no-such-host.invalid");
            assertThat(report.reasons()).hasSize(2).first().asString()
                    .startsWith("required service kafka://127.0.0.1:" + closed + " is down (REFUSED")
                    .contains("is the broker started");
        }
    }

    @Test
    void shouldReportAllUpForNoTargets() throws Exception {
        PreflightReport report = checker.check(List.of(), Duration.ofSeconds(5));

        assertThat(report.allUp()).isTrue();
        assertThat(report.down()).isEmpty();
    }

    @Test
    void shouldKeepCredentialsOutOfResultsAndLog() throws Exception {
        int closed = LoopbackServer.closedPort();
        ServiceTarget target = ServiceTarget.parse("postgres://admin:s3cr3t@127.0.0.1:" + closed + "/app");

        ProbeResult result = checker.check(target, Duration.ofMillis(200));

        assertThat(List.of(result.target(), result.message(), result.hint())).noneMatch(s -> s.contains("s3cr3t"));
        assertThat(logLines).isNotEmpty().noneMatch(l -> l.contains("s3cr3t") || l.contains("admin"));
    }

    @Test
    void shouldTurnAProbeThatThrowsSomethingUnexpectedIntoADownResult() throws Exception {
        PreflightChecker broken = checker.withProbe(ServiceProtocol.TCP, (target, timeout) -> {
            throw new IllegalStateException("probe bug");
        });

        PreflightReport report = broken.check(List.of(ServiceTarget.parse("tcp://127.0.0.1:1")), Duration.ZERO);

        assertThat(report.results()).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo(ProbeCause.OTHER);
            assertThat(r.message()).isEqualTo("probe bug");
        });
    }

    @Test
    void shouldRejectANegativeWait() {
        assertThatThrownBy(() -> checker.check(List.of(), Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("wait");
    }
}
