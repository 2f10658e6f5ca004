package io.jenkins.plugins.systemtest.engine.junit;

/**
 * A text of any length kept as its head and its tail only, fed piece by piece: memory stays within the
 * {@link OutputLimits} however much is appended. The tail is a ring buffer, allocated once the head is full.
 */
final class TruncatingText {

    private final int headMax;
    private final int tailMax;
    private final StringBuilder head = new StringBuilder();
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
        int room = headMax - head.length();
        if (room > 0) {
            int n = Math.min(room, len);
            head.append(buf, off, n);
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

    /** How many characters were appended in all. */
    long length() {
        return total;
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** The head only: the first characters appended, up to the head limit. */
    CharSequence head() {
        return head;
    }

    /** Head, omission marker (when something was left out) and tail. */
    @Override
    public String toString() {
        long omitted = total - head.length() - tailLen;
        StringBuilder b = new StringBuilder(head.length() + tailLen + (omitted > 0 ? 48 : 0));
        b.append(head);
        int tailStart = tailLen < tailMax ? 0 : tailPos;
        if (omitted > 0) {
            // Never leave half of a surrogate pair on either side of the cut.
            if (b.length() > 0 && Character.isHighSurrogate(b.charAt(b.length() - 1))) {
                b.setLength(b.length() - 1);
                omitted++;
            }
            int skip = tailLen > 0 && Character.isLowSurrogate(tail[tailStart]) ? 1 : 0;
            b.append(OutputLimits.marker(omitted + skip));
            appendTail(b, tailStart, skip);
        } else {
            appendTail(b, tailStart, 0);
        }
        return b.toString();
    }

    private void appendTail(StringBuilder b, int start, int skip) {
        for (int i = skip; i < tailLen; i++) {
            b.append(tail[(start + i) % tailMax]);
        }
    }
}
