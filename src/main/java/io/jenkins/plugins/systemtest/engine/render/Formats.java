package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.model.RunCounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How numbers, durations, times and long texts are shown on the pages. history.js follows the same rules. */
public final class Formats {

    private Formats() {
    }

    /**
     * The pass rate as a person reads it: {@code 95.2% of 42 executed; 3 skipped}, or {@code no test ran}. The
     * percentage is rounded down so that a run with a failure never shows 100.0%.
     */
    public static String passRate(RunCounts counts) {
        if (counts.executed() <= 0) {
            return counts.skipped() > 0 ? "no test ran; " + counts.skipped() + " skipped" : "no test ran";
        }
        String s = percent(counts.passRate()) + " of " + count(counts.executed()) + " executed";
        return counts.skipped() > 0 ? s + "; " + count(counts.skipped()) + " skipped" : s;
    }

    /** A percentage with one decimal, rounded down ({@code 99.9%}); {@code -} when negative (no test ran). */
    public static String percent(double rate) {
        if (rate < 0 || Double.isNaN(rate)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f%%", Math.floor(rate * 10) / 10);
    }

    /** A duration: {@code 450 ms}, {@code 12.3 s}, {@code 3 min 05 s}, {@code 1 h 02 min}. */
    public static String duration(long millis) {
        long ms = Math.max(0, millis);
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", Math.floor(ms / 100.0) / 10);
        }
        long s = ms / 1000;
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    /** An instant in ISO-8601 UTC to the second ({@code 2024-05-01T10:00:00Z}), or {@code unknown} when not set. */
    public static String instant(long epochMillis) {
        if (epochMillis <= 0) {
            return "unknown";
        }
        return Instant.ofEpochMilli(epochMillis).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** {@code 2026-12-03 08:12:57 UTC}: the instant to the second, for reading; "unknown" when not set. */
    public static String readableInstant(long epochMillis) {
        if (epochMillis <= 0) {
            return "unknown";
        }
        return instant(epochMillis).replace('T', ' ').replace("Z", " UTC");
    }

    /** A count with thousands separators: {@code 185,577}. */
    public static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** The text cut to at most {@code max} characters, ending with an ellipsis when cut. */
    public static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "\u2026";
    }

    /** The head and the tail of a long text, with a note of how much was cut in between. */
    public static String headAndTail(String s, int max) {
        if (s == null) {
            return "";
        }
        if (s.length() <= max) {
            return s;
        }
        int head = safeEnd(s, max * 2 / 3);
        int tail = safeStart(s, s.length() - (max - max * 2 / 3));
        return s.substring(0, head) + "\n\u2026 [" + (tail - head) + " characters cut] \u2026\n" + s.substring(tail);
    }

    private static int safeEnd(String s, int end) {
        return end > 0 && Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end;
    }

    private static int safeStart(String s, int start) {
        return start < s.length() && Character.isLowSurrogate(s.charAt(start)) ? start + 1 : start;
    }
}
