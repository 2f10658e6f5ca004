package io.jenkins.plugins.systemtest.engine.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the pages, filled with every payload, in a real headless Chromium and watches what happens: no dialog may
 * open, nothing may be logged, no script may fail and no Content-Security-Policy violation may be reported, while
 * history.js must still draw the history. Skipped when Chromium is not installed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BrowserXssTest extends BrowserTestSupport {

    private static final String HISTORY_ROWS = "#system-test-history-view table.st-runs-table tbody tr";
    private static final String READY =
            "document.getElementById('system-test-history-view').getAttribute('data-state') === 'ready'";
    private static final String HOSTILE_DOM = "(() => { const all = [...document.querySelectorAll('*')];"
            + " return all.filter(e => [...e.attributes].some(a => /^on/i.test(a.name) || a.name === 'style'"
            + " || a.name === 'srcdoc')).length"
            + " + document.querySelectorAll('img,iframe,object,embed,frame,form[action],base,style').length"
            + " + [...document.querySelectorAll('a[href]')].filter(a => !/^(file|https?):$/.test(a.protocol)).length;"
            + " })()";

    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();




    @Test
    void shouldRunNoPayloadOnTheSummaryPage() throws IOException {
        for (XssPayloads.Payload p : XssPayloads.ALL) {
            Path page = new RunSummaryPageWriter().write(XssPayloads.record(p.raw()),
                    dir.resolve("summary-" + XssPayloads.ALL.indexOf(p)));

            chromium.navigate(page.toUri().toString());

            assertQuiet(p);
            assertThat(chromium.evaluate(HOSTILE_DOM).asInt()).as("hostile elements for %s", p).isZero();
            assertThat(chromium.evaluate("document.scripts.length").asInt()).as("scripts for %s", p).isZero();
            assertThat(chromium.evaluate("getComputedStyle(document.querySelector('.st-section')).borderTopStyle")
                    .asText()).as("the stylesheet applies under the page's policy").isEqualTo("solid");
            if (!p.clipped()) {
                assertThat(chromium.evaluate("document.querySelector('.st-tenant').textContent").asText())
                        .isEqualTo(shown(p) + "|tenantName");
            }
        }
    }

    @Test
    void shouldRunNoPayloadOnTheHistoryPageWhileDrawingIt() throws IOException {
        for (XssPayloads.Payload p : XssPayloads.ALL) {
            Path page = new HistoryPageWriter().write(XssPayloads.history(p.raw(), 120),
                    dir.resolve("history-" + XssPayloads.ALL.indexOf(p)));

            chromium.navigate(page.toUri().toString());

            assertThat(chromium.waitFor(READY)).as("history.js finished drawing for %s", p).isTrue();
            assertQuiet(p);
            assertThat(chromium.evaluate(HOSTILE_DOM).asInt()).as("hostile elements for %s", p).isZero();
            assertThat(count(HISTORY_ROWS)).as("rows drawn for %s", p).isEqualTo(50);
            assertThat(count("#system-test-history-view svg")).as("one chart per tenant").isEqualTo(2);
            assertThat(count(".st-cells .st-cell")).as("one cell per run of the test").isEqualTo(120);
            assertThat(chromium.evaluate("[...document.scripts].map(s => s.type || s.getAttribute('src'))"))
                    .extracting(JsonNode::asText).containsExactly("history.js", "application/json");
            assertThat(count(".st-flaky-table tbody tr")).isEqualTo(1);
            assertThat(text(".st-page-number")).isEqualTo("Page 1 of 3");
            if (!p.clipped()) {
                assertThat(chromium.evaluate("[...document.querySelectorAll('" + HISTORY_ROWS + " td:nth-child(2)')]"
                        + ".map(td => td.textContent)")).extracting(JsonNode::asText)
                        .contains(shown(p) + "|tenantName", "Plain Tenant");
                assertThat(chromium.evaluate("[...document.querySelectorAll('select[name=suite] option')]"
                        + ".map(o => o.textContent)")).extracting(JsonNode::asText)
                        .containsExactlyInAnyOrder("All suites", "plain|suite", shown(p) + "|suite");
            }
        }
    }

    @Test
    void shouldNotLinkUnsafeSummaryHrefsEvenWhenTheDataCarriesThem() throws IOException {
        List<HistoryView.Row> rows = new ArrayList<>();
        String[] hrefs = {"javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "//evil.example/x",
            "vbscript:msgbox(1)", " javascript:alert(1)", "runs/5/summary.html"};
        for (int i = 0; i < hrefs.length; i++) {
            rows.add(new HistoryView.Row("r" + i, i + 1, "acme", "Acme", "e2e", RunVerdict.PASSED,
                    new RunCounts(1, 1, 0, 0, 0, 0), 100, SampleRuns.T0 + i, 10, "timer", "", hrefs[i]));
        }
        HistoryView view = new HistoryView(HistoryView.VERSION, "Links", SampleRuns.T0,
                new HistoryView.Filters(List.of(new HistoryView.Tenant("acme", "Acme")), List.of("e2e"),
                        List.of(RunVerdict.PASSED)), rows, List.of(), List.of(), List.of());
        Path page = new HistoryPageWriter().write(view, dir.resolve("links"));

        chromium.navigate(page.toUri().toString());

        assertThat(chromium.waitFor(READY)).isTrue();
        assertQuiet(null);
        assertThat(count(HISTORY_ROWS)).isEqualTo(hrefs.length);
        JsonNode links = chromium.evaluate("[...document.querySelectorAll('" + HISTORY_ROWS + " a')]"
                + ".map(a => a.getAttribute('href'))");
        assertThat(links).hasSize(1);
        assertThat(links.get(0).asText()).isEqualTo("runs/5/summary.html");
    }

    @Test
    void shouldFilterFromTheQueryStringAndKeepTheFiltersInTheUrl() throws IOException {
        Path page = new HistoryPageWriter().write(SampleRuns.history(30), dir.resolve("filters"));

        chromium.navigate(page.toUri() + "?tenant=globex&suite=e2e");
        assertThat(chromium.waitFor(READY)).isTrue();

        assertThat(count(HISTORY_ROWS)).isEqualTo(30);
        assertThat(text(".st-showing")).isEqualTo("Showing 1\u201330 of 30 runs");
        assertThat(count("#system-test-history-view svg")).isEqualTo(1);
        assertThat(chromium.evaluate("[...document.querySelectorAll('" + HISTORY_ROWS + " td:nth-child(2)')]"
                + ".every(td => td.textContent === 'Globex')").asBoolean()).isTrue();

        chromium.evaluate("(() => { const s = document.querySelector('select[name=verdict]'); s.value = 'FAILED';"
                + " s.dispatchEvent(new Event('change')); })()");

        int failed = (int) SampleRuns.history(30).runs().stream().filter(r -> r.tenant().equals("globex")
                && r.suite().equals("e2e") && r.verdict() == RunVerdict.FAILED).count();
        assertThat(failed).isPositive();
        assertThat(count(HISTORY_ROWS)).isEqualTo(failed);
        assertThat(chromium.evaluate("location.search").asText())
                .isEqualTo("?tenant=globex&suite=e2e&verdict=FAILED");

        chromium.navigate(page.toUri() + "?page=3");
        assertThat(chromium.waitFor(READY)).isTrue();
        assertThat(text(".st-page-number")).isEqualTo("Page 3 of 4");
        assertThat(count(HISTORY_ROWS)).isEqualTo(50);
        assertQuiet(null);
    }

    @Test
    void shouldTakeScreenshotsOfBothPagesToLookAt() throws IOException {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Path history = new HistoryPageWriter().write(SampleRuns.history(30), dir.resolve("sample-history"));
        Path summary = new RunSummaryPageWriter().write(SampleRuns.failedRun(), dir.resolve("sample-run"));

        chromium.navigate(history.toUri().toString());
        assertThat(chromium.waitFor(READY)).isTrue();
        Files.write(shots.resolve("history.png"), chromium.screenshot());
        Files.write(shots.resolve("history-full.png"), chromium.fullPageScreenshot());
        assertQuiet(null);
        chromium.navigate(summary.toUri().toString());
        Files.write(shots.resolve("summary-full.png"), chromium.fullPageScreenshot());
        assertQuiet(null);
        chromium.colorScheme("dark");
        try {
            chromium.navigate(history.toUri().toString());
            assertThat(chromium.waitFor(READY)).isTrue();
            Files.write(shots.resolve("history-dark.png"), chromium.screenshot());
            assertThat(chromium.evaluate("getComputedStyle(document.body).backgroundColor").asText())
                    .as("dark background in dark mode").isEqualTo("rgb(22, 24, 28)");
            chromium.navigate(summary.toUri().toString());
            Files.write(shots.resolve("summary-dark.png"), chromium.screenshot());
        } finally {
            chromium.colorScheme("light");
        }

        for (String name : List.of("history.png", "history-full.png", "summary-full.png", "history-dark.png",
                "summary-dark.png")) {
            byte[] png = Files.readAllBytes(shots.resolve(name));
            assertThat(png).hasSizeGreaterThan(10_000).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    private void assertQuiet(XssPayloads.Payload p) {
        String what = p == null ? "the page" : p.name();
        assertThat(chromium.events("Page.javascriptDialogOpening")).as("dialogs opened by %s", what).isEmpty();
        assertThat(chromium.events("Runtime.consoleAPICalled")).as("console calls on %s", what).isEmpty();
        assertThat(chromium.events("Runtime.exceptionThrown")).as("script errors on %s", what).isEmpty();
        assertThat(chromium.events("Log.entryAdded")).as("browser log entries (CSP violations among them) on %s",
                what).filteredOn(e -> !e.at("/params/entry/level").asText().equals("verbose")).isEmpty();
    }

    private int count(String selector) throws IOException {
        return chromium.evaluate("document.querySelectorAll(" + mapper.writeValueAsString(selector) + ").length")
                .asInt();
    }

    private String text(String selector) throws IOException {
        return chromium.evaluate("document.querySelector(" + mapper.writeValueAsString(selector) + ").textContent")
                .asText();
    }

    /** How the payload reads on the page: the escaped form, unescaped by the browser. */
    private static String shown(XssPayloads.Payload p) {
        return p.escaped().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x2028;", "\u2028").replace("&#x2029;", "\u2029").replace("&amp;", "&");
    }
}
