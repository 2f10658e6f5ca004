package io.jenkins.plugins.systemtest.engine.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's test suite: real tests of a small booking API, run as a child process with the tenant context in its
 * environment, writing Surefire-format JUnit XML and a small HTML report. The slot list is empty on the service's
 * first answer, so one test fails once and passes on its retry (flaky); when the tenant attribute {@code preBooked}
 * names a slot that another user took first, booking it fails and the tests that use the booking fail after it
 * (a cascade).
 *
 * <p>Usage: {@code DemoSuite RESULTS_DIR REPORT_DIR}
 */
public final class DemoSuite {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> env;
    private BookingService service;
    private Booking booking;

    record Booking(String id, String slot) {
    }

    private DemoSuite(Map<String, String> env) {
        this.env = env;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: DemoSuite RESULTS_DIR REPORT_DIR");
            System.exit(2);
        }
        new DemoSuite(System.getenv()).run(Path.of(args[0]), Path.of(args[1]));
    }

    private void run(Path resultsDir, Path reportDir) throws Exception {
        String tenant = env.getOrDefault("SYSTEM_TEST_TENANT", "unknown");
        String teamId = env.getOrDefault("SYSTEM_TEST_ATTR_TEAMID", "1");
        System.out.println("Demo suite for tenant " + tenant + " (team " + teamId + ")");
        try (BookingService s = new BookingService(teamId)) {
            service = s;
            String preBooked = env.get("SYSTEM_TEST_ATTR_PREBOOKED");
            if (preBooked != null && !preBooked.isBlank()) {
                s.preBook(preBooked);
            }
            MiniRunner api = new MiniRunner("BookingApiTest", "com.example.booking.BookingApiTest");
            api.test("healthEndpointAnswers", () -> expectStatus(get("/health"), 200));
            api.test("slotsAreListedForTheTeam", () -> {
                String body = get("/teams/" + teamId + "/slots").body();
                MiniRunner.check(!body.equals("[]"), "expected at least one free slot for team " + teamId
                        + " but got " + body);
            });
            MiniRunner flow = new MiniRunner("BookingFlowTest", "com.example.booking.BookingFlowTest");
            flow.test("createBooking", () -> {
                HttpResponse<String> r = post("/bookings", "09:00");
                expectStatus(r, 201);
                booking = new Booking(r.body().replaceAll("\\D", ""), "09:00");
            });
            flow.test("confirmBooking", () -> MiniRunner.check(!currentBooking().id().isEmpty(), "no id"));
            flow.test("cancelBooking", () -> MiniRunner.check(currentBooking().slot().equals("09:00"), "wrong slot"));
            flow.skip("refundBooking", "payments sandbox is not configured for tenant " + tenant);
            flow.test("otherSlotsStayBookable", () -> expectStatus(post("/bookings", "10:00"), 201));
            MiniRunner context = new MiniRunner("TenantContextTest", "com.example.booking.TenantContextTest");
            context.test("tenantAttributesArePassed", () -> MiniRunner.check(!teamId.isBlank(), "no team id"));
            context.test("contextFileNamesTheTenant", () -> {
                String file = env.get("SYSTEM_TEST_CONTEXT");
                MiniRunner.check(file != null, "SYSTEM_TEST_CONTEXT is not set");
                String json = Files.readString(Path.of(file), StandardCharsets.UTF_8);
                MiniRunner.check(json.contains("\"tenant\" : \"" + tenant + "\""), "context file does not name "
                        + tenant + ": " + json);
            });
            List<MiniRunner> suites = new ArrayList<>(List.of(api, flow, context));
            Files.createDirectories(resultsDir);
            for (MiniRunner suite : suites) {
                suite.writeSurefireXml(resultsDir.resolve("TEST-" + suite.className() + ".xml"));
            }
            new DemoReportWriter().write(reportDir, tenant, suites);
            int problems = suites.stream().mapToInt(MiniRunner::problems).sum();
            System.out.println("Demo suite done: " + problems + " failed or errored");
            System.exit(problems == 0 ? 0 : 1);
        }
    }

    private Booking currentBooking() {
        // Like a test that relies on state an earlier test should have left: fails with an NPE when it did not.
        Booking b = booking;
        if (b == null) {
            NullPointerException e = new NullPointerException("Cannot invoke \"Booking.id()\" because"
                    + " \"this.booking\" is null");
            // The demo's tests are lambdas of this class; in a real suite the top frame is the test class's own.
            e.setStackTrace(new StackTraceElement[] {new StackTraceElement("com.example.booking.BookingFlowTest",
                    "currentBooking", "BookingFlowTest.java", 99)});
            throw e;
        }
        return b;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expectStatus(HttpResponse<String> r, int status) {
        MiniRunner.check(r.statusCode() == status, "expected HTTP " + status + " from " + r.uri().getPath()
                + " but was " + r.statusCode() + ": " + r.body());
    }
}
