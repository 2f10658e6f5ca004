package io.jenkins.plugins.systemtest.engine.preflight;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Sends an inline {@code PING}. {@code +PONG} is up; so is an authentication error ({@code -NOAUTH},
 * {@code -WRONGPASS}, {@code -ERR ... auth ...}): the server answered, and logging in is the suite's business.
 * TLS for {@code rediss://} targets.
 */
public final class RedisProbe implements ServiceProbe {

    private static final byte[] PING = "PING\r\n".getBytes(StandardCharsets.US_ASCII);

    @Override
    public ProbeAnswer attempt(ServiceTarget target, Duration timeout) throws IOException {
        try (ProbeConnection connection = ProbeConnection.open(target, timeout)) {
            connection.write(PING);
            String line = ProbeFailures.clean(connection.readLine(512));
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.equals("+PONG")) {
                return ProbeAnswer.up("+PONG");
            }
            if (upper.startsWith("-NOAUTH") || upper.startsWith("-WRONGPASS")
                    || upper.startsWith("-ERR") && upper.contains("AUTH")) {
                return ProbeAnswer.up(line + " (it answered; the suite authenticates)");
            }
            if (upper.startsWith("-")) {
                return ProbeAnswer.wrongAnswer("answered PING with " + line, target.address() + " answered PING "
                        + "with an error: is Redis still loading its data, or set up for other clients?");
            }
            return ProbeAnswer.wrongAnswer("does not speak the Redis protocol (answered PING with '" + line + "')",
                    ProbeHints.notSpeaking(target));
        }
    }
}
