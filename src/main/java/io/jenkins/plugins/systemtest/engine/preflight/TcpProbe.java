package io.jenkins.plugins.systemtest.engine.preflight;

import java.io.IOException;
import java.time.Duration;

/** Up when the port accepts a connection (and, for TLS targets, completes the handshake). Used for tcp and kafka. */
public final class TcpProbe implements ServiceProbe {

    @Override
    public ProbeAnswer attempt(ServiceTarget target, Duration timeout) throws IOException {
        try (ProbeConnection ignored = ProbeConnection.open(target, timeout)) {
            return ProbeAnswer.up(target.tls() ? "connected, TLS handshake done" : "connected");
        }
    }
}
