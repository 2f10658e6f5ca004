package io.jenkins.plugins.systemtest.engine.tenant;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the tenant validators ({@link AttributeParser}, {@link TenantContext}). The input is read as lines: tenant
 * key, display name, suite, then one attribute entry ({@code KEY=VALUE}) per line. The outcome is either a valid
 * context or an {@link InvalidInputException} naming one of the step's fields; an accepted key always matches its
 * documented pattern.
 */
class TenantContextFuzzTest {

    private static final Set<String> FIELDS = Set.of("tenant", "tenantName", "suite", "attributes");

    @FuzzTest(maxDuration = "2m")
    void shouldGiveAValidContextOrNameTheBadField(byte[] data) {
        List<String> lines = Arrays.asList(new String(data, StandardCharsets.UTF_8).split("\n", -1));
        String key = lines.get(0);
        String name = lines.size() > 1 ? lines.get(1) : null;
        String suite = lines.size() > 2 ? lines.get(2) : null;
        List<String> entries = lines.size() > 3 ? lines.subList(3, lines.size()) : List.of();
        TenantContext context;
        try {
            Map<String, String> attributes = AttributeParser.parse(entries);
            attributes.keySet().forEach(k -> assertThat(k).matches(TenantContext.ATTRIBUTE_KEY));
            context = new TenantContext(key, name, suite, attributes);
        } catch (InvalidInputException e) {
            assertThat(e.getField()).matches(f -> FIELDS.contains(f) || f.matches("attributes\\[\\d+]"), "a field");
            assertThat(e.getMessage()).doesNotContain("\u0000");
            return;
        }
        assertThat(context.key()).matches(TenantContext.KEY).isEqualTo(key);
        assertThat(context.suite()).matches(TenantContext.SUITE);
        assertThat(context.displayName()).isNotBlank().hasSizeLessThanOrEqualTo(TenantContext.MAX_DISPLAY_NAME)
                .doesNotContainPattern("\\p{Cntrl}");
        context.attributes().forEach((k, v) -> {
            assertThat(k).matches(TenantContext.ATTRIBUTE_KEY);
            assertThat(v).hasSizeLessThanOrEqualTo(TenantContext.MAX_ATTRIBUTE_VALUE).doesNotContain("\u0000");
        });
        assertThat(TenantEnvironment.variables(context, "/tmp/context.json")).allSatisfy((k, v) -> {
            assertThat(k).matches("[A-Z0-9_]+");
            assertThat(v).doesNotContain("\u0000");
        });
    }
}
