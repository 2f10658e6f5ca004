package io.jenkins.plugins.systemtest.engine.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryPageWriterTest {

    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldWriteThePageItsScriptItsStylesheetAndTheDataForTools() throws IOException {
        HistoryView view = XssPayloads.history("plain", 6);

        Path page = new HistoryPageWriter().write(view, dir.resolve("history"));

        Path out = dir.resolve("history");
        assertThat(page).isEqualTo(out.resolve("index.html"));
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("index.html", "history.js", "system-tests.css", "history.json");
        }
        assertThat(out.resolve("history.js")).hasSameTextualContentAs(Path.of("src/main/webapp/js/history.js"));
        assertThat(out.resolve("system-tests.css"))
                .hasSameTextualContentAs(Path.of("src/main/webapp/css/system-tests.css"));
        String html = Files.readString(page);
        JsonNode island = mapper.readTree(HtmlScan.island(html));
        JsonNode data = mapper.readTree(out.resolve("history.json").toFile());
        assertThat(data).isEqualTo(island);
        assertThat(data.get("version").asInt()).isEqualTo(HistoryView.VERSION);
        assertThat(data.get("runs")).hasSize(6);
        assertThat(data.at("/runs/0/counts/passed").asInt()).isEqualTo(8);
        assertThat(data.at("/runs/0/verdict").asText()).isEqualTo("FAILED");
        assertThat(data.at("/trends/0/points/0/passRate").isNumber()).isTrue();
        assertThat(html).contains("<div id=\"system-test-history-view\" class=\"st-history-view\"></div>")
                .contains("<script src=\"history.js\" defer></script>")
                .contains("<link rel=\"stylesheet\" href=\"system-tests.css\">");
    }

    @Test
    void shouldReplaceAnOlderPage() throws IOException {
        new HistoryPageWriter().write(XssPayloads.history("old", 2), dir);
        new HistoryPageWriter().write(XssPayloads.history("new", 4), dir);

        assertThat(Files.readString(dir.resolve("index.html"))).contains("new|title").doesNotContain("old|title");
        try (var files = Files.list(dir)) {
            assertThat(files).noneMatch(p -> p.toString().endsWith(".part"));
        }
    }
}
