package io.jenkins.plugins.systemtest.engine.preflight;

import java.util.Objects;

/**
 * What a service answered to one attempt.
 *
 * @param cause   {@link ProbeCause#OK} when up, otherwise why it is down
 * @param message what it answered, technically ("HTTP 503", "+PONG")
 * @param hint    what a person can do about it; empty when up
 */
public record ProbeAnswer(ProbeCause cause, String message, String hint) {

    public ProbeAnswer {
        Objects.requireNonNull(cause, "cause");
        message = Objects.requireNonNullElse(message, "");
        hint = Objects.requireNonNullElse(hint, "");
    }

    /** The service answered as it should. */
    public static ProbeAnswer up(String message) {
        return new ProbeAnswer(ProbeCause.OK, message, "");
    }

    /** Something answered, but not as the service should. */
    public static ProbeAnswer wrongAnswer(String message, String hint) {
        return new ProbeAnswer(ProbeCause.PROTOCOL, message, hint);
    }

    /** Whether the service is up. */
    public boolean isUp() {
        return cause == ProbeCause.OK;
    }
}
