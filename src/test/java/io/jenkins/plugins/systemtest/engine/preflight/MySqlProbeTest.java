package io.jenkins.plugins.systemtest.engine.preflight;

import io.jenkins.plugins.systemtest.engine.log.RunLog;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The MySQL probe against fake servers that send a greeting as MySQL does, as soon as they accept. */
class MySqlProbeTest {

    private final PreflightChecker checker = new PreflightChecker(RunLog.NONE);

    /** A MySQL packet: 3-byte little-endian length, sequence 0, payload. */
    private static byte[] packet(byte[] payload) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(payload.length & 0xFF);
        b.write(payload.length >> 8 & 0xFF);
        b.write(payload.length >> 16 & 0xFF);
        b.write(0);
        b.writeBytes(payload);
        return b.toByteArray();
    }

    /** The start of a protocol 10 handshake: version, server version, connection id, first salt part. */
    private static byte[] greeting(String version) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(10);
        b.writeBytes(version.getBytes(StandardCharsets.US_ASCII));
        b.write(0);
        b.writeBytes(new byte[] {42, 0, 0, 0});
        b.writeBytes("abcdefgh".getBytes(StandardCharsets.US_ASCII));
        b.write(0);
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xF7, 33, 2, 0, (byte) 0xFF, (byte) 0x81, 21});
        b.writeBytes(new byte[10]);
        b.writeBytes("ijklmnopqrst".getBytes(StandardCharsets.US_ASCII));
        b.write(0);
        b.writeBytes("caching_sha2_password".getBytes(StandardCharsets.US_ASCII));
        b.write(0);
        return packet(b.toByteArray());
    }

    private static LoopbackServer.Handler sends(byte[] bytes) {
        return socket -> {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        };
    }

    @Test
    void shouldFindAServerUpThatGreetsWithProtocol10() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(sends(greeting("8.0.36")))) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("mysql")), Duration.ZERO);

            assertThat(result.up()).as("%s", result).isTrue();
            assertThat(result.message()).isEqualTo("MySQL greeting, server 8.0.36");
        }
    }

    @Test
    void shouldReportAnErrorPacketWithTheServersMessage() throws Exception {
        ByteArrayOutputStream error = new ByteArrayOutputStream();
        error.write(0xFF);
        error.write(1040 & 0xFF);
        error.write(1040 >> 8);
        error.writeBytes("Too many connections".getBytes(StandardCharsets.US_ASCII));
        try (LoopbackServer server = LoopbackServer.start(sends(packet(error.toByteArray())))) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("mysql")), Duration.ZERO);

            assertThat(result.cause()).isEqualTo(ProbeCause.PROTOCOL);
            assertThat(result.message()).isEqualTo("MySQL error 1040: Too many connections");
            assertThat(result.hint()).contains("Too many connections");
        }
    }

    @Test
    void shouldReportSomethingElseThanMySqlAsProtocol() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(
                sends("SSH-2.0-OpenSSH_9.2p1\r\n".getBytes(StandardCharsets.US_ASCII)))) {
            ProbeResult result = checker.check(ServiceTarget.parse(server.uri("mysql")), Duration.ZERO);

            assertThat(result.cause()).as("%s", result).isEqualTo(ProbeCause.PROTOCOL);
            assertThat(result.hint()).endsWith("answered, but not as MySQL: is this the right port?");
        }
    }

    @Test
    void shouldTimeOutOnAServerThatSendsNoGreeting() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.SILENT)) {
            ProbeResult result = checker.withAttemptTimeout(Duration.ofMillis(300))
                    .check(ServiceTarget.parse(server.uri("mysql")), Duration.ZERO);

            assertThat(result.cause()).as("%s", result).isEqualTo(ProbeCause.TIMEOUT);
            assertThat(result.hint()).contains("sent no answer within 300 ms");
        }
    }
}
