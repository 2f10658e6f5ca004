package io.jenkins.plugins.systemtest.step;

import hudson.EnvVars;
import io.jenkins.plugins.systemtest.engine.tenant.TenantEnvironment;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives the block of {@code systemTest} the tenant's variables ({@code SYSTEM_TEST_TENANT},
 * {@code SYSTEM_TEST_ATTR_*}, {@code SYSTEM_TEST_CONTEXT}...), replacing those of an enclosing call or
 * {@code withEnv}. Attribute variables of an enclosing tenant that this one does not have are removed, so that
 * a nested call never sees another tenant's attributes.
 */
public final class TenantEnvironmentExpander extends EnvironmentExpander {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, String> variables;

    TenantEnvironmentExpander(Map<String, String> variables) {
        this.variables = new LinkedHashMap<>(variables);
    }

    @Override
    public void expand(EnvVars env) {
        overrides(env.keySet(), variables).forEach(env::override);
    }

    /**
     * What to override in an environment that has the variables {@code present}: the tenant's variables, and an
     * empty value (which {@link EnvVars#override} takes as "remove") for each attribute variable that is not the
     * tenant's. An attribute with an empty value is therefore not set at all; the context file still has it.
     */
    static Map<String, String> overrides(Collection<String> present, Map<String, String> variables) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String name : present) {
            if (name.startsWith(TenantEnvironment.ATTRIBUTE_PREFIX) && !variables.containsKey(name)) {
                overrides.put(name, "");
            }
        }
        overrides.putAll(variables);
        return overrides;
    }
}
