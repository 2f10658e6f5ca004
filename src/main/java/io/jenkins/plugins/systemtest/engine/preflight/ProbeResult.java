package io.jenkins.plugins.systemtest.engine.preflight;

import java.util.Objects;

/**
 * What one service check found, after waiting up to the deadline.
 *
 * @param target        the target as the user wrote it, credentials removed
 * @param up            whether the service answered as it should
 * @param latencyMillis how long the last (decisive) attempt took
 * @param attempts      how many attempts were made
 * @param cause         why it is up or down
 * @param message       what happened, technically ("Connection refused", "HTTP 503")
 * @param hint          what a person can do about it; empty when up
 */
public record ProbeResult(String target, boolean up, long latencyMillis, int attempts, ProbeCause cause,
        String message, String hint) {

    public ProbeResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cause, "cause");
        message = Objects.requireNonNullElse(message, "");
        hint = Objects.requireNonNullElse(hint, "");
    }
}
