package io.jenkins.plugins.systemtest.engine.junit;

/**
 * Reads the {@code time} attribute (seconds) the way tools really write it: {@code 0.123}, {@code 1,234.5}
 * (grouping commas), {@code 0,5} (a decimal comma from a German locale), empty, missing or garbage. Anything that
 * cannot be read, or is negative or not finite, is 0.
 */
final class JUnitTime {

    private JUnitTime() {
    }

    /** The time in whole milliseconds, rounded. */
    static long millis(String seconds) {
        if (seconds == null) {
            return 0;
        }
        long plain = plainDecimal(seconds);
        if (plain >= 0) {
            return plain;
        }
        String s = seconds.strip();
        if (s.isEmpty()) {
            return 0;
        }
        int comma = s.indexOf(',');
        if (comma >= 0) {
            s = withoutCommas(s, comma);
        }
        if (!looksNumeric(s)) {
            return 0;
        }
        double d;
        try {
            d = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
        if (!(d > 0) || Double.isInfinite(d)) {
            return 0;
        }
        return Math.round(d * 1000.0);
    }

    /**
     * The common case without parsing a double: digits, optionally a point and more digits ({@code 0.123}),
     * rounded half up at the fourth decimal. -1 for anything else.
     */
    private static long plainDecimal(String s) {
        int n = s.length();
        if (n == 0 || n > 15) {
            return -1;
        }
        long whole = 0;
        int i = 0;
        while (i < n && s.charAt(i) != '.') {
            int d = s.charAt(i++) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            whole = whole * 10 + d;
        }
        if (i == 0 || i == n - 1) {
            return -1;
        }
        long millis = 0;
        int decimals = 0;
        boolean roundUp = false;
        for (i++; i < n; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            if (decimals < 3) {
                millis = millis * 10 + d;
            } else if (decimals == 3) {
                roundUp = d >= 5;
            }
            decimals++;
        }
        for (; decimals < 3; decimals++) {
            millis *= 10;
        }
        return whole * 1000 + millis + (roundUp ? 1 : 0);
    }

    /**
     * Commas are grouping separators when there is also a point, or when each group after one has three digits
     * ({@code 12,345}); a single comma otherwise is a decimal comma ({@code 0,5}, {@code 2,25}).
     */
    private static String withoutCommas(String s, int firstComma) {
        int lastComma = s.lastIndexOf(',');
        boolean grouping = s.indexOf('.') >= 0 || firstComma != lastComma
                || (s.length() - lastComma - 1 == 3 && !s.startsWith("0,"));
        if (grouping) {
            return s.replace(",", "");
        }
        return s.replace(',', '.');
    }

    /** Digits, at most one point, an optional exponent: rules out "NaN", "Infinity", hex and the like. */
    private static boolean looksNumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != 'e' && c != 'E' && c != '-' && c != '+') {
                return false;
            }
        }
        return true;
    }
}
