package io.jenkins.plugins.systemtest.engine.preflight;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * Sends a GET to the target's URL, directly (no proxy), following no redirect. Any status below 500 is up (the
 * server answered); 500 and above is down with {@link ProbeCause#PROTOCOL}.
 */
public final class HttpProbe implements ServiceProbe {

    @Override
    public ProbeAnswer attempt(ServiceTarget target, Duration timeout) throws IOException {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        HttpURLConnection connection = (HttpURLConnection) target.requestUri().toURL().openConnection(Proxy.NO_PROXY);
        try {
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setConnectTimeout(millis);
            connection.setReadTimeout(millis);
            connection.setRequestMethod("GET");
            connection.setRequestProperty("User-Agent", "system-test-runner-preflight");
            connection.setRequestProperty("Accept", "*/*");
            try {
                connection.connect();
            } catch (SocketTimeoutException e) {
                // Without a proxy, connect() only reads during the TLS handshake.
                if (target.tls() && !String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
                    throw ProbeConnection.handshakeTimeout(timeout, e);
                }
                throw e;
            }
            int status = connection.getResponseCode();
            if (status < 100) {
                return ProbeAnswer.wrongAnswer("no HTTP status line in the answer", ProbeHints.notSpeaking(target));
            }
            String message = "HTTP " + status;
            if (status >= 500) {
                return ProbeAnswer.wrongAnswer(message, target.address() + " answered " + message + ": the service "
                        + "runs but reports a server error; see its logs, or give it more time to start (wait)");
            }
            return ProbeAnswer.up(status >= 300 && status < 400 ? message + " (redirect, not followed)" : message);
        } finally {
            connection.disconnect();
        }
    }
}
