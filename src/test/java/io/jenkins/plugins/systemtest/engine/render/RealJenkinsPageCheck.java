package io.jenkins.plugins.systemtest.engine.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A dev aid, not a test: opens pages of a running Jenkins in headless Chromium at 1280x900 and prints what the
 * browser test checks (overflow of the page and of each table, the tallest table row, where the test's history
 * heading is, script errors and browser log entries, load time), saving a screenshot of each. Run with
 * {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.jenkins.plugins.systemtest.engine.render.RealJenkinsPageCheck
 * -Dexec.args="<screenshot folder> <url> [<url>...]"}.
 */
public final class RealJenkinsPageCheck {

    private static final String METRICS = "(() => { const main = document.getElementById('main-panel');"
            + " const right = main ? main.getBoundingClientRect().right : innerWidth;"
            + " const tables = [...document.querySelectorAll('#main-panel table')].map(t => ({cls: t.className,"
            + " over: Math.round(Math.max(t.scrollWidth - t.clientWidth, t.getBoundingClientRect().right - right)),"
            + " rows: t.rows.length, tallest: Math.round(Math.max(0, ...[...t.rows].map(r => r.getBoundingClientRect()"
            + ".height)))}));"
            + " const h = document.querySelector('.st-test-first h2');"
            + " return {pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,"
            + " height: document.documentElement.scrollHeight, tables: tables,"
            + " testHeadingTop: h ? Math.round(h.getBoundingClientRect().top) : null,"
            + " state: [...document.querySelectorAll('[data-state]')].map(e => e.id + ':' + e.getAttribute('data-state')),"
            + " load: Math.round(performance.getEntriesByType('navigation')[0].loadEventEnd),"
            + " bytes: performance.getEntriesByType('navigation')[0].transferSize"
            + " + performance.getEntriesByType('resource').reduce((a, r) => a + r.transferSize, 0)}; })()";

    private RealJenkinsPageCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        try (HeadlessChromium chromium = HeadlessChromium.start(Files.createTempDirectory("chromium"), true)) {
            for (int i = 1; i < args.length; i++) {
                chromium.navigate(args[i]);
                chromium.waitFor("document.readyState === 'complete'");
                Thread.sleep(300);
                JsonNode m = chromium.evaluate(METRICS);
                System.out.println(args[i]);
                System.out.println("  " + m);
                System.out.println("  script errors: " + chromium.events("Runtime.exceptionThrown").size()
                        + ", log entries: " + chromium.events("Log.entryAdded").stream()
                        .map(e -> e.at("/params/entry/level").asText() + " " + e.at("/params/entry/text").asText())
                        .toList());
                Files.write(out.resolve("page-" + i + ".png"), chromium.screenshot());
            }
        }
    }
}
