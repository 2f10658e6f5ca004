package io.jenkins.plugins.systemtest.step;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecretValuesTest {

    @Test
    void shouldTakeTheValuesOfTheSensitiveVariablesThatAreSet() {
        Map<String, String> env = Map.of("API_TOKEN", "s3cr3t", "DB_PASSWORD", "hunter2", "COPY", "s3cr3t",
                "BLANK", " ", "PATH", "/usr/bin");

        assertThat(SecretValues.of(List.of("API_TOKEN", "DB_PASSWORD", "COPY", "BLANK", "UNSET"), env))
                .containsExactly("s3cr3t", "hunter2");
        assertThat(SecretValues.of(null, env)).isEmpty();
        assertThat(SecretValues.of(List.of("API_TOKEN"), null)).isEmpty();
    }
}
