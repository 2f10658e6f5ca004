package io.jenkins.plugins.systemtest.engine.preflight;

import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.systemtest.engine.log.RunLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class HttpProbeTest {

    private final PreflightChecker checker = new PreflightChecker(RunLog.NONE);
    private HttpServer server;
    private HttpServer elsewhere;
    private final AtomicInteger elsewhereRequests = new AtomicInteger();

    @BeforeEach
    void startServers() throws IOException {
        elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        elsewhere.createContext("/", exchange -> {
            elsewhereRequests.incrementAndGet();
            respond(exchange, 200);
        });
        elsewhere.start();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/health", exchange -> respond(exchange, 200));
        server.createContext("/starting", exchange -> respond(exchange, 503));
        server.createContext("/crashing", exchange -> respond(exchange, 500));
        server.createContext("/login", exchange -> respond(exchange, 401));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://localhost:" + elsewhere.getAddress().getPort() + "/");
            respond(exchange, 302);
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200);
        });
        server.start();
    }

    @AfterEach
    void stopServers() {
        server.stop(0);
        elsewhere.stop(0);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status) throws IOException {
        byte[] body = ("status " + status).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @ParameterizedTest(name = "{0} -> HTTP {1}")
    @CsvSource({"/health, 200", "/no-such-page, 404", "/login, 401", "/slow, 200"})
    void shouldFindAServiceUpThatAnswersBelow500(String path, int status) throws Exception {
        ProbeResult result = checker.check(ServiceTarget.parse(url(path)), Duration.ZERO);

        assertThat(result.up()).as("%s", result).isTrue();
        assertThat(result.cause()).isEqualTo(ProbeCause.OK);
        assertThat(result.message()).isEqualTo("HTTP " + status);
    }

    @ParameterizedTest(name = "{0} -> HTTP {1}")
    @CsvSource({"/starting, 503", "/crashing, 500"})
    void shouldFindAServiceDownThatAnswers500OrMore(String path, int status) throws Exception {
        ProbeResult result = checker.check(ServiceTarget.parse(url(path)), Duration.ZERO);

        assertThat(result.up()).isFalse();
        assertThat(result.cause()).isEqualTo(ProbeCause.PROTOCOL);
        assertThat(result.message()).isEqualTo("HTTP " + status);
        assertThat(result.hint()).startsWith("127.0.0.1:" + server.getAddress().getPort() + " answered HTTP " + status);
    }

    @Test
    void shouldNotFollowARedirectToAnotherHost() throws Exception {
        ProbeResult result = checker.check(ServiceTarget.parse(url("/moved")), Duration.ZERO);

        assertThat(result.up()).isTrue();
        assertThat(result.message()).isEqualTo("HTTP 302 (redirect, not followed)");
        assertThat(elsewhereRequests).hasValue(0);
    }

    @Test
    void shouldReportHttpsAgainstAPlainHttpServerAsTls() throws Exception {
        String address = "127.0.0.1:" + server.getAddress().getPort();

        // The JDK's server waits for a request line that never comes; other servers answer 400 at once.
        ProbeResult result = checker.withAttemptTimeout(Duration.ofMillis(500))
                .check(ServiceTarget.parse("https://" + address + "/health"), Duration.ZERO);

        assertThat(result.cause()).as("%s", result).isEqualTo(ProbeCause.TLS);
        assertThat(result.hint()).startsWith("the TLS handshake with " + address + " failed (")
                .endsWith("does the service speak TLS on this port, and does the agent trust its certificate?");
    }

    @Test
    void shouldTimeOutOnAServerThatNeverAnswersWithinTheDeadline() throws Exception {
        try (LoopbackServer silent = LoopbackServer.start(LoopbackServer.SILENT)) {
            long start = System.nanoTime();

            ProbeResult result = checker.check(ServiceTarget.parse(silent.uri("http") + "/health"),
                    Duration.ofSeconds(1));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(result.cause()).as("%s", result).isEqualTo(ProbeCause.TIMEOUT);
            assertThat(result.hint()).startsWith("127.0.0.1:" + silent.port() + " sent no answer within ");
        }
    }

    @Test
    void shouldReportAServerThatResetsTheConnectionAsReset() throws Exception {
        try (LoopbackServer resetting = LoopbackServer.start(LoopbackServer.RESET)) {
            ProbeResult result = checker.check(ServiceTarget.parse(resetting.uri("http")), Duration.ZERO);

            assertThat(result.cause()).as("%s", result).isEqualTo(ProbeCause.RESET);
            assertThat(result.hint()).startsWith("127.0.0.1:" + resetting.port() + " closed the connection");
        }
    }

    @Test
    void shouldReportHttpsAgainstAPlainServerThatAnswersAtOnceAsTls() throws Exception {
        try (LoopbackServer plain = LoopbackServer.start(socket -> {
            socket.getInputStream().read();
            LoopbackServer.answerAfter(0, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n").handle(socket);
        })) {
            ProbeResult result = checker.check(ServiceTarget.parse(plain.uri("https")), Duration.ZERO);

            assertThat(result.cause()).as("%s", result).isEqualTo(ProbeCause.TLS);
        }
    }

    @Test
    void shouldNotFindAServiceUpThatAnswersSomethingElseThanHttp() throws Exception {
        try (LoopbackServer redisLike = LoopbackServer.start(socket -> {
            socket.getInputStream().read();
            LoopbackServer.answerAfter(0, "-ERR unknown command 'GET'\r\n").handle(socket);
            socket.close();
        })) {
            ProbeResult result = checker.check(ServiceTarget.parse(redisLike.uri("http")), Duration.ZERO);

            assertThat(result.up()).isFalse();
            assertThat(result.cause()).as("%s", result).isIn(ProbeCause.PROTOCOL, ProbeCause.RESET);
        }
    }
}
