package io.jenkins.plugins.systemtest.engine.junit;

import java.util.Arrays;

/**
 * A text of any length kept as its head and its tail only, fed piece by piece: memory stays within the
 * {@link OutputLimits} however much is appended. The head grows as needed up to its limit; the tail is a ring
 * buffer, allocated once the head is full.
 */
final class TruncatingText {

    private static final char[] NONE = new char[0];

    private final int headMax;
    private final int tailMax;
    private char[] head = NONE;
    private int headLen;
    private char[] tail;
    /** Where the next tail character goes. */
    private int tailPos;
    /** How many tail characters are held (up to tailMax). */
    private int tailLen;
    private long total;

    TruncatingText(OutputLimits limits) {
        this.headMax = limits.headChars();
        this.tailMax = limits.tailChars();
    }

    void append(String s) {
        char[] chars = s.toCharArray();
        append(chars, 0, chars.length);
    }

    void append(char[] buf, int off, int len) {
        if (len <= 0) {
            return;
        }
        total += len;
        int room = headMax - headLen;
        if (room > 0) {
            int n = Math.min(room, len);
            if (headLen + n > head.length) {
                head = Arrays.copyOf(head, Math.min(headMax, Math.max(headLen + n, Math.max(256, head.length * 2))));
            }
            System.arraycopy(buf, off, head, headLen, n);
            headLen += n;
            off += n;
            len -= n;
            if (len == 0) {
                return;
            }
        }
        if (tailMax == 0) {
            return;
        }
        if (tail == null) {
            tail = new char[tailMax];
        }
        if (len >= tailMax) {
            System.arraycopy(buf, off + len - tailMax, tail, 0, tailMax);
            tailPos = 0;
            tailLen = tailMax;
            return;
        }
        int first = Math.min(len, tailMax - tailPos);
        System.arraycopy(buf, off, tail, tailPos, first);
        if (first < len) {
            System.arraycopy(buf, off + first, tail, 0, len - first);
        }
        tailPos = (tailPos + len) % tailMax;
        tailLen = Math.min(tailMax, tailLen + len);
    }

    /** Empties the buffer for reuse, keeping its arrays. */
    void reset() {
        headLen = 0;
        tailPos = 0;
        tailLen = 0;
        total = 0;
    }

    /** Whether more was appended than the head holds. */
    boolean isTruncated() {
        return tailLen > 0 || total > headLen;
    }

    /** How many characters were appended in all. */
    long length() {
        return total;
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** The head only: the first characters appended, up to the head limit. */
    CharSequence head() {
        return java.nio.CharBuffer.wrap(head, 0, headLen);
    }

    /** Head, omission marker (when something was left out) and tail. */
    @Override
    public String toString() {
        return render(headLen, tailLen);
    }

    /**
     * The first {@code maxHead} and last {@code maxTail} characters held, with a marker counting everything else
     * appended in between; never splits a surrogate pair.
     */
    String render(int maxHead, int maxTail) {
        int h = Math.min(maxHead, headLen);
        int t = Math.min(maxTail, tailLen);
        long omitted = total - h - t;
        if (omitted == 0 && t == 0) {
            return new String(head, 0, h);
        }
        int tailStart = (tailLen < tailMax ? 0 : tailPos) + tailLen - t;
        if (omitted > 0) {
            if (h > 0 && Character.isHighSurrogate(head[h - 1])) {
                h--;
                omitted++;
            }
            if (t > 0 && Character.isLowSurrogate(tail[tailStart % tailMax])) {
                t--;
                tailStart++;
                omitted++;
            }
        }
        StringBuilder b = new StringBuilder(h + t + 48);
        b.append(head, 0, h);
        if (omitted > 0) {
            b.append(OutputLimits.marker(omitted));
        }
        for (int i = 0; i < t; i++) {
            b.append(tail[(tailStart + i) % tailMax]);
        }
        return b.toString();
    }

    /**
     * The text without trailing white space and without leading white space, or only leading line breaks when
     * {@code keepIndent} (so that the first line of a log keeps its indentation).
     */
    String trimmed(boolean keepIndent) {
        if (isTruncated()) {
            return trim(toString(), keepIndent);
        }
        int end = trimmedEnd();
        return headString(trimmedStart(keepIndent, end), end);
    }

    /** Where the head ends once trailing white space is left out; only for a text that is not truncated. */
    int trimmedEnd() {
        int end = headLen;
        while (end > 0 && Character.isWhitespace(head[end - 1])) {
            end--;
        }
        return end;
    }

    /** Where the head starts once leading white space (or only line breaks) is left out, up to {@code end}. */
    int trimmedStart(boolean keepIndent, int end) {
        int start = 0;
        while (start < end && leading(head[start], keepIndent)) {
            start++;
        }
        return start;
    }

    /** The head characters from {@code start} to {@code end}, as a String. */
    String headString(int start, int end) {
        return start >= end ? "" : new String(head, start, end - start);
    }

    /** Like {@link #trimmed(boolean)} for a String: the same instance when there is nothing to remove. */
    static String trim(String s, boolean keepIndent) {
        int start = 0;
        int end = s.length();
        while (start < end && leading(s.charAt(start), keepIndent)) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean leading(char c, boolean keepIndent) {
        return keepIndent ? c == '\n' || c == '\r' : Character.isWhitespace(c);
    }
}
