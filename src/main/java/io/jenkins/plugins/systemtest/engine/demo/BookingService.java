package io.jenkins.plugins.systemtest.engine.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The product the demo suite tests: a tiny booking API on loopback, with the quirks real services have. Its slot
 * cache is cold on the first request (the answer is empty once, as a service still warming up answers), and it
 * refuses to book a slot twice.
 */
final class BookingService implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> bookings = new ConcurrentHashMap<>();
    private final AtomicInteger slotRequests = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger(1000);

    BookingService(String teamId) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", x -> reply(x, 200, "{\"status\":\"ok\"}"));
        server.createContext("/teams/" + teamId + "/slots", x -> reply(x, 200,
                slotRequests.getAndIncrement() == 0 ? "[]" : "[\"09:00\",\"09:30\",\"10:00\"]"));
        server.createContext("/bookings", this::book);
        server.start();
    }

    private void book(HttpExchange x) throws IOException {
        String slot = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).strip();
        String id = String.valueOf(ids.incrementAndGet());
        if (bookings.putIfAbsent(slot, id) != null) {
            reply(x, 409, "{\"error\":\"slot " + slot + " is already booked\"}");
        } else {
            reply(x, 201, "{\"id\":" + id + "}");
        }
    }

    /** Books a slot ahead of the suite, as another tenant's user would. */
    void preBook(String slot) {
        bookings.put(slot, "1");
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void reply(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
