package io.jenkins.plugins.systemtest.engine.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * times.js, the build page's script, in a real headless Chromium: the {@code <time>} elements the engine writes turn
 * into the reader's local time with how long ago it was, the UTC time stays in the tooltip, and a time the script
 * cannot read is left as the page wrote it. Skipped when Chromium is not installed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TimesScriptBrowserTest extends BrowserTestSupport {

    private static final Path SCRIPT = Path.of("src/main/webapp/js/times.js");

    @TempDir
    Path dir;

    @Test
    void shouldShowTheEnginesTimesInLocalTimeWithHowLongAgo() throws IOException {
        long twoHoursAgo = System.currentTimeMillis() - 2 * 3_600_000L - 5 * 60_000L;
        StringWriter body = new StringWriter();
        new HtmlWriter(body, 0).time(twoHoursAgo);
        Files.copy(SCRIPT, dir.resolve("times.js"));
        Path page = Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><html><head>"
                + "<script src=\"times.js\"></script></head><body><p id=\"t\">" + body + "</p>"
                + "<p id=\"bad\"><time class=\"st-time\" datetime=\"not a time\">as written</time></p>"
                + "</body></html>",
                StandardCharsets.UTF_8);

        chromium.navigate(page.toUri().toString());

        String shown = chromium.evaluate("document.querySelector('#t time').textContent").asText();
        assertThat(shown).as("written by the engine as %s", body).endsWith(", 2 hr 5 min ago")
                .doesNotContain("UTC").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(chromium.evaluate("document.querySelector('#t time').title").asText())
                .isEqualTo(Formats.readableInstant(twoHoursAgo));
        assertThat(chromium.evaluate("document.querySelector('#bad time').textContent").asText())
                .isEqualTo("as written");
    }
}
