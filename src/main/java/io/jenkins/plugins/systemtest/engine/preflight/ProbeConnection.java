package io.jenkins.plugins.systemtest.engine.preflight;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A socket to a target, TLS when the target asks for it, whose reads all end by one answer deadline: connecting
 * may take up to the timeout, and the answer up to the timeout again.
 */
final class ProbeConnection implements Closeable {

    private final Socket socket;
    private final long answerDeadline;

    private ProbeConnection(Socket socket, long answerDeadline) {
        this.socket = socket;
        this.answerDeadline = answerDeadline;
    }

    /** Connects (and shakes hands, for TLS targets). */
    static ProbeConnection open(ServiceTarget target, Duration timeout) throws IOException {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        InetSocketAddress address = new InetSocketAddress(target.host(), target.port());
        Socket plain = new Socket();
        try {
            plain.setTcpNoDelay(true);
            plain.connect(address, millis);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            ProbeConnection connection = new ProbeConnection(target.tls() ? secure(plain, target) : plain, deadline);
            if (target.tls()) {
                connection.limitNextRead();
                try {
                    ((SSLSocket) connection.socket).startHandshake();
                } catch (SocketTimeoutException e) {
                    throw handshakeTimeout(timeout, e);
                }
            }
            return connection;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /**
     * What a timeout during the TLS handshake means: something accepted the connection but did not answer the
     * handshake, most often a plain-text service that waits for its own protocol.
     */
    static SSLException handshakeTimeout(Duration timeout, SocketTimeoutException e) {
        return new SSLException("no answer to the TLS handshake within " + ProbeHints.format(timeout), e);
    }

    /** A TLS socket over the connection that checks the certificate names the host (SNI is set by the factory). */
    private static Socket secure(Socket plain, ServiceTarget target) throws IOException {
        SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, target.host(), target.port(), true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        ssl.setSSLParameters(parameters);
        return ssl;
    }

    void write(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** The next byte, or EOFException when the service closed the connection first. */
    int readByte() throws IOException {
        limitNextRead();
        int b = socket.getInputStream().read();
        if (b < 0) {
            throw new EOFException("the service closed the connection before answering");
        }
        return b;
    }

    /** Exactly {@code n} bytes. */
    byte[] readBytes(int n) throws IOException {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) readByte();
        }
        return bytes;
    }

    /** A line ending in CR LF or LF, without it; at most {@code max} bytes, then what came so far. */
    String readLine(int max) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (line.size() < max) {
            int b = readByte();
            if (b == '\n') {
                break;
            }
            line.write(b);
        }
        String s = line.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private void limitNextRead() throws IOException {
        long left = TimeUnit.NANOSECONDS.toMillis(answerDeadline - System.nanoTime());
        if (left <= 0) {
            throw new SocketTimeoutException("Read timed out");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
