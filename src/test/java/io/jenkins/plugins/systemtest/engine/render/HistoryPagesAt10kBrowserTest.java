package io.jenkins.plugins.systemtest.engine.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.systemtest.engine.history.FailureMessages;
import io.jenkins.plugins.systemtest.engine.history.HistoryGenerator;
import io.jenkins.plugins.systemtest.engine.history.HistoryQuery;
import io.jenkins.plugins.systemtest.engine.history.HistoryRequest;
import io.jenkins.plugins.systemtest.engine.history.HistoryRequestParser;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.record.RunRecordStore;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history page, the history page of one test and the job page's box over a generated history of 10,000 runs
 * ({@link HistoryGenerator}), in headless Chromium at 1280x900, inside a page with the geometry of a Jenkins page
 * (side panel, main panel 872 px wide; see {@code pages/jenkins-layout.css}) and a policy as strict as Jenkins'.
 * Checks: no horizontal overflow of the page or of any table, table rows at most 48 px, the test's history
 * heading within the first 900 px with {@code ?test=}, no script error. Screenshots go to
 * {@code target/screenshots/}, or to the folder named by {@code -Dst.screenshots=docs/images}. Skipped when
 * Chromium is not installed.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HistoryPagesAt10kBrowserTest extends BrowserTestSupport {

    /** When the data was made: one hour after the last build started. */
    private static final long NOW = 1_767_225_600_000L;
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'";
    private static final String READY = "document.querySelector('[data-state]') !== null";

    private Path site;
    private HistoryQuery query;
    private RunRecordStore records;

    @BeforeAll
    void generate(@TempDir Path dir) throws IOException {
        Path history = dir.resolve("history");
        new HistoryGenerator(9, NOW - 3_600_000L).write(history, 10_000, true);
        query = new JobHistory(history).query();
        records = new RunRecordStore(history.resolve(JobHistory.RECORDS));
        site = Files.createDirectories(dir.resolve("site"));
        StaticAssets.copyHistoryScript(site);
        StaticAssets.copyStylesheet(site);
        try (var in = getClass().getResourceAsStream("/pages/jenkins-layout.css")) {
            Files.copy(in, site.resolve("jenkins-layout.css"));
        }
    }

    @Test
    void shouldFitTheHistoryPageAt1280WithTheMatrixFirst() throws IOException {
        open(historyPage("history.html", ""), "");

        assertFits();
        assertThat(chromium.evaluate("document.querySelector('#system-test-history-view > section h2').textContent")
                .asText()).startsWith("Tenants and suites");
        assertThat(count(".st-matrix tbody tr")).isEqualTo(5);
        assertThat(count(".st-runs-table tbody tr")).isEqualTo(50);
        assertThat(count(".st-chart")).isEqualTo(5);
        assertThat(chromium.evaluate("[...document.querySelectorAll('.st-chart')][0].querySelectorAll('a.st-chart-run')"
                + ".length").asInt()).isEqualTo(40);
        assertThat(text(".st-showing")).isEqualTo("Showing 1\u201350 of 10,000 runs");
        assertThat(text(".st-runs-table tbody tr td:nth-child(8)")).endsWith(" ago");
        screenshot("history-10k.png", false);
    }

    @Test
    void shouldPutTheTestsHistoryFirstWhenATestIsAskedFor() throws IOException {
        String q = "?test=" + URLEncoder.encode(HistoryGenerator.BROKEN_TEST, StandardCharsets.UTF_8);
        open(historyPage("test.html", q), q);

        assertFits();
        assertThat(chromium.evaluate("document.querySelector('.st-test-first h2').getBoundingClientRect().top")
                .asDouble()).isBetween(0.0, 900.0);
        assertThat(chromium.evaluate("document.querySelector('#system-test-history-view > section')"
                + ".classList.contains('st-test-first')").asBoolean()).isTrue();
        assertThat(text(".st-timeline-table tbody")).contains("Failing since #");
        assertThat(text(".st-failures-table tbody tr td:nth-child(5)")).contains("Voucher");
        screenshot("history-test-10k.png", false);
    }

    @Test
    void shouldFitTheJobPageBox() throws IOException {
        HistoryOverviewBuilder overview = new HistoryOverviewBuilder(r -> r.build() + "/system-tests/#"
                + RunSummaryHtmlRenderer.anchor(r.id()), (t, s) -> "system-tests/?tenant=" + t + "&suite=" + s);
        String json = new HistoryPageJson().toBoxJson(new HistoryOverview.Parts(overview.matrix(query), null, null,
                overview.recent(query, 60), "system-tests/"), NOW);
        String body = "<h1>shop</h1><section class=\"st-job-box\"><h2 class=\"st-job-box-title\">"
                + "<a href=\"system-tests/\">System tests</a></h2><div id=\"system-test-job-box\" class=\""
                + "st-history-view st-box\" data-history=\"" + Html.attribute(json) + "\"></div></section>";
        open(page("job.html", body), "");

        assertFits();
        assertThat(count("#system-test-job-box .st-matrix tbody tr")).isEqualTo(5);
        assertThat(count("#system-test-job-box .st-compact a.st-chart-run")).isEqualTo(60);
        screenshot("job-page-box-10k.png", false);
    }

    /** The history page for a query, shaped like index.jelly inside the Jenkins-like layout. */
    private Path historyPage(String name, String queryString) throws IOException {
        HistoryRequest request = new HistoryRequestParser().parseQuery(queryString);
        Clock clock = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);
        HistoryPageModel model = new HistoryPageModelBuilder(clock).build(query, request, "shop system tests",
                HistoryPagesAt10kBrowserTest::runHref);
        HistoryOverviewBuilder overview = new HistoryOverviewBuilder(HistoryPagesAt10kBrowserTest::runHref,
                (t, s) -> "?tenant=" + t + "&suite=" + s);
        HistoryOverview.Parts parts = new HistoryOverview.Parts(overview.matrix(query),
                overview.trends(query, request.tenant(), request.suite(), 1),
                request.test() == null ? null : overview.test(query, request.test(), request.tenant(), request.suite(),
                        new FailureMessages(records)), null, "");
        String body = "<div class=\"app-bar\"><h1>System test history</h1><a class=\"jenkins-button\" href=\"csv\">"
                + "Download CSV</a></div><form method=\"get\" action=\".\" class=\"st-test-form\"><label class=\""
                + "st-filter\"><span>Test history of</span><input class=\"jenkins-input st-test-input\" type=\"text\""
                + " name=\"test\" list=\"system-test-names\" data-suggest-url=\"testNames\" value=\""
                + Html.attribute(request.test() == null ? "" : request.test()) + "\"><datalist id=\"system-test-"
                + "names\"></datalist></label><button class=\"jenkins-button\" type=\"submit\">Show</button></form>"
                + "<div id=\"system-test-history-view\" class=\"st-history-view\" data-history=\""
                + Html.attribute(new HistoryPageJson().toJson(model, parts)) + "\"></div>";
        return page(name, body);
    }

    private static String runHref(RunSummary r) {
        return "../" + r.build() + "/system-tests/#" + RunSummaryHtmlRenderer.anchor(r.id());
    }

    private Path page(String name, String mainPanel) throws IOException {
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">"
                + "<link rel=\"stylesheet\" href=\"jenkins-layout.css\"><link rel=\"stylesheet\" href=\""
                + "system-tests.css\"><script src=\"history.js\"></script></head><body><header id=\"page-header\">"
                + "Jenkins / shop</header><div id=\"page-body\"><div id=\"side-panel\"><ul><li>Status</li><li>"
                + "Changes</li><li>Build Now</li><li>System Test History</li></ul></div><div id=\"main-panel\">"
                + mainPanel + "</div></div></body></html>\n";
        return Files.writeString(site.resolve(name), html);
    }

    private void open(Path page, String queryString) throws IOException {
        chromium.navigate(page.toUri() + queryString);
        assertThat(chromium.waitFor(READY)).isTrue();
        assertThat(chromium.evaluate("document.querySelector('[data-state]').getAttribute('data-state')").asText())
                .isEqualTo("ready");
    }

    /** No overflow of the page or of a table, every table row at most 48 px, no script error or CSP report. */
    private void assertFits() throws IOException {
        assertThat(chromium.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
                .asInt()).as("horizontal overflow of the page").isLessThanOrEqualTo(0);
        JsonNode tables = chromium.evaluate("[...document.querySelectorAll('table')].map(t => ({cls: t.className, "
                + "over: Math.max(t.scrollWidth - t.clientWidth, t.getBoundingClientRect().right - document"
                + ".getElementById('main-panel').getBoundingClientRect().right), rows: t.rows.length, "
                + "tallest: Math.max(...[...t.rows].map(r => r.getBoundingClientRect().height))}))");
        assertThat(tables.size()).isPositive();
        for (JsonNode t : tables) {
            assertThat(t.get("over").asDouble()).as("overflow of table %s", t.get("cls").asText()).isLessThanOrEqualTo(0.5);
            assertThat(t.get("tallest").asDouble()).as("tallest row of table %s", t.get("cls").asText())
                    .isLessThanOrEqualTo(48);
        }
        assertThat(chromium.events("Runtime.exceptionThrown")).as("script errors").isEmpty();
        assertThat(chromium.events("Runtime.consoleAPICalled")).as("console calls").isEmpty();
        assertThat(chromium.events("Log.entryAdded")).as("browser log entries (CSP violations among them)")
                .filteredOn(e -> !e.at("/params/entry/level").asText().equals("verbose")).isEmpty();
    }

    private void screenshot(String name, boolean fullPage) throws IOException {
        Path dir = Path.of(System.getProperty("st.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), fullPage ? chromium.fullPageScreenshot() : chromium.screenshot());
    }

    private int count(String selector) throws IOException {
        return chromium.evaluate("document.querySelectorAll(" + quote(selector) + ").length").asInt();
    }

    private String text(String selector) throws IOException {
        return chromium.evaluate("document.querySelector(" + quote(selector) + ").textContent").asText();
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
