package io.jenkins.plugins.systemtest.step;

import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;
import io.jenkins.plugins.systemtest.engine.tenant.TenantEnvironment;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class TenantEnvironmentExpanderTest {

    @Test
    void shouldSetTheTenantsVariablesOverThoseOfAnEnclosingCall() {
        Map<String, String> vars = TenantEnvironment.variables(new TenantContext("acme", "ACME", "e2e",
                Map.of("teamId", "7")), "/ws/.system-tests/context/1-acme-e2e.json");

        Map<String, String> overrides = TenantEnvironmentExpander.overrides(List.of("PATH", "SYSTEM_TEST_TENANT",
                "SYSTEM_TEST_ATTR_TEAMID"), vars);

        assertThat(overrides).containsExactly(entry("SYSTEM_TEST_TENANT", "acme"),
                entry("SYSTEM_TEST_TENANT_NAME", "ACME"), entry("SYSTEM_TEST_SUITE", "e2e"),
                entry("SYSTEM_TEST_ATTR_TEAMID", "7"),
                entry("SYSTEM_TEST_CONTEXT", "/ws/.system-tests/context/1-acme-e2e.json"));
    }

    @Test
    void shouldRemoveAttributesOfAnotherTenantAndLeaveOtherVariablesAlone() {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("SYSTEM_TEST_TENANT", "globex");

        Map<String, String> overrides = TenantEnvironmentExpander.overrides(List.of("PATH", "HOME",
                "SYSTEM_TEST_ATTR_REGION", "SYSTEM_TEST_ATTR_TEAMID"), vars);

        // EnvVars.override removes a variable given an empty value.
        assertThat(overrides).containsExactly(entry("SYSTEM_TEST_ATTR_REGION", ""),
                entry("SYSTEM_TEST_ATTR_TEAMID", ""), entry("SYSTEM_TEST_TENANT", "globex"));
    }
}
