package io.jenkins.plugins.systemtest.engine.junit;

/**
 * How much of each long text (standard output, standard error, stack trace, message) is kept per test: the first
 * {@code headChars} and the last {@code tailChars} characters, with a marker line saying how many were left out.
 *
 * @param headChars characters kept from the start, at least 0
 * @param tailChars characters kept from the end, at least 0
 */
public record OutputLimits(int headChars, int tailChars) {

    /** 8 KiB characters of head and 8 KiB of tail. */
    public static final OutputLimits DEFAULT = new OutputLimits(8 * 1024, 8 * 1024);

    public OutputLimits {
        if (headChars < 0 || tailChars < 0) {
            throw new IllegalArgumentException("output limits must not be negative: head " + headChars
                    + ", tail " + tailChars);
        }
    }

    /** The marker put between head and tail when {@code omitted} characters were left out. */
    public static String marker(long omitted) {
        return "\n[... " + omitted + " characters omitted ...]\n";
    }

    /** The text cut to these limits. */
    public String truncate(String text) {
        if (text == null || text.length() <= (long) headChars + tailChars) {
            return text == null ? "" : text;
        }
        TruncatingText t = new TruncatingText(this);
        t.append(text);
        return t.toString();
    }
}
