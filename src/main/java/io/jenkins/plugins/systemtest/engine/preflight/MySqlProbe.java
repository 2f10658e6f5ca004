package io.jenkins.plugins.systemtest.engine.preflight;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads the greeting a MySQL (or MariaDB) server sends as soon as it accepts a connection: protocol version 10 is
 * up; an error packet (too many connections, host not allowed) is down with the server's message.
 */
public final class MySqlProbe implements ServiceProbe {

    private static final int MAX_PACKET = 1 << 16;

    @Override
    public ProbeAnswer attempt(ServiceTarget target, Duration timeout) throws IOException {
        try (ProbeConnection connection = ProbeConnection.open(target, timeout)) {
            byte[] header = connection.readBytes(4);
            int length = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16;
            if (length == 0 || length > MAX_PACKET) {
                return notMySql(target, "a packet of " + length + " bytes");
            }
            int first = connection.readByte();
            if (first == 10) {
                byte[] rest = connection.readBytes(Math.min(length - 1, 64));
                int end = 0;
                while (end < rest.length && rest[end] != 0) {
                    end++;
                }
                String version = ProbeFailures.clean(new String(rest, 0, end, StandardCharsets.UTF_8));
                return ProbeAnswer.up("MySQL greeting, server " + version);
            }
            if (first == 0xFF && length >= 3) {
                byte[] rest = connection.readBytes(Math.min(length - 1, 512));
                int code = (rest[0] & 0xFF) | (rest[1] & 0xFF) << 8;
                String text = ProbeFailures.clean(new String(rest, 2, rest.length - 2, StandardCharsets.UTF_8));
                return ProbeAnswer.wrongAnswer("MySQL error " + code + ": " + text, target.address() + " is MySQL "
                        + "but turned the agent away (" + text + "): too many connections, or is the agent's host "
                        + "not allowed?");
            }
            return notMySql(target, PostgresProbe.describe(first) + " where the protocol version belongs");
        }
    }

    private static ProbeAnswer notMySql(ServiceTarget target, String what) {
        return ProbeAnswer.wrongAnswer("does not speak the MySQL protocol (sent " + what + ")",
                ProbeHints.notSpeaking(target));
    }
}
