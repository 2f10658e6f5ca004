package io.jenkins.plugins.systemtest.engine.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium driven over its DevTools protocol, on a WebSocket to a loopback port, with Java's own
 * client. It records every event of the page it opened: dialogs (answered at once so that the page goes on),
 * console calls, uncaught exceptions and log entries such as Content-Security-Policy violations.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ObjectMapper mapper = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final StringBuffer stderr = new StringBuffer();
    private final Process process;
    private final WebSocket socket;
    private String sessionId;

    private HeadlessChromium(Path profile, boolean loopback) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--mute-audio",
                "--host-resolver-rules=MAP * ~NOTFOUND" + (loopback ? ", EXCLUDE 127.0.0.1" : ""), "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--window-size=1280,900", "--user-data-dir=" + profile,
                "about:blank"));
        process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> readStderr(endpoint), "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        String url;
        try {
            url = endpoint.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("Chromium did not open its DevTools port; its output:\n" + stderr, e);
        }
        URI uri = URI.create(url);
        if (!uri.getHost().equals("127.0.0.1") && !uri.getHost().equals("localhost")) {
            process.destroyForcibly();
            throw new IOException("DevTools endpoint is not on loopback: " + url);
        }
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT)
                    .buildAsync(uri, new Listener()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("cannot connect to Chromium's DevTools at " + url, e);
        }
    }

    /** Starts Chromium with a fresh profile in {@code profile} and opens one blank page to drive. */
    static HeadlessChromium start(Path profile) throws IOException, InterruptedException {
        return start(profile, false);
    }

    /**
     * Starts Chromium; with {@code loopback} it may also open http://127.0.0.1 (a local Jenkins), every other host
     * still failing to resolve.
     */
    static HeadlessChromium start(Path profile, boolean loopback) throws IOException, InterruptedException {
        HeadlessChromium chromium = new HeadlessChromium(profile, loopback);
        try {
            String target = chromium.call(null, "Target.createTarget", Map.of("url", "about:blank"))
                    .get("targetId").asText();
            chromium.sessionId = chromium.call(null, "Target.attachToTarget",
                    Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
            chromium.page("Page.enable", Map.of());
            chromium.page("Runtime.enable", Map.of());
            chromium.page("Log.enable", Map.of());
            chromium.page("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 900,
                    "deviceScaleFactor", 1, "mobile", false));
            return chromium;
        } catch (IOException | RuntimeException e) {
            chromium.close();
            throw e;
        }
    }

    /** Forgets the events seen so far. */
    void clearEvents() {
        events.clear();
    }

    /** Opens the URL and waits for its load event. */
    void navigate(String url) throws IOException {
        clearEvents();
        JsonNode result = page("Page.navigate", Map.of("url", url));
        if (result.hasNonNull("errorText")) {
            throw new IOException("navigation to " + url + " failed: " + result.get("errorText").asText());
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (events("Page.loadEventFired").isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IOException("no load event for " + url);
            }
            sleep();
        }
    }

    /** Evaluates an expression in the page and returns its value (JSON-compatible values only). */
    JsonNode evaluate(String expression) throws IOException {
        JsonNode result = page("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("evaluation failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Evaluates the expression until it is true, for at most 20 seconds; returns whether it became true. */
    boolean waitFor(String expression) throws IOException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (evaluate(expression).asBoolean(false)) {
                return true;
            }
            sleep();
        }
        return false;
    }

    /** Makes the page see {@code prefers-color-scheme: dark} or {@code light}. */
    void colorScheme(String scheme) throws IOException {
        page("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** A PNG of the viewport. */
    byte[] screenshot() throws IOException {
        return Base64.getDecoder().decode(page("Page.captureScreenshot", Map.of("format", "png")).get("data")
                .asText());
    }

    /** A PNG of the whole page, as tall as its content. */
    byte[] fullPageScreenshot() throws IOException {
        return Base64.getDecoder().decode(page("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true)).get("data").asText());
    }

    /** The page events with this method, in the order they came. */
    List<JsonNode> events(String method) {
        return events.stream().filter(e -> method.equals(e.path("method").asText())).toList();
    }

    /** Everything Chromium printed to standard error, for failure messages. */
    String output() {
        return stderr.toString();
    }

    private JsonNode page(String method, Map<String, Object> params) throws IOException {
        return call(sessionId, method, params);
    }

    private JsonNode call(String session, String method, Map<String, Object> params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode message = mapper.createObjectNode().put("id", id).put("method", method);
        message.set("params", mapper.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            synchronized (socket) {
                socket.sendText(mapper.writeValueAsString(message), true).join();
            }
            JsonNode answer = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IOException(method + " failed: " + answer.get("error"));
            }
            return answer.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(method + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + " got no answer; Chromium said:\n" + stderr, e);
        } finally {
            pending.remove(id);
        }
    }

    private void onMessage(String text) {
        JsonNode message;
        try {
            message = mapper.readTree(text);
        } catch (IOException e) {
            return;
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
            if (reply != null) {
                reply.complete(message);
            }
            return;
        }
        if (sessionId == null || !sessionId.equals(message.path("sessionId").asText())) {
            return;
        }
        events.add(message);
        if ("Page.javascriptDialogOpening".equals(message.path("method").asText())) {
            ObjectNode answer = mapper.createObjectNode().put("id", ids.incrementAndGet())
                    .put("method", "Page.handleJavaScriptDialog").put("sessionId", sessionId);
            answer.putObject("params").put("accept", true);
            synchronized (socket) {
                socket.sendText(answer.toString(), true);
            }
        }
    }

    private void readStderr(CompletableFuture<String> endpoint) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                stderr.append(line).append('\n');
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    endpoint.complete(m.group(1));
                }
            }
            endpoint.completeExceptionally(new IOException("Chromium ended"));
        } catch (IOException e) {
            endpoint.completeExceptionally(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            socket.abort();
        } catch (RuntimeException ignored) {
            // already closed
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                onMessage(text);
            }
            webSocket.request(1);
            return null;
        }
    }
}
