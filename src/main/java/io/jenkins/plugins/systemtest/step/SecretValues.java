package io.jenkins.plugins.systemtest.step;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The values of the sensitive variables in scope (those {@code withCredentials} and the like bind), to be masked in
 * everything the step records. Read at the moment of use and never kept in the step's saved state.
 */
public final class SecretValues {

    private SecretValues() {
    }

    /** The non-blank values of the named variables that are set. */
    static List<String> of(Collection<String> sensitiveNames, Map<String, String> environment) {
        List<String> values = new ArrayList<>();
        if (sensitiveNames == null || environment == null) {
            return values;
        }
        for (String name : sensitiveNames) {
            String value = environment.get(name);
            if (value != null && !value.isBlank() && !values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }
}
