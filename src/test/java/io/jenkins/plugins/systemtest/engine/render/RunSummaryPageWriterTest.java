package io.jenkins.plugins.systemtest.engine.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunSummaryPageWriterTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteThePageWithTheStylesheetBesideIt() throws IOException {
        Path page = new RunSummaryPageWriter().write(XssPayloads.record("plain"), dir.resolve("run"));

        assertThat(page).isEqualTo(dir.resolve("run/summary.html"));
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("plain|tenantName")
                .endsWith("</html>\n");
        assertThat(dir.resolve("run/system-tests.css"))
                .hasSameTextualContentAs(Path.of("src/main/webapp/css/system-tests.css"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.html", "sub/page.html", "page.htm", ".hidden.html", "a b.html"})
    void shouldRefuseFileNamesThatAreNotPlainHtmlNames(String name) {
        assertThatThrownBy(() -> new RunSummaryPageWriter().write(XssPayloads.record("x"), dir, name))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fileName");
        assertThat(dir).isEmptyDirectory();
    }
}
