package io.jenkins.plugins.systemtest.engine.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Reads the complete lines of a JSON-lines file: a line counts only once its line feed is written, so a write in
 * progress or one cut short by a crash (the torn tail) is never handed on.
 */
final class IndexLines {

    /** Receives one complete line, without its line feed. */
    @FunctionalInterface
    interface Handler {
        void line(byte[] buf, int offset, int length, int lineNumber) throws IOException;
    }

    /**
     * How far a scan went.
     *
     * @param end       the position just after the last complete line
     * @param lines     how many complete lines were read
     * @param tornBytes how many bytes follow the last complete line (0 when the file ends with a line feed)
     */
    record Scan(long end, int lines, long tornBytes) {
    }

    private static final int CHUNK = 1 << 20;

    private IndexLines() {
    }

    /**
     * Hands every complete line from {@code from} to the end of the file to {@code handler}.
     *
     * @param from      a position just after a line feed, or 0
     * @param firstLine the number of the first line read (1-based)
     */
    static Scan scan(FileChannel ch, long from, int firstLine, Handler handler) throws IOException {
        byte[] buf = new byte[CHUNK];
        int len = 0;
        int scanned = 0;
        long base = from;
        int line = firstLine;
        while (true) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = ch.read(ByteBuffer.wrap(buf, len, buf.length - len), base + len);
            if (n < 0) {
                break;
            }
            len += n;
            int start = 0;
            for (int i = scanned; i < len; i++) {
                if (buf[i] == '\n') {
                    if (!isBlank(buf, start, i)) {
                        handler.line(buf, start, i - start, line);
                    }
                    line++;
                    start = i + 1;
                }
            }
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, len - start);
                base += start;
                len -= start;
            }
            scanned = len;
        }
        return new Scan(base, line - firstLine, len);
    }

    /** The position just after the last line feed before {@code size}, or 0 when there is none. */
    static long lastLineEnd(FileChannel ch, long size) throws IOException {
        byte[] buf = new byte[8192];
        long end = size;
        while (end > 0) {
            int n = (int) Math.min(buf.length, end);
            long start = end - n;
            ByteBuffer bb = ByteBuffer.wrap(buf, 0, n);
            while (bb.hasRemaining()) {
                if (ch.read(bb, start + bb.position()) < 0) {
                    throw new IOException("the file shrank while being read");
                }
            }
            for (int i = n - 1; i >= 0; i--) {
                if (buf[i] == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }

    /** Up to {@code max} bytes just before {@code end}, to recognise the same file again. */
    static byte[] before(FileChannel ch, long end, int max) throws IOException {
        int n = (int) Math.min(max, end);
        ByteBuffer bb = ByteBuffer.allocate(n);
        while (bb.hasRemaining()) {
            if (ch.read(bb, end - n + bb.position()) < 0) {
                return new byte[0];
            }
        }
        return bb.array();
    }

    private static boolean isBlank(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
