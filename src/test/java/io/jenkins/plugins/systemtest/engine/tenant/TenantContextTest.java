package io.jenkins.plugins.systemtest.engine.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantContextTest {

    @Test
    void shouldParseAttributesWrittenLikeWithEnvEntries() {
        Map<String, String> attributes = AttributeParser.parse(List.of("teamId=39203", "eventIds=3664712,2563193",
                "empty=", "url=https://x.example/?a=b"));

        assertThat(attributes).containsExactly(Map.entry("teamId", "39203"), Map.entry("eventIds", "3664712,2563193"),
                Map.entry("empty", ""), Map.entry("url", "https://x.example/?a=b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"noequals", "=value", "1team=3", "team-id=3", "team id=3"})
    void shouldRejectBadAttributeEntriesNamingThePosition(String entry) {
        assertThatThrownBy(() -> AttributeParser.parse(List.of("ok=1", entry)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("attributes[1]: ");
    }

    @Test
    void shouldRejectAnAttributeGivenTwice() {
        assertThatThrownBy(() -> AttributeParser.parse(List.of("a=1", "a=2")))
                .hasMessage("attributes[1]: the attribute 'a' is given twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-acme", ".acme", "acme corp", "acme/..", "ac\nme", "a\u00e9"})
    void shouldRejectInvalidTenantKeysNamingTheField(String key) {
        assertThatThrownBy(() -> TenantContext.of(key))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getField()).isEqualTo("tenant"))
                .hasMessageContaining("is not a valid tenant key");
    }

    @Test
    void shouldAcceptTheLongestValidKeyAndRejectOneLonger() {
        String longest = "a".repeat(64);
        assertThat(TenantContext.of(longest).key()).isEqualTo(longest);
        assertThatThrownBy(() -> TenantContext.of(longest + "a")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void shouldDefaultTheDisplayNameAndSuite() {
        TenantContext context = TenantContext.of("askproai");

        assertThat(context.displayName()).isEqualTo("askproai");
        assertThat(context.suite()).isEqualTo("default");
    }

    @Test
    void shouldRejectAttributeKeysThatCollideWhenUpperCased() {
        assertThatThrownBy(() -> new TenantContext("acme", null, null, Map.of("teamId", "1", "TEAMID", "2")))
                .hasMessageContaining("would both become SYSTEM_TEST_ATTR_TEAMID");
    }

    @Test
    void shouldRejectABadSuiteName() {
        assertThatThrownBy(() -> new TenantContext("acme", null, "../etc", Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("suite: ");
    }

    @Test
    void shouldGiveTheTestsTheContextAsEnvironmentVariables() {
        TenantContext context = new TenantContext("askproai", "AskProAI", "calcom-integration",
                AttributeParser.parse(List.of("teamId=39203", "eventIds=3664712,2563193")));

        Map<String, String> env = TenantEnvironment.variables(context, "/ws/.system-tests/context.json");

        assertThat(env).containsExactly(
                Map.entry("SYSTEM_TEST_TENANT", "askproai"),
                Map.entry("SYSTEM_TEST_TENANT_NAME", "AskProAI"),
                Map.entry("SYSTEM_TEST_SUITE", "calcom-integration"),
                Map.entry("SYSTEM_TEST_ATTR_TEAMID", "39203"),
                Map.entry("SYSTEM_TEST_ATTR_EVENTIDS", "3664712,2563193"),
                Map.entry("SYSTEM_TEST_CONTEXT", "/ws/.system-tests/context.json"));
    }

    @Test
    void shouldWriteTheContextFileAsJson(@TempDir Path dir) throws Exception {
        TenantContext context = new TenantContext("acme", "ACME \"Corp\" <x>", "e2e", Map.of("teamId", "7"));

        Path file = TenantEnvironment.writeContextFile(context, dir.resolve("sub/context.json"));

        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertThat(json.get("tenant").asText()).isEqualTo("acme");
        assertThat(json.get("tenantName").asText()).isEqualTo("ACME \"Corp\" <x>");
        assertThat(json.get("suite").asText()).isEqualTo("e2e");
        assertThat(json.get("attributes").get("teamId").asText()).isEqualTo("7");
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
