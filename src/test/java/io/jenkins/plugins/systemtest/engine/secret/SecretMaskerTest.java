package io.jenkins.plugins.systemtest.engine.secret;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskerTest {

    @Test
    void shouldMaskEveryOccurrenceAndTheLongerSecretWhole() {
        SecretMasker masker = new SecretMasker(List.of("s3cr3t", "s3cr3t-and-more", "", "  "));

        assertThat(masker.mask("a s3cr3t-and-more b s3cr3t c")).isEqualTo("a **** b **** c");
        assertThat(masker.longestSecret()).isEqualTo(15);
    }

    @Test
    void shouldTreatRegexCharactersInSecretsLiterally() {
        SecretMasker masker = new SecretMasker(List.of("p@ss.w*rd$(1)"));

        assertThat(masker.mask("pass: p@ss.w*rd$(1) and p@ssXw*rd$(1)")).isEqualTo("pass: **** and p@ssXw*rd$(1)");
    }

    @Test
    void shouldMaskNothingWithoutSecrets() {
        assertThat(SecretMasker.NONE.isActive()).isFalse();
        assertThat(SecretMasker.NONE.mask("text")).isEqualTo("text");
        assertThat(new SecretMasker(List.of("", " ")).isActive()).isFalse();
    }

    @Test
    void shouldMaskEveryTextOfATest() {
        String secret = "tok_9f8e7d";
        TestCaseResult t = new TestCaseResult("suite " + secret, "Cls" + secret, "name" + secret, TestOutcome.FAILED,
                1, "Type", "msg " + secret, "detail " + secret, "out " + secret, "err " + secret, 1, "f" + secret);

        ParsedResults masked = new RecordMasker(new SecretMasker(List.of(secret)))
                .mask(new ParsedResults(List.of("r-" + secret + ".xml"), List.of(t), List.of()));

        assertThat(masked.toString()).doesNotContain(secret).contains("****");
    }

    @Test
    void shouldMaskTheSameWithManySecretsAsWithFew() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add("token-" + i + "-x");
        }
        String text = "a token-7-x b token-39-x c token-3 d";

        assertThat(new SecretMasker(many).mask(text)).isEqualTo("a **** b **** c token-3 d");
        assertThat(new SecretMasker(List.of("token-7-x", "token-39-x")).mask(text))
                .isEqualTo("a **** b **** c token-3 d");
        assertThat(new SecretMasker(List.of("token-7-x")).mask("token-7")).isEqualTo("token-7");
    }
}
