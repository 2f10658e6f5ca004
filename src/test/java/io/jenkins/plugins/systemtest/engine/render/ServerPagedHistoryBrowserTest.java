package io.jenkins.plugins.systemtest.engine.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.systemtest.engine.history.HistoryQuery;
import io.jenkins.plugins.systemtest.engine.history.HistoryRequestParser;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * history.js in its Jenkins mode, in a real headless Chromium: the data comes from the mount's {@code data-history}
 * attribute (escaped the way the Jelly page escapes attributes) and holds one page chosen by the server; filters
 * and pages reload the page with a new query string. The page runs under a policy as strict as Jenkins'. Skipped
 * when Chromium is not installed.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ServerPagedHistoryBrowserTest extends BrowserTestSupport {

    private static final String ROWS = "#system-test-history-view table.st-runs-table tbody tr";
    private static final String READY =
            "document.getElementById('system-test-history-view').getAttribute('data-state') === 'ready'";
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'";

    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();




    @Test
    void shouldDrawTheServersPageAndLinkToTheNeighbouringPages() throws IOException {
        String query = "?suite=e2e&page=2&test=com.acme.T.t1";
        Path page = page("paged", history(240, "Acme"), query);

        chromium.navigate(page.toUri() + query);

        assertThat(chromium.waitFor(READY)).isTrue();
        assertQuiet();
        assertThat(count(ROWS)).isEqualTo(50);
        assertThat(text(".st-showing")).isEqualTo("Showing 51\u2013100 of 240 runs");
        assertThat(text(".st-page-number")).isEqualTo("Page 2 of 5");
        assertThat(chromium.evaluate("[...document.querySelectorAll('.st-pager a')].map(a => a.getAttribute('href'))"))
                .extracting(JsonNode::asText)
                .containsExactly("?suite=e2e&test=com.acme.T.t1", "?suite=e2e&page=3&test=com.acme.T.t1");
        assertThat(text(ROWS + " td:nth-child(1) a")).isEqualTo("#190");
        assertThat(chromium.evaluate("document.querySelector('" + ROWS + " a').getAttribute('href')").asText())
                .isEqualTo("../190/system-tests/#run-190-acme-e2e");
        assertThat(chromium.evaluate("[...document.querySelectorAll('select[name=tenant] option')]"
                + ".map(o => o.value)")).extracting(JsonNode::asText).containsExactly("", "acme", "globex");
        assertThat(count(".st-cells .st-cell")).isEqualTo(100);
        assertThat(chromium.evaluate("document.querySelector('.st-flaky-table a').getAttribute('href')").asText())
                .startsWith("?suite=e2e&test=com.acme.T.");
    }

    @Test
    void shouldLoadThePageAgainWithTheNewFilterWhenOneIsChosen() throws IOException {
        String query = "?page=3";
        Path page = page("filter", history(240, "Acme"), query);
        chromium.navigate(page.toUri() + query);
        assertThat(chromium.waitFor(READY)).isTrue();
        chromium.clearEvents();

        chromium.evaluate("(() => { const s = document.querySelector('select[name=verdict]'); s.value = 'FAILED';"
                + " s.dispatchEvent(new Event('change')); })()");

        assertThat(afterNavigation("location.search", "?verdict=FAILED")).isEqualTo("?verdict=FAILED");
        assertThat(afterNavigation(READY, "true")).isEqualTo("true");
        assertThat(chromium.events("Page.loadEventFired")).as("the page was loaded again, not redrawn").isNotEmpty();
        assertQuiet();
    }

    @Test
    void shouldRunNoPayloadFromTheDataAttribute() throws IOException {
        for (XssPayloads.Payload p : XssPayloads.ALL) {
            String query = "?test=" + java.net.URLEncoder.encode(p.raw(), StandardCharsets.UTF_8);
            Path page = page("xss-" + XssPayloads.ALL.indexOf(p), history(60, p.raw()), query);

            chromium.navigate(page.toUri() + query);

            assertThat(chromium.waitFor(READY)).as("drawn with %s", p).isTrue();
            assertQuiet();
            assertThat(chromium.evaluate("document.querySelectorAll('img,iframe,object,embed,style,base').length"
                    + " + [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => /^on/i"
                    + ".test(a.name) || a.name === 'style')).length").asInt()).as("hostile elements for %s", p)
                    .isZero();
            assertThat(count(ROWS)).isEqualTo(50);
            if (!p.clipped()) {
                assertThat(chromium.evaluate("[...document.querySelectorAll('" + ROWS + " td:nth-child(2)')]"
                        + ".map(td => td.textContent)")).extracting(JsonNode::asText).contains(p.raw()
                        .replaceAll("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]", "\uFFFD")
                        .replaceAll("\\u202E", "[U+202E]"));
            }
        }
    }

    /** Runs of two tenants; the first tenant's display name is {@code acmeName}. */
    private static HistoryQuery history(int runs, String acmeName) {
        List<RunSummary> summaries = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            boolean acme = i % 2 == 0;
            RunVerdict verdict = i % 6 == 0 ? RunVerdict.FAILED : RunVerdict.PASSED;
            Map<String, TestOutcome> notPassed = verdict == RunVerdict.FAILED ? Map.of("com.acme.T.t1",
                    TestOutcome.FAILED) : i % 4 == 1 ? Map.of("com.acme.T.t1", TestOutcome.FLAKY) : Map.of();
            summaries.add(new RunSummary(i + (acme ? "-acme-e2e" : "-globex-e2e"), i, acme ? "acme" : "globex",
                    acme ? acmeName : "Globex", "e2e", verdict, new RunCounts(10, 10 - notPassed.size(),
                    verdict == RunVerdict.FAILED ? 1 : 0, 0, 0, notPassed.containsValue(TestOutcome.FLAKY) ? 1 : 0),
                    XssPayloads.T0 + i * 60_000L, 30_000, "timer", "", notPassed));
        }
        return new HistoryQuery(summaries);
    }

    /** A page shaped like the Jelly page: stylesheet, script and the mount with the data in an attribute. */
    private Path page(String name, HistoryQuery query, String queryString) throws IOException {
        HistoryPageModel model = new HistoryPageModelBuilder(Clock.fixed(Instant.ofEpochMilli(XssPayloads.T0),
                ZoneOffset.UTC)).build(query, new HistoryRequestParser().parseQuery(queryString), "shop system tests",
                r -> "../" + r.build() + "/system-tests/#" + RunSummaryHtmlRenderer.anchor(r.id()));
        Path folder = Files.createDirectories(dir.resolve(name));
        StaticAssets.copyHistoryScript(folder);
        StaticAssets.copyStylesheet(folder);
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">"
                + "<link rel=\"stylesheet\" href=\"system-tests.css\"><script src=\"history.js\"></script></head>"
                + "<body><div id=\"system-test-history-view\" class=\"st-history-view\" data-history=\""
                + Html.attribute(new HistoryPageJson().toJson(model)) + "\"></div></body></html>\n";
        return Files.writeString(folder.resolve("index.html"), html);
    }

    /**
     * Evaluates the expression until it gives {@code expected} (as text), for at most 20 seconds, across a
     * navigation the page started; returns the last answer.
     */
    private String afterNavigation(String expression, String expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String answer = "";
        while (System.nanoTime() < deadline) {
            try {
                answer = chromium.evaluate(expression).asText();
                if (answer.equals(expected)) {
                    return answer;
                }
            } catch (IOException e) {
                // The old page is going away or the new one is not parsed yet; ask again.
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
        }
        return answer;
    }

    private void assertQuiet() {
        assertThat(chromium.events("Page.javascriptDialogOpening")).as("dialogs").isEmpty();
        assertThat(chromium.events("Runtime.consoleAPICalled")).as("console calls").isEmpty();
        assertThat(chromium.events("Runtime.exceptionThrown")).as("script errors").isEmpty();
        assertThat(chromium.events("Log.entryAdded")).as("browser log entries (CSP violations among them)")
                .filteredOn(e -> !e.at("/params/entry/level").asText().equals("verbose")).isEmpty();
    }

    private int count(String selector) throws IOException {
        return chromium.evaluate("document.querySelectorAll(" + mapper.writeValueAsString(selector) + ").length")
                .asInt();
    }

    private String text(String selector) throws IOException {
        return chromium.evaluate("document.querySelector(" + mapper.writeValueAsString(selector) + ").textContent")
                .asText();
    }
}
