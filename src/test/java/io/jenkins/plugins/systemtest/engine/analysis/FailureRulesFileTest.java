package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Follows;
import io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FailureRulesFileTest {

    private static final String FILE = "ci/failure-rules.yaml";

    @Test
    void shouldReadRulesWithEveryKindOfValue() {
        String yaml = """
                # the team's vocabulary
                rules:
                  - name: vault-sealed
                    kind: infrastructure   # our secrets store
                    pattern: 'Vault is sealed|VaultDown'
                    description: The secrets store is sealed
                    example: 'hvac.exceptions.VaultDown: Vault is sealed'
                  - name: cart-reset
                    kind: follow-on
                    follows: database
                    pattern: "cart \\\\d+ was reset"
                    example: "cart 42 was reset"

                  - name: ours
                    kind: product
                    pattern: 'it''s #1'
                """;

        List<FailureRule> rules = FailureRulesFile.parse(yaml, FILE);

        assertThat(rules).extracting(FailureRule::name, FailureRule::kind, FailureRule::follows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("vault-sealed", Kind.INFRASTRUCTURE, Follows.NEAREST),
                        org.assertj.core.groups.Tuple.tuple("cart-reset", Kind.FOLLOW_ON, Follows.DATABASE),
                        org.assertj.core.groups.Tuple.tuple("ours", Kind.PRODUCT, Follows.NEAREST));
        assertThat(rules.get(0).description()).isEqualTo("The secrets store is sealed");
        assertThat(rules.get(0).example()).isEqualTo("hvac.exceptions.VaultDown: Vault is sealed");
        assertThat(rules.get(1).pattern().pattern()).isEqualTo("cart \\d+ was reset");
        assertThat(rules.get(2).pattern().pattern()).isEqualTo("it's #1");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '~', value = {
            "rules:\\n  - name: a\\n    kind: infrastructure\\n    patern: x ~ ci/failure-rules.yaml:4: unknown key 'patern'",
            "rules:\\n  - name: a\\n    kind: infra\\n    pattern: x ~ ci/failure-rules.yaml:3: kind 'infra' is not one of",
            "rules:\\n  - name: a\\n    kind: product\\n    pattern: '(unclosed' ~ ci/failure-rules.yaml:4: pattern is not a valid regular expression",
            "rules:\\n  - name: a\\n    kind: product ~ ci/failure-rules.yaml:2: the rule starting here has no 'pattern'",
            "rules:\\n  - name: a\\n    kind: product\\n    pattern: x\\n    example: y ~ ci/failure-rules.yaml:5: the example does not match",
            "- name: a ~ ci/failure-rules.yaml:1: must start with 'rules:'",
            "rules:\\n  - name: a\\n      kind: product ~ ci/failure-rules.yaml:3: expected '- name: ...'",
            "rules:\\n  - name: a\\n    kind: product\\n    pattern: |\\n ~ ci/failure-rules.yaml:4: starts a value with '|'",
            "rules:\\n  - name: a\\n    kind: product\\n    pattern: 'x\\n ~ ci/failure-rules.yaml:4: has an unterminated",
            "rules:\\n  - name: a\\n    kind: product\\n    pattern: x\\n  - name: a\\n    kind: product\\n    pattern: y ~ ci/failure-rules.yaml:5: names the rule 'a' a second time",
            "rules:\\n  - name: a\\n    kind: product\\n    follows: nearest\\n    pattern: x ~ ci/failure-rules.yaml:4: 'follows' is for follow-on rules only",
            "'' ~ ci/failure-rules.yaml: is empty"})
    void shouldNameTheFileAndLineOfABadRule(String yaml, String expected) {
        assertThatThrownBy(() -> FailureRulesFile.parse(yaml.replace("\\n", "\n"), FILE))
                .isInstanceOf(RulesFileException.class)
                .hasMessageStartingWith(expected);
    }

    @Test
    void shouldLetTeamRulesWinOverTheBuiltInOnes() {
        LoadedRules loaded = LoadedRules.of("""
                rules:
                  - name: answered-but-ours
                    kind: infrastructure
                    pattern: 'WRONGTYPE.*session:'
                  - name: connection-refused
                    kind: product
                    pattern: 'Connection refused by the fake payment provider'
                """, FILE);
        var wrongtype = Failures.error("Suite", "shouldCache", "redis.exceptions.ResponseError",
                "WRONGTYPE Operation against a key holding the wrong kind of value: session:7");
        var stub = Failures.error("Suite", "shouldPay", "java.net.ConnectException",
                "Connection refused by the fake payment provider");

        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.rules().classify(wrongtype).rule()).isEqualTo("answered-but-ours");
        assertThat(loaded.rules().classify(wrongtype).category()).isEqualTo(FailureCategory.INFRASTRUCTURE);
        assertThat(loaded.rules().classify(stub).category()).isEqualTo(FailureCategory.ERROR);
        assertThat(FailureRules.defaults().classify(stub).category()).isEqualTo(FailureCategory.INFRASTRUCTURE);
        assertThat(loaded.rules().rules()).extracting(FailureRule::name).doesNotHaveDuplicates();
    }

    @Test
    void shouldFallBackToTheBuiltInRulesAndSaySoWhenTheFileIsBad() {
        LoadedRules loaded = LoadedRules.of("rules:\n  - name: a\n    kind: nonsense\n    pattern: x\n", FILE);
        var results = new io.jenkins.plugins.systemtest.engine.model.ParsedResults(List.of("junit.xml"),
                List.of(Failures.failed("Suite", "shouldWork", "", "assert 1 == 2")), List.of());

        var withProblem = loaded.withProblem(results);

        assertThat(loaded.rules().rules()).hasSameSizeAs(BuiltInRules.ALL);
        assertThat(withProblem.tests()).isEqualTo(results.tests());
        assertThat(withProblem.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("failure rules: kind 'nonsense' is not one of infrastructure, product,"
                    + " assertion, follow-on; the built-in rules were used");
            assertThat(p.toString()).contains("ci/failure-rules.yaml");
        });
    }

    @Test
    void shouldReadTheFileOnlyInsideTheWorkspace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path ws = java.nio.file.Files.createDirectories(dir.resolve("ws"));
        java.nio.file.Files.createDirectories(ws.resolve("ci"));
        java.nio.file.Files.writeString(ws.resolve("ci/failure-rules.yaml"), "rules:\n");
        java.nio.file.Files.writeString(dir.resolve("outside.yaml"), "rules:\n");
        java.nio.file.Files.createSymbolicLink(ws.resolve("ci/link.yaml"), dir.resolve("outside.yaml"));

        assertThat(LoadedRules.readText(ws, "ci/failure-rules.yaml")).isEqualTo("rules:\n");
        assertThatThrownBy(() -> LoadedRules.readText(ws, "../outside.yaml")).hasMessage("../outside.yaml: leaves"
                + " the workspace");
        assertThatThrownBy(() -> LoadedRules.readText(ws, dir.resolve("outside.yaml").toString()))
                .hasMessageEndingWith("must be a path relative to the workspace");
        assertThatThrownBy(() -> LoadedRules.readText(ws, "ci/link.yaml")).hasMessage("ci/link.yaml: leaves the"
                + " workspace through a link");
        assertThatThrownBy(() -> LoadedRules.readText(ws, "ci/missing.yaml"))
                .hasMessageStartingWith("ci/missing.yaml: does not exist in the workspace");
    }
}
