package io.jenkins.plugins.systemtest.agent;

import io.jenkins.plugins.systemtest.engine.analysis.LoadedRules;
import io.jenkins.plugins.systemtest.engine.analysis.RulesFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentFailureRulesReaderTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheTeamsRulesFromTheWorkspaceAndNothingOutsideIt() throws IOException {
        Path ws = Files.createDirectories(dir.resolve("workspace/ci"));
        Files.writeString(ws.resolve("failure-rules.yaml"), "rules:\n  - name: vault-sealed\n"
                + "    kind: infrastructure\n    pattern: 'Vault is sealed'\n");
        Files.writeString(dir.resolve("secret.yaml"), "rules:\n");
        Files.createSymbolicLink(ws.resolve("escape.yaml"), dir.resolve("secret.yaml"));
        java.io.File workspace = dir.resolve("workspace").toFile();

        String text = new AgentFailureRulesReader("ci/failure-rules.yaml").invoke(workspace, null);

        assertThat(LoadedRules.of(text, "ci/failure-rules.yaml").team()).singleElement()
                .satisfies(r -> assertThat(r.name()).isEqualTo("vault-sealed"));
        assertThatThrownBy(() -> new AgentFailureRulesReader("ci/escape.yaml").invoke(workspace, null))
                .isInstanceOf(RulesFileException.class).hasMessage("ci/escape.yaml: leaves the workspace through"
                        + " a link");
        assertThatThrownBy(() -> new AgentFailureRulesReader("../secret.yaml").invoke(workspace, null))
                .isInstanceOf(RulesFileException.class).hasMessage("../secret.yaml: leaves the workspace");
    }
}
