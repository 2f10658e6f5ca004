package io.jenkins.plugins.systemtest.engine.dashboard;

/** How long ago something happened, in the largest unit that fits: {@code 40 s}, {@code 5 min}, {@code 3 h}. */
public final class Ages {

    private Ages() {
    }

    /** The time from {@code thenMillis} to {@code nowMillis}; {@code unknown} when then is not set. */
    public static String since(long thenMillis, long nowMillis) {
        if (thenMillis <= 0) {
            return "unknown";
        }
        long s = Math.max(0, nowMillis - thenMillis) / 1000;
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min";
        }
        if (s < 48 * 3600) {
            return s / 3600 + " h";
        }
        if (s < 60L * 86400) {
            return s / 86400 + " days";
        }
        return s / (30L * 86400) + " months";
    }
}
