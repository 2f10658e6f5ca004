package io.jenkins.plugins.systemtest.engine.preflight;

import java.time.Duration;
import java.util.Locale;

/** What a person can do about a service that is down: concrete, naming the host and port. */
final class ProbeHints {

    private ProbeHints() {
    }

    /** The hint for a cause; empty for {@link ProbeCause#OK}. */
    static String hint(ProbeCause cause, ServiceTarget target, Duration timeout, String message) {
        String address = target.address();
        return switch (cause) {
            case OK -> "";
            case REFUSED -> "nothing listens on " + address + ": is " + target.protocol().serviceNoun()
                    + " started, is the port right?";
            case UNKNOWN_HOST -> "the host name " + target.host() + " does not resolve: check the name and the "
                    + "agent's DNS";
            case TIMEOUT -> message.toLowerCase(Locale.ROOT).contains("connect")
                    ? address + " accepted no connection within " + format(timeout) + ": a firewall, a wrong host or "
                            + "port, or an overloaded service?"
                    : address + " sent no answer within " + format(timeout) + ": a wrong port (a service that "
                            + "waits for another protocol), or an overloaded service?";
            case TLS -> "the TLS handshake with " + address + " failed (" + message + "): does the service speak "
                    + "TLS on this port, and does the agent trust its certificate?";
            case RESET -> address + " closed the connection before answering: is " + target.protocol().serviceNoun()
                    + " still starting, or does it expect " + (target.tls() ? "plain text" : "TLS")
                    + " or another protocol on this port?";
            case PROTOCOL -> notSpeaking(target);
            case INVALID -> "the target " + target.display() + " cannot be checked: fix it in 'requires'";
            case OTHER -> "checking " + address + " failed (" + message + "): see the message";
        };
    }

    /** The hint for something that answered, but not in the target's protocol. */
    static String notSpeaking(ServiceTarget target) {
        return target.address() + " answered, but not as " + target.protocol().displayName()
                + ": is this the right port?";
    }

    /** A duration as people write it: "2 s", "1.5 s", "300 ms". */
    static String format(Duration d) {
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
