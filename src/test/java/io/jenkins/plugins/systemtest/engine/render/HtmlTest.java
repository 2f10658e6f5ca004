package io.jenkins.plugins.systemtest.engine.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {

    @Test
    void shouldEscapeTheFiveSpecialCharactersInTextAndAttributes() {
        assertThat(Html.text("a & b < c > d \" e ' f")).isEqualTo("a &amp; b &lt; c &gt; d &quot; e &#39; f");
        assertThat(Html.attribute("x\" onclick='y'")).isEqualTo("x&quot; onclick=&#39;y&#39;");
        assertThat(Html.text(null)).isEmpty();
    }

    @Test
    void shouldNeutraliseControlCharactersButKeepLineBreaksAndTabs() {
        assertThat(Html.text("a\u0000b\u0007c\u001Bd\u007Fe\u0085f\tg\nh\r")).isEqualTo(
                "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\tg\nh\r");
    }

    @Test
    void shouldShowBidiControlsVisiblyAndKeepOrdinaryRightToLeftText() {
        assertThat(Html.text("invoice\u202Egpj.exe \u2066x\u2069"))
                .isEqualTo("invoice[U+202E]gpj.exe [U+2066]x[U+2069]");
        assertThat(Html.text("\u05e9\u05dc\u05d5\u05dd")).isEqualTo("\u05e9\u05dc\u05d5\u05dd");
    }

    @Test
    void shouldWriteLineSeparatorsAsReferencesAndReplaceLoneSurrogates() {
        assertThat(Html.text("a\u2028b\u2029c")).isEqualTo("a&#x2028;b&#x2029;c");
        assertThat(Html.text("ok \uD83D\uDE00 bad \uD83D x \uDE00")).isEqualTo("ok \uD83D\uDE00 bad \uFFFD x \uFFFD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"summary.html", "runs/12-acme-e2e/summary.html", "../history/index.html",
            "a?x=1&y=2#top", "https://ci.example.test/job/a/12/", "HTTP://CI.EXAMPLE.TEST", "http://127.0.0.1:8080/x",
            "#top", "/job/a/"})
    void shouldAcceptRelativePathsAndHttpUrls(String url) {
        assertThat(Html.safeUrl(url)).contains(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
            "java\tscript:alert(1)", "java\nscript:alert(1)", "javascript://%0aalert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd",
            "//evil.example/x", "\\\\evil.example\\x", "/\\evil.example", "http:evil.example", "https://",
            "https://user@evil.example/", "https://evil.example\\@good.example/", "a/b:c", "\u202Ehttps://x.test",
            "https://x.test/\u2028", ""})
    void shouldRefuseEverythingElse(String url) {
        assertThat(Html.safeUrl(url)).isEmpty();
        assertThat(Html.href(url)).isEqualTo("#");
    }

    @Test
    void shouldEscapeAnAcceptedUrlForItsAttribute() {
        assertThat(Html.href("a?x=1&y=\"2\"")).isEqualTo("a?x=1&amp;y=&quot;2&quot;");
        assertThat(Html.safeUrl(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "system-tests/acme/e2e/Playwright|system-tests/acme/e2e/Playwright",
            "my report/index.html|my%20report/index.html",
            "javascript:alert(1)|javascript%3Aalert%281%29",
            "\u00e4\u00f6|%C3%A4%C3%B6",
            "a\"b'c<d>|a%22b%27c%3Cd%3E"})
    void shouldPercentEncodeEachSegmentOfARelativePath(String path, String expected) {
        assertThat(Html.relativePath(path)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../outside", "a/../../b", "a/./b", "a//b", "a\\b", "a/"})
    void shouldRefusePathsThatAreAbsoluteOrClimbOrAreNotPlain(String path) {
        assertThat(Html.relativePath(path)).isEmpty();
    }
}
