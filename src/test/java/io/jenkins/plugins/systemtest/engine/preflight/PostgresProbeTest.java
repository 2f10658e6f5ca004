package io.jenkins.plugins.systemtest.engine.preflight;

import io.jenkins.plugins.systemtest.engine.log.RunLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The PostgreSQL probe against fake servers in Java that speak just enough of the protocol. */
class PostgresProbeTest {

    private final PreflightChecker checker = new PreflightChecker(RunLog.NONE);

    /** Answers a well-formed SSLRequest with {@code answer}, after {@code millis}; hangs up on anything else. */
    private static LoopbackServer.Handler postgres(char answer, long millis) {
        return socket -> {
            ByteBuffer request = ByteBuffer.wrap(LoopbackServer.read(socket, 8));
            if (request.getInt() != 8 || request.getInt() != 80877103) {
                socket.close();
                return;
            }
            LoopbackServer.answerAfter(millis, String.valueOf(answer)).handle(socket);
        };
    }

    @ParameterizedTest(name = "answer {0}")
    @ValueSource(chars = {'S', 'N'})
    void shouldFindAServerUpThatAnswersTheSslRequest(char answer) throws Exception {
        try (LoopbackServer server = LoopbackServer.start(postgres(answer, 0))) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("postgres")), Duration.ZERO);

            assertThat(result.up()).as("%s", result).isTrue();
            assertThat(result.message()).contains("'" + answer + "'");
        }
    }

    @Test
    void shouldFindAServerUpThatAnswersSlowlyWithinTheTimeout() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(postgres('N', 300))) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("postgresql") + "/app"), Duration.ZERO);

            assertThat(result.up()).as("%s", result).isTrue();
        }
    }

    @Test
    void shouldReportAServerThatAnswersSomethingElseAsProtocol() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(socket -> {
            LoopbackServer.read(socket, 8);
            LoopbackServer.answerAfter(0, "HTTP/1.1 400 Bad Request\r\n\r\n").handle(socket);
        })) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("postgres")), Duration.ZERO);

            assertThat(result.cause()).isEqualTo(ProbeCause.PROTOCOL);
            assertThat(result.message()).startsWith("does not speak the PostgreSQL protocol (answered 'H'");
            assertThat(result.hint()).isEqualTo("127.0.0.1:" + server.port()
                    + " answered, but not as PostgreSQL: is this the right port?");
        }
    }

    @Test
    void shouldTimeOutOnAServerThatNeverAnswersWithinTheDeadline() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.SILENT)) {
            long start = System.nanoTime();

            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("postgres")), Duration.ofSeconds(1));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(result.cause()).as("%s", result).isEqualTo(ProbeCause.TIMEOUT);
            assertThat(result.message()).isEqualTo("Read timed out");
            assertThat(result.hint()).startsWith("127.0.0.1:" + server.port() + " sent no answer within ")
                    .endsWith(": a wrong port (a service that waits for another protocol), or an overloaded service?");
        }
    }

    @Test
    void shouldReportAServerThatResetsTheConnectionAsReset() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.RESET)) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("postgres")), Duration.ZERO);

            assertThat(result.cause()).as("%s", result).isEqualTo(ProbeCause.RESET);
            assertThat(result.hint()).isEqualTo("127.0.0.1:" + server.port() + " closed the connection before "
                    + "answering: is the database still starting, or does it expect TLS or another protocol on this "
                    + "port?");
        }
    }

    @Test
    void shouldReportAServerThatClosesWithoutAnsweringAsReset() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(Socket::close)) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("postgres")), Duration.ZERO);

            assertThat(result.cause()).as("%s", result).isEqualTo(ProbeCause.RESET);
        }
    }

    @Test
    void shouldWaitForADatabaseThatStartsLater() throws Exception {
        int port = LoopbackServer.closedPort();
        LoopbackServer[] started = new LoopbackServer[1];
        Thread starter = new Thread(() -> {
            try {
                Thread.sleep(500);
                started[0] = LoopbackServer.start(port, postgres('N', 0));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        starter.start();
        try {
            ProbeResult result = checker.check(ServiceTarget.parse("postgres://127.0.0.1:" + port),
                    Duration.ofSeconds(10));

            assertThat(result.up()).as("%s", result).isTrue();
            assertThat(result.attempts()).isGreaterThan(1);
        } finally {
            starter.join(10_000);
            if (started[0] != null) {
                started[0].close();
            }
        }
    }
}
