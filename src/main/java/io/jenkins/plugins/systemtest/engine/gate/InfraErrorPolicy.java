package io.jenkins.plugins.systemtest.engine.gate;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;

import java.util.Locale;

/** What an INFRA_ERROR verdict does to the build. */
public enum InfraErrorPolicy {
    /** The step fails and the build is FAILURE (the default). */
    FAIL,
    /** The build is UNSTABLE and the pipeline goes on. */
    UNSTABLE;

    /** Reads {@code fail} or {@code unstable}, in any case; null or empty means {@link #FAIL}. */
    public static InfraErrorPolicy parse(String value) {
        if (value == null || value.isBlank()) {
            return FAIL;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("onInfraError", "'" + value + "' is neither 'fail' nor 'unstable'");
        }
    }
}
