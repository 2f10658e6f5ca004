package io.jenkins.plugins.systemtest.engine.preflight;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLHandshakeException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** How failures that loopback servers cannot easily produce map to causes and hints. */
class ProbeFailuresTest {

    private final ServiceTarget redis = ServiceTarget.parse("redis://127.0.0.1:6379");

    @Test
    void shouldMapExceptionsToCauses() {
        assertThat(ProbeFailures.causeOf(new ConnectException("Connection refused"))).isEqualTo(ProbeCause.REFUSED);
        assertThat(ProbeFailures.causeOf(new ConnectException("Connection timed out"))).isEqualTo(ProbeCause.TIMEOUT);
        assertThat(ProbeFailures.causeOf(new UnknownHostException("db.internal"))).isEqualTo(ProbeCause.UNKNOWN_HOST);
        assertThat(ProbeFailures.causeOf(wrapped(new UnresolvedAddressException())))
                .isEqualTo(ProbeCause.UNKNOWN_HOST);
        assertThat(ProbeFailures.causeOf(new SocketTimeoutException("Read timed out"))).isEqualTo(ProbeCause.TIMEOUT);
        assertThat(ProbeFailures.causeOf(new HttpConnectTimeoutException("HTTP connect timed out")))
                .isEqualTo(ProbeCause.TIMEOUT);
        assertThat(ProbeFailures.causeOf(new SSLHandshakeException("PKIX path building failed")))
                .isEqualTo(ProbeCause.TLS);
        assertThat(ProbeFailures.causeOf(new SocketException("Connection reset"))).isEqualTo(ProbeCause.RESET);
        assertThat(ProbeFailures.causeOf(new SocketException("Broken pipe"))).isEqualTo(ProbeCause.RESET);
        assertThat(ProbeFailures.causeOf(new EOFException())).isEqualTo(ProbeCause.RESET);
        assertThat(ProbeFailures.causeOf(new SocketException("Network is unreachable"))).isEqualTo(ProbeCause.OTHER);
    }

    @Test
    void shouldTellAConnectTimeoutFromAnAnswerTimeout() {
        Duration twoSeconds = Duration.ofSeconds(2);

        assertThat(ProbeFailures.answerFor(new SocketTimeoutException("Connect timed out"), redis, twoSeconds).hint())
                .isEqualTo("127.0.0.1:6379 accepted no connection within 2 s: a firewall, a wrong host or port, "
                        + "or an overloaded service?");
        assertThat(ProbeFailures.answerFor(new SocketTimeoutException("Read timed out"), redis, twoSeconds).hint())
                .isEqualTo("127.0.0.1:6379 sent no answer within 2 s: a wrong port (a service that waits for "
                        + "another protocol), or an overloaded service?");
    }

    @Test
    void shouldNameTheHostForAnUnknownHostAndTheServiceForARefusal() {
        ServiceTarget db = ServiceTarget.parse("postgres://db.internal:55432");

        ProbeAnswer unknown = ProbeFailures.answerFor(new UnknownHostException("db.internal"), db, Duration.ZERO);
        ProbeAnswer refused = ProbeFailures.answerFor(new ConnectException("Connection refused"), db, Duration.ZERO);

        assertThat(unknown.message()).isEqualTo("Unknown host: db.internal");
        assertThat(unknown.hint()).isEqualTo("the host name db.internal does not resolve: check the name and the "
                + "agent's DNS");
        assertThat(refused.hint()).isEqualTo("nothing listens on db.internal:55432: is the database started, is the "
                + "port right?");
    }

    @Test
    void shouldKeepMessagesOnOneLineAndShort() {
        ProbeAnswer answer = ProbeFailures.answerFor(new IOException("first\nsecond\r" + "x".repeat(1000)), redis,
                Duration.ZERO);

        assertThat(answer.cause()).isEqualTo(ProbeCause.OTHER);
        assertThat(answer.message()).doesNotContain("\n", "\r").hasSizeLessThan(310).startsWith("first second");
    }

    @Test
    void shouldWriteDurationsAsPeopleDo() {
        assertThat(ProbeHints.format(Duration.ofSeconds(2))).isEqualTo("2 s");
        assertThat(ProbeHints.format(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(ProbeHints.format(Duration.ofMillis(300))).isEqualTo("300 ms");
    }

    private static IOException wrapped(RuntimeException cause) {
        ConnectException e = new ConnectException("connect failed");
        e.initCause(cause);
        return e;
    }
}
