package io.jenkins.plugins.systemtest.engine.junit;

/**
 * Where one text of a test or suite ends up (a stack trace, a standard output). While its element is read the text
 * goes into the document's one reused {@link TruncatingText}; when the element closes it is frozen, trimmed, into a
 * String, so that reading a file allocates little more than the texts it keeps. A text that outgrew the head keeps
 * its own buffer instead, so that its omission count stays right if more is appended later.
 */
final class TextSlot {

    /** Whether leading white space other than line breaks is kept (the indentation of a log's first line). */
    private final boolean keepIndent;
    private String value = "";
    /** The white space trimmed off the end of {@link #value}, put back if more is appended. */
    private String trailing = "";
    private TruncatingText own;
    private String prefix = "";

    TextSlot(boolean keepIndent) {
        this.keepIndent = keepIndent;
    }

    /** Text to put before the next content, such as a header between two failures. */
    void prefix(String text) {
        prefix = text;
    }

    /** The buffer to append this slot's content to, given the document's scratch buffer. */
    TruncatingText open(TruncatingText scratch) {
        TruncatingText t = own;
        if (t == null) {
            t = scratch;
            t.reset();
            if (!value.isEmpty()) {
                t.append(value);
                t.append(trailing);
            }
        }
        if (!prefix.isEmpty()) {
            t.append(prefix);
            prefix = "";
        }
        return t;
    }

    /**
     * Freezes what was appended to {@code used}. Returns true when the slot kept {@code used} for itself, so that the
     * caller needs a new scratch buffer.
     */
    boolean close(TruncatingText used) {
        if (used == own) {
            return false;
        }
        if (used.isTruncated()) {
            own = used;
            value = "";
            trailing = "";
            return true;
        }
        int end = used.trimmedEnd();
        value = used.headString(used.trimmedStart(keepIndent, end), end);
        trailing = used.headString(Math.max(end, used.trimmedStart(keepIndent, end)), (int) used.length());
        return false;
    }

    boolean isEmpty() {
        return own == null ? value.isEmpty() && prefix.isEmpty() : own.isEmpty();
    }

    /** The head of the text, for picking a message from it. */
    CharSequence head() {
        return own == null ? value : own.head();
    }

    /** The final text, without leading and trailing white space (only leading line breaks when keeping indent). */
    String text() {
        return own == null ? value : own.trimmed(keepIndent);
    }

    /** {@link #text()} cut further to smaller limits (those for a passed test's output). */
    String text(OutputLimits smaller) {
        if (own != null) {
            return TruncatingText.trim(own.render(smaller.headChars(), smaller.tailChars()), keepIndent);
        }
        return smaller.truncate(value);
    }
}
