package io.jenkins.plugins.systemtest.engine.preflight;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A TCP server on 127.0.0.1 that treats each connection with a handler, for probe tests. Closing it closes all. */
final class LoopbackServer implements AutoCloseable {

    /** What the server does with one accepted connection; it keeps the socket open unless it closes it. */
    @FunctionalInterface
    interface Handler {
        void handle(Socket socket) throws Exception;
    }

    /** Accepts and never says anything. */
    static final Handler SILENT = socket -> {
    };

    /** Reads a byte of the request, then resets the connection (RST instead of FIN). */
    static final Handler RESET = socket -> {
        socket.getInputStream().read();
        socket.setSoLinger(true, 0);
        socket.close();
    };

    private final ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final Semaphore accepts = new Semaphore(0);
    private final Thread acceptor;

    private LoopbackServer(ServerSocket server, Handler handler) {
        this.server = server;
        this.acceptor = new Thread(() -> acceptLoop(handler), "loopback-server-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Listens on a free port. */
    static LoopbackServer start(Handler handler) throws IOException {
        return start(0, handler);
    }

    /** Listens on the given port (0 for a free one). */
    static LoopbackServer start(int port, Handler handler) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        return new LoopbackServer(server, handler);
    }

    /** A port nothing listens on (free a moment ago). */
    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    /** Waits {@code millis}, then writes {@code answer}. */
    static Handler answerAfter(long millis, String answer) {
        return socket -> {
            Thread.sleep(millis);
            socket.getOutputStream().write(answer.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        };
    }

    /** Reads exactly {@code n} bytes of the request. */
    static byte[] read(Socket socket, int n) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new IOException("the client sent " + bytes.length + " bytes, expected " + n);
        }
        return bytes;
    }

    /** Reads one line of the request, without its line end. */
    static String readLine(Socket socket) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = socket.getInputStream().read(); b >= 0 && b != '\n'; b = socket.getInputStream().read()) {
            line.append((char) b);
        }
        return line.toString().strip();
    }

    int port() {
        return server.getLocalPort();
    }

    /** {@code scheme://127.0.0.1:port}. */
    String uri(String scheme) {
        return scheme + "://127.0.0.1:" + port();
    }

    /** Whether a connection is accepted within 5 s (the client may be done before the server has accepted). */
    boolean awaitConnection() throws InterruptedException {
        return accepts.tryAcquire(5, TimeUnit.SECONDS);
    }

    private void acceptLoop(Handler handler) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.add(socket);
                accepts.release();
                Thread worker = new Thread(() -> {
                    try {
                        handler.handle(socket);
                    } catch (Exception e) {
                        closeQuietly(socket);
                    }
                }, "loopback-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws Exception {
        server.close();
        accepted.forEach(LoopbackServer::closeQuietly);
        acceptor.join(5000);
    }
}
