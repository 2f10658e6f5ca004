package io.jenkins.plugins.systemtest.engine.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every hostile payload, in every field, comes out of both pages as text and never as markup. */
class PageEscapingTest {

    private static final List<XssPayloads.Payload> PAYLOADS = XssPayloads.ALL;

    private static final Set<String> SUMMARY_TAGS = Set.of("!doctype", "html", "head", "meta", "title", "link",
            "body", "main", "header", "p", "h1", "h2", "h3", "span", "ul", "li", "section", "dl", "div", "dt", "dd",
            "strong", "table", "thead", "tbody", "tr", "th", "td", "code", "details", "summary", "pre", "article",
            "a", "br", "time");
    private static final Set<String> HISTORY_TAGS = Set.of("!doctype", "html", "head", "meta", "title", "link",
            "script", "body", "main", "header", "p", "h1", "noscript", "div");

    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @FieldSource("PAYLOADS")
    void shouldShowEverySummaryFieldAsEscapedText(XssPayloads.Payload payload) throws IOException {
        String html = summary(payload);

        assertThat(html).doesNotContain(payload.forbidden()).contains(payload.escaped());
        if (!payload.clipped()) {
            for (String field : XssPayloads.SUMMARY_FIELDS) {
                assertThat(html).as("field %s", field).contains(payload.escaped() + "|" + field);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PAYLOADS")
    void shouldWriteOnlyKnownTagsWithoutScriptsStylesOrHandlersInTheSummary(XssPayloads.Payload payload)
            throws IOException {
        List<HtmlScan.Tag> tags = HtmlScan.tags(summary(payload));

        assertThat(tags).extracting(t -> t.name().replace("/", "")).allMatch(SUMMARY_TAGS::contains);
        assertNoHandlersStylesOrUnsafeLinks(tags);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PAYLOADS")
    void shouldLinkReportsOnlyThroughPercentEncodedRelativePaths(XssPayloads.Payload payload) throws IOException {
        List<HtmlScan.Tag> links = HtmlScan.tags(summary(payload)).stream()
                .filter(t -> t.name().equals("a")).toList();

        List<String> relative = links.stream().map(t -> t.attributes().get("href"))
                .filter(h -> !h.startsWith("https://")).toList();

        if (payload.clipped()) {
            assertThat(relative).as("a path too long for a URL is not linked").isEmpty();
        } else {
            String path = Html.relativePath(XssPayloads.mark(payload.raw(), "reportPath")).orElseThrow();
            String index = Html.relativePath(XssPayloads.mark(payload.raw(), "reportIndex")).orElseThrow();
            assertThat(relative).singleElement().isEqualTo(path + "/" + index);
            assertThat(path + "/" + index).matches("[A-Za-z0-9%._~/-]+");
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PAYLOADS")
    void shouldKeepTheHistoryPageFreeOfDataOutsideTheIsland(XssPayloads.Payload payload) throws IOException {
        String html = historyPage(payload);
        String island = HtmlScan.island(html);
        List<HtmlScan.Tag> tags = HtmlScan.tags(html);

        assertThat(tags).extracting(t -> t.name().replace("/", "")).allMatch(HISTORY_TAGS::contains);
        assertNoHandlersStylesOrUnsafeLinks(tags);
        assertThat(tags).filteredOn(t -> t.name().equals("script")).extracting(HtmlScan.Tag::attributes)
                .containsExactly(Map.of("src", "history.js", "defer", ""),
                        Map.of("type", "application/json", "id", "system-test-history"));
        assertThat(html.replace(island, "")).doesNotContain(payload.forbidden());
        if (!payload.clipped()) {
            assertThat(html).contains("<h1 class=\"st-title\">" + payload.escaped() + "|title</h1>");
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PAYLOADS")
    void shouldEscapeTheJsonIslandSoThatItEndsWhereItShouldAndParsesBackToTheData(XssPayloads.Payload payload)
            throws IOException {
        HistoryView view = XssPayloads.history(payload.raw(), 4);
        String island = HtmlScan.island(historyPage(payload));

        assertThat(island).doesNotContain("<", ">", "&", "'", "\u2028", "\u2029")
                .matches("[\\x20-\\x7E]*");
        JsonNode parsed = mapper.readTree(island);
        assertThat(parsed).isEqualTo(mapper.readTree(new HistoryJson().toJson(view)));
        assertThat(parsed.get("title").asText()).isEqualTo(XssPayloads.mark(payload.raw(), "title"));
        assertThat(parsed.at("/runs/0/tenantName").asText()).isIn(XssPayloads.mark(payload.raw(), "tenantName"),
                "Plain Tenant");
        assertThat(parsed.at("/flaky/0/testId").asText()).isEqualTo(XssPayloads.mark(payload.raw(), "flaky"));
    }

    private static void assertNoHandlersStylesOrUnsafeLinks(List<HtmlScan.Tag> tags) {
        for (HtmlScan.Tag tag : tags) {
            assertThat(tag.attributes().keySet()).as("attributes of <%s>", tag.name())
                    .noneMatch(a -> a.startsWith("on")).doesNotContain("style", "srcdoc", "formaction");
            String href = tag.attributes().get("href");
            if (href != null) {
                String decoded = href.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                        .replace("&lt;", "<").replace("&gt;", ">");
                assertThat(Html.safeUrl(decoded)).as("href %s", href).isPresent();
            }
        }
    }

    private static String summary(XssPayloads.Payload payload) throws IOException {
        StringWriter out = new StringWriter();
        new RunSummaryHtmlRenderer().render(XssPayloads.record(payload.raw()), out);
        return out.toString();
    }

    private static String historyPage(XssPayloads.Payload payload) throws IOException {
        StringWriter out = new StringWriter();
        new HistoryPageWriter().render(XssPayloads.history(payload.raw(), 4), out);
        return out.toString();
    }
}
