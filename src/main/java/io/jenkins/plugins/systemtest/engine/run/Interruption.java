package io.jenkins.plugins.systemtest.engine.run;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a run was stopped before it ended: by a user (the Stop button, Ctrl-C), by a timeout (Pipeline's
 * {@code timeout} step, the command line's {@code --timeout}) or otherwise (the controller stopped, the build was
 * interrupted for another reason). A run that ends by an interruption is recorded {@code ABORTED} with
 * {@link #reason()} among its reasons, whatever results it left.
 *
 * @param kind  who or what stopped it
 * @param cause what happened, in words, lower case: "aborted by the user alice", "timeout after 15 s"
 */
public record Interruption(Kind kind, String cause) implements Serializable {

    /** Who or what stopped a run. */
    public enum Kind {
        /** A person: the Stop button, Ctrl-C. */
        USER,
        /** A time limit. */
        TIMEOUT,
        /** Anything else: the controller stopped, another step interrupted the block. */
        OTHER
    }

    /** The cause of a run whose controller (Jenkins or the command line) stopped while it ran. */
    public static final Interruption CONTROLLER_STOPPED = new Interruption(Kind.OTHER,
            "the controller stopped during the run");

    public Interruption {
        Objects.requireNonNull(kind, "kind");
        cause = cause == null || cause.isBlank() ? "stopped before it ended" : cause.strip();
    }

    /** Stopped by a person; {@code user} may be empty when unknown. */
    public static Interruption byUser(String user) {
        return new Interruption(Kind.USER, user == null || user.isBlank() ? "aborted by a user"
                : "aborted by the user " + user.strip());
    }

    /** Stopped by a time limit of {@code seconds} seconds (the command line's {@code --timeout}). */
    public static Interruption timeout(long seconds) {
        return new Interruption(Kind.TIMEOUT, seconds < 0 ? "timeout" : "timeout after " + seconds + " s");
    }

    /**
     * Stopped by a time limit that is not known (Pipeline's {@code timeout} step does not say it), after the run had
     * run {@code seconds} seconds.
     */
    public static Interruption timeoutAfterRunning(long seconds) {
        return new Interruption(Kind.TIMEOUT, "timeout, the block was stopped after " + seconds + " s");
    }

    /** Stopped for another reason, said in {@code cause}. */
    public static Interruption other(String cause) {
        return new Interruption(Kind.OTHER, cause);
    }

    /** The sentence for the run's reasons: "The run was aborted: timeout after 15 s." */
    public String reason() {
        String text = cause.endsWith(".") ? cause.substring(0, cause.length() - 1) : cause;
        return "The run was aborted: " + text + ".";
    }

    /** The kind in lower case, for logs. */
    public String kindName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
