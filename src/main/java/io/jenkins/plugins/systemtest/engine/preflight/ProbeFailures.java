package io.jenkins.plugins.systemtest.engine.preflight;

import javax.net.ssl.SSLException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns what went wrong in an attempt (an exception) into a cause, a message and a hint. */
final class ProbeFailures {

    private static final int MAX_MESSAGE = 300;

    private ProbeFailures() {
    }

    /** The answer for a failed attempt. */
    static ProbeAnswer answerFor(Throwable failure, ServiceTarget target, Duration timeout) {
        List<Throwable> chain = chain(failure);
        ProbeCause cause = causeOf(chain);
        String message = messageOf(decisive(chain, cause));
        if (cause == ProbeCause.UNKNOWN_HOST && !message.toLowerCase(Locale.ROOT).contains("unknown")) {
            message = "Unknown host: " + message;
        }
        return new ProbeAnswer(cause, message, ProbeHints.hint(cause, target, timeout, message));
    }

    /** The cause an exception stands for. */
    static ProbeCause causeOf(Throwable failure) {
        return causeOf(chain(failure));
    }

    private static ProbeCause causeOf(List<Throwable> chain) {
        for (ProbeCause cause : List.of(ProbeCause.UNKNOWN_HOST, ProbeCause.TLS, ProbeCause.TIMEOUT,
                ProbeCause.REFUSED, ProbeCause.RESET)) {
            if (chain.stream().anyMatch(t -> is(cause, t))) {
                return cause;
            }
        }
        return ProbeCause.OTHER;
    }

    private static Throwable decisive(List<Throwable> chain, ProbeCause cause) {
        return chain.stream().filter(t -> is(cause, t)).findFirst().orElse(chain.get(0));
    }

    private static boolean is(ProbeCause cause, Throwable t) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        return switch (cause) {
            case UNKNOWN_HOST -> t instanceof UnknownHostException || t instanceof UnresolvedAddressException;
            case TIMEOUT -> t instanceof SocketTimeoutException || t instanceof HttpTimeoutException
                    || t instanceof ConnectException && message.contains("timed out");
            case TLS -> t instanceof SSLException;
            case REFUSED -> t instanceof ConnectException;
            case RESET -> t instanceof EOFException || message.contains("connection reset")
                    || message.contains("broken pipe") || message.contains("end of file")
                    || message.contains("connection abort") || message.contains("closed by remote host");
            default -> false;
        };
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < 10 && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String messageOf(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        return clean(message);
    }

    /** Text from outside (an exception, a server's answer) as it can be shown: one line, printable, capped. */
    static String clean(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length() && b.length() < MAX_MESSAGE; i++) {
            char c = text.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        String s = b.toString().strip();
        return text.length() > MAX_MESSAGE ? s + "..." : s;
    }
}
