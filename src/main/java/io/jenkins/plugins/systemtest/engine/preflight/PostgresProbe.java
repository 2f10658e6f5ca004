package io.jenkins.plugins.systemtest.engine.preflight;

import java.io.IOException;
import java.time.Duration;

/**
 * Speaks the first step of the PostgreSQL protocol: sends the 8-byte SSLRequest (length 8, code 80877103) and
 * expects the single byte 'S' (TLS offered) or 'N' (no TLS). It never logs in.
 */
public final class PostgresProbe implements ServiceProbe {

    /** Length 8, then the request code 80877103 (1234 in the high 16 bits, 5679 in the low), big-endian. */
    static final byte[] SSL_REQUEST = {0, 0, 0, 8, 0x04, (byte) 0xD2, 0x16, 0x2F};

    @Override
    public ProbeAnswer attempt(ServiceTarget target, Duration timeout) throws IOException {
        try (ProbeConnection connection = ProbeConnection.open(target, timeout)) {
            connection.write(SSL_REQUEST);
            int answer = connection.readByte();
            if (answer == 'S') {
                return ProbeAnswer.up("answered the SSLRequest with 'S' (TLS offered)");
            }
            if (answer == 'N') {
                return ProbeAnswer.up("answered the SSLRequest with 'N' (no TLS)");
            }
            return ProbeAnswer.wrongAnswer("does not speak the PostgreSQL protocol (answered " + describe(answer)
                    + " to the SSLRequest)", ProbeHints.notSpeaking(target));
        }
    }

    static String describe(int b) {
        return b >= 0x21 && b < 0x7F ? "'" + (char) b + "'" : String.format("byte 0x%02x", b);
    }
}
