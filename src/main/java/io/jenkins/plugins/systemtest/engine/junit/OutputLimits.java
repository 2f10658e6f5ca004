package io.jenkins.plugins.systemtest.engine.junit;

/**
 * How much of each long text (standard output, standard error, stack trace, message) is kept per test: the first
 * {@code headChars} and the last {@code tailChars} characters, with a marker line saying how many were left out.
 * Tests that passed at the first attempt or were skipped keep less of their output: {@code passedChars} in all,
 * half head and half tail, as Jenkins' own JUnit plugin does unless told to keep long output; their output is
 * rarely read, and it would otherwise fill memory and run records with the logs of thousands of passing tests.
 *
 * @param headChars   characters kept from the start, at least 0
 * @param tailChars   characters kept from the end, at least 0
 * @param passedChars characters of standard output and error kept for a passed or skipped test, at least 0
 */
public record OutputLimits(int headChars, int tailChars, int passedChars) {

    /** 8 KiB characters of head and 8 KiB of tail; 1 KiB for the output of passed and skipped tests. */
    public static final OutputLimits DEFAULT = new OutputLimits(8 * 1024, 8 * 1024, 1024);

    public OutputLimits {
        if (headChars < 0 || tailChars < 0 || passedChars < 0) {
            throw new IllegalArgumentException("output limits must not be negative: head " + headChars
                    + ", tail " + tailChars + ", passed " + passedChars);
        }
    }

    /** The same limits for every test, whatever its outcome. */
    public OutputLimits(int headChars, int tailChars) {
        this(headChars, tailChars, headChars + tailChars);
    }

    /** The marker put between head and tail when {@code omitted} characters were left out. */
    public static String marker(long omitted) {
        return "\n[... " + omitted + " characters omitted ...]\n";
    }

    /** The limits that apply to the output of passed and skipped tests. */
    OutputLimits forPassed() {
        int head = Math.min(headChars, passedChars / 2);
        int tail = Math.min(tailChars, passedChars - head);
        return new OutputLimits(head, tail, passedChars);
    }

    /** The text cut to these limits, never splitting a surrogate pair. */
    public String truncate(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= (long) headChars + tailChars) {
            return text;
        }
        int head = headChars;
        if (head > 0 && Character.isHighSurrogate(text.charAt(head - 1))) {
            head--;
        }
        int tailStart = text.length() - tailChars;
        if (tailChars > 0 && Character.isLowSurrogate(text.charAt(tailStart))) {
            tailStart++;
        }
        return text.substring(0, head) + marker(tailStart - head) + text.substring(tailStart);
    }
}
