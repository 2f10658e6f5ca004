package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.record.SampleRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The body of a run page alone, as the Jenkins build page embeds it. */
class RunSummaryFragmentTest {

    private static final List<XssPayloads.Payload> PAYLOADS = XssPayloads.ALL;

    private static final Set<String> FRAGMENT_TAGS = Set.of("article", "header", "p", "h2", "h3", "h4", "span",
            "ul", "li", "section", "dl", "div", "dt", "dd", "strong", "table", "thead", "tbody", "tr", "th", "td",
            "code", "details", "summary", "pre", "a", "br", "time");

    @Test
    void shouldWriteOneArticleWithoutAnyPartOfAPage() throws IOException {
        String html = fragment(SampleRecords.full("17-acme-e2e"), "../artifact/");

        assertThat(html).startsWith("<article class=\"st-run-view\" id=\"run-17-acme-e2e\">")
                .endsWith("</article>\n")
                .doesNotContain("<html", "<head>", "<body", "<main", "<meta", "<link", "<title", "<script", "<style",
                        "<!DOCTYPE");
    }

    @Test
    void shouldWriteEveryHeadingOneLevelBelowThePageHeading() throws IOException {
        String html = fragment(SampleRecords.full("17-acme-e2e"), "");
        List<String> headings = HtmlScan.tags(html).stream().map(HtmlScan.Tag::name)
                .filter(n -> n.matches("h[1-6]")).toList();

        assertThat(headings).doesNotContain("h1").contains("h2", "h3", "h4");
        assertThat(html).contains("<h2 class=\"st-title\">").contains("<h3>Results</h3>")
                .contains("<h3>Failures by cause</h3>").contains("<h3>Since the previous run</h3>");
    }

    @Test
    void shouldShowTheSameSectionsAsThePage() throws IOException {
        RunRecord run = SampleRecords.full("17-acme-e2e");
        StringWriter page = new StringWriter();
        new RunSummaryHtmlRenderer(StaticAssets.STYLESHEET, "../artifact/").render(run, page);
        String fragment = fragment(run, "../artifact/");

        assertThat(sections(fragment)).isEqualTo(sections(page.toString())).contains("st-section st-preflight",
                "st-section st-files", "st-section st-failure-groups", "st-section st-changes",
                "st-section st-flaky", "st-section st-reports");
    }

    @Test
    void shouldLinkReportsBelowTheBuildsArtifactsAndSayWhenTheyNeedJavaScript() throws IOException {
        String html = fragment(SampleRecords.full("17-acme-e2e"), "../artifact/");

        assertThat(html).contains("<a href=\"../artifact/system-tests/acme/e2e/Playwright/index.html\">Playwright</a>")
                .contains(Html.text(RunSummaryHtmlRenderer.NEEDS_JAVASCRIPT_NOTE) + ".");
    }

    @Test
    void shouldShiftHeadingsButNeverBelowH6AndLeaveOtherTagsAlone() {
        StringWriter out = new StringWriter();
        new HtmlWriter(out, 2).element("h1", "a").element("h5", "b").element("h6", "c").element("hr", "st-x", "d")
                .open("div", "st-y", "\"><x").close("div");

        assertThat(out.toString()).isEqualTo("<h3>a</h3><h6>b</h6><h6>c</h6><hr class=\"st-x\">d</hr>"
                + "<div class=\"st-y\" id=\"&quot;&gt;&lt;x\"></div>");
        assertThatThrownBy(() -> new HtmlWriter(out, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldMakeAnchorsThatAreSafeAsIdsAndInUrls() {
        assertThat(RunSummaryHtmlRenderer.anchor("17-acme-e2e-2")).isEqualTo("run-17-acme-e2e-2");
        assertThat(RunSummaryHtmlRenderer.anchor("7-\"><script>/x")).isEqualTo("run-7-___script__x");
        assertThat(RunSummaryHtmlRenderer.anchor(XssPayloads.LONG)).matches("run-[A-Za-z0-9._-]{1,300}");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PAYLOADS")
    void shouldShowEveryFieldAsEscapedTextInTheFragment(XssPayloads.Payload payload) throws IOException {
        String html = fragment(XssPayloads.record(payload.raw()), "../artifact/");

        assertThat(html).doesNotContain(payload.forbidden()).contains(payload.escaped());
        if (!payload.clipped()) {
            for (String field : XssPayloads.SUMMARY_FIELDS) {
                assertThat(html).as("field %s", field).contains(payload.escaped() + "|" + field);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PAYLOADS")
    void shouldWriteOnlyKnownTagsWithoutScriptsStylesHandlersOrUnsafeLinksInTheFragment(XssPayloads.Payload payload)
            throws IOException {
        List<HtmlScan.Tag> tags = HtmlScan.tags(fragment(XssPayloads.record(payload.raw()), "../artifact/"));

        assertThat(tags).extracting(t -> t.name().replace("/", "")).allMatch(FRAGMENT_TAGS::contains);
        for (HtmlScan.Tag tag : tags) {
            assertThat(tag.attributes().keySet()).as("attributes of <%s>", tag.name())
                    .noneMatch(a -> a.startsWith("on")).doesNotContain("style", "srcdoc", "formaction");
            String href = tag.attributes().get("href");
            if (href != null) {
                assertThat(href).satisfiesAnyOf(h -> assertThat(h).startsWith("https://"),
                        h -> assertThat(h).startsWith("../artifact/").matches("[A-Za-z0-9%._~/-]+"));
            }
            String id = tag.attributes().get("id");
            if (id != null) {
                assertThat(id).matches("run-[A-Za-z0-9._-]+");
            }
        }
    }

    private static List<String> sections(String html) {
        return HtmlScan.tags(html).stream().filter(t -> t.name().equals("section"))
                .map(t -> t.attributes().get("class")).toList();
    }

    private static String fragment(RunRecord run, String reportBase) throws IOException {
        StringWriter out = new StringWriter();
        new RunSummaryHtmlRenderer(StaticAssets.STYLESHEET, reportBase).renderFragment(run, out);
        return out.toString();
    }
}
