package io.jenkins.plugins.systemtest.engine.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldEscapeWhatCouldEndOrConfuseAScriptElement() {
        String json = "{\"a\":\"</script><!--<script>&'\u2028\u2029\u00e9\"}";

        assertThat(HistoryJson.escapeForScript(json)).isEqualTo(
                "{\"a\":\"\\u003c/script\\u003e\\u003c!--\\u003cscript\\u003e\\u0026\\u0027\\u2028\\u2029\\u00e9\"}");
    }

    @Test
    void shouldParseBackToTheSameValue() throws IOException {
        Map<String, Object> value = Map.of("payloads", XssPayloads.ALL.stream().map(XssPayloads.Payload::raw).toList(),
                "emoji", "\uD83D\uDE00", "nested", List.of(Map.of("x", "</SCRIPT >")));
        String json = mapper.writeValueAsString(value);

        String escaped = HistoryJson.escapeForScript(json);

        assertThat(escaped).matches("[\\x20-\\x7E]*").doesNotContain("<", ">", "&", "'");
        assertThat(mapper.readTree(escaped)).isEqualTo(mapper.readTree(json));
    }

    @Test
    void shouldWriteTheContractFieldNames() throws IOException {
        var node = mapper.readTree(new HistoryJson().toJson(XssPayloads.history("p", 2)));

        assertThat(node.fieldNames()).toIterable().containsExactly("version", "title", "generatedAt", "filters",
                "runs", "trends", "flaky", "tests");
        assertThat(node.at("/runs/0").fieldNames()).toIterable().containsExactly("id", "build", "tenant",
                "tenantName", "suite", "verdict", "counts", "passRate", "startedAt", "durationMillis", "trigger",
                "revision", "summaryHref");
        assertThat(node.at("/runs/0/counts").fieldNames()).toIterable().containsExactlyInAnyOrder("total", "passed",
                "failed", "errors", "skipped", "flaky");
        assertThat(node.at("/trends/0/points/0").fieldNames()).toIterable().containsExactly("runId", "build",
                "startedAt", "passRate", "durationMillis", "verdict");
        assertThat(node.at("/flaky/0").fieldNames()).toIterable().containsExactly("testId", "flips", "runs",
                "failures", "flaky", "lastBuild");
        assertThat(node.at("/tests/0/entries/0").fieldNames()).toIterable().containsExactly("runId", "build",
                "tenant", "startedAt", "outcome");
        assertThat(node.at("/filters/tenants/0").fieldNames()).toIterable().containsExactly("key", "name");
    }
}
