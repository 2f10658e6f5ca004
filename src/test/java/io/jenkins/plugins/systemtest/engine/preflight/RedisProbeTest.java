package io.jenkins.plugins.systemtest.engine.preflight;

import io.jenkins.plugins.systemtest.engine.log.RunLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The Redis probe against fake servers in Java. */
class RedisProbeTest {

    private final PreflightChecker checker = new PreflightChecker(RunLog.NONE);

    /** Answers the line {@code PING} with {@code answer}; hangs up on anything else. */
    private static LoopbackServer.Handler redis(String answer) {
        return socket -> {
            if (!LoopbackServer.readLine(socket).equals("PING")) {
                socket.close();
                return;
            }
            LoopbackServer.answerAfter(0, answer + "\r\n").handle(socket);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "+PONG",
        "-NOAUTH Authentication required.",
        "-WRONGPASS invalid username-password pair or user is disabled.",
        "-ERR Client sent AUTH, but no password is set"})
    void shouldFindAServerUpThatAnswersPing(String answer) throws Exception {
        try (LoopbackServer server = LoopbackServer.start(redis(answer))) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("redis")), Duration.ZERO);

            assertThat(result.up()).as("%s", result).isTrue();
            assertThat(result.message()).startsWith(answer);
        }
    }

    @Test
    void shouldReportAnErrorThatIsNotAboutAuthenticationAsProtocol() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(redis("-LOADING Redis is loading the dataset in memory"))) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("redis")), Duration.ZERO);

            assertThat(result.cause()).isEqualTo(ProbeCause.PROTOCOL);
            assertThat(result.message()).isEqualTo("answered PING with -LOADING Redis is loading the dataset in memory");
            assertThat(result.hint()).contains("is Redis still loading its data");
        }
    }

    @Test
    void shouldReportSomethingElseThanRedisAsProtocol() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(socket -> {
            LoopbackServer.readLine(socket);
            LoopbackServer.answerAfter(0, "HTTP/1.1 400 Bad Request\r\n\r\n").handle(socket);
        })) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("redis")), Duration.ZERO);

            assertThat(result.cause()).isEqualTo(ProbeCause.PROTOCOL);
            assertThat(result.message()).isEqualTo("does not speak the Redis protocol (answered PING with "
                    + "'HTTP/1.1 400 Bad Request')");
            assertThat(result.hint()).isEqualTo("127.0.0.1:" + server.port()
                    + " answered, but not as Redis: is this the right port?");
        }
    }

    @Test
    void shouldTimeOutOnAServerThatNeverAnswersWithinTheDeadline() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.SILENT)) {
            long start = System.nanoTime();

            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("redis")), Duration.ofSeconds(1));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(result.cause()).as("%s", result).isEqualTo(ProbeCause.TIMEOUT);
        }
    }

    @Test
    void shouldFindAServerUpThatAnswersSlowlyWithinTheTimeout() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(socket -> {
            LoopbackServer.readLine(socket);
            LoopbackServer.answerAfter(300, "+PONG\r\n").handle(socket);
        })) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("redis")), Duration.ZERO);

            assertThat(result.up()).as("%s", result).isTrue();
        }
    }

    @Test
    void shouldReportAServerThatResetsTheConnectionAsReset() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.RESET)) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("redis")), Duration.ZERO);

            assertThat(result.cause()).as("%s", result).isEqualTo(ProbeCause.RESET);
        }
    }

    @Test
    void shouldReportTlsAgainstAPlainServerAsTls() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(socket -> {
            socket.getInputStream().read();
            LoopbackServer.answerAfter(0, "-ERR Protocol error: invalid multibulk length\r\n").handle(socket);
        })) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("rediss")), Duration.ZERO);

            assertThat(result.cause()).as("%s", result).isEqualTo(ProbeCause.TLS);
            assertThat(result.hint()).startsWith("the TLS handshake with 127.0.0.1:" + server.port() + " failed (");
        }
    }

    @Test
    void shouldReportTlsAgainstAPlainServerThatWaitsAsTls() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.SILENT)) {
            ProbeResult result = checker.withAttemptTimeout(Duration.ofMillis(500))
                    .check(ServiceTarget.parse(server.uri("rediss")), Duration.ZERO);

            assertThat(result.cause()).as("%s", result).isEqualTo(ProbeCause.TLS);
            assertThat(result.message()).isEqualTo("no answer to the TLS handshake within 500 ms");
        }
    }
}
