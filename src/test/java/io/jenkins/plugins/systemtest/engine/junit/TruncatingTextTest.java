package io.jenkins.plugins.systemtest.engine.junit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TruncatingTextTest {

    @Test
    void shouldKeepShortTextsWhole() {
        TruncatingText t = new TruncatingText(new OutputLimits(4, 4));
        t.append("abc");
        t.append("defgh");

        assertThat(t.toString()).isEqualTo("abcdefgh");
        assertThat(t.length()).isEqualTo(8);
    }

    @Test
    void shouldKeepHeadAndTailWithAMarkerInBetween() {
        TruncatingText t = new TruncatingText(new OutputLimits(3, 4));
        for (char c = 'a'; c <= 'z'; c++) {
            t.append(String.valueOf(c));
        }

        assertThat(t.toString()).isEqualTo("abc\n[... 19 characters omitted ...]\nwxyz");
    }

    @Test
    void shouldKeepTheRightTailWhateverTheChunkSizes() {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            all.append(i).append(' ');
        }
        String text = all.toString();
        for (int chunk : new int[] {1, 7, 100, 999, 1000, 1001, 4000}) {
            TruncatingText t = new TruncatingText(new OutputLimits(100, 1000));
            for (int i = 0; i < text.length(); i += chunk) {
                char[] c = text.substring(i, Math.min(text.length(), i + chunk)).toCharArray();
                t.append(c, 0, c.length);
            }
            assertThat(t.toString()).as("chunk %d", chunk).isEqualTo(text.substring(0, 100)
                    + OutputLimits.marker(text.length() - 1100) + text.substring(text.length() - 1000));
        }
    }

    @Test
    void shouldNotCutASurrogatePairInHalf() {
        TruncatingText t = new TruncatingText(new OutputLimits(3, 3));
        t.append("ab\uD83D\uDE00" + "x".repeat(10) + "\uD83D\uDE00z");

        assertThat(t.toString()).isEqualTo("ab" + OutputLimits.marker(12) + "\uD83D\uDE00z");
        assertThat(new OutputLimits(3, 3).truncate("abc" + "x".repeat(10) + "\uD83D\uDE00yz"))
                .isEqualTo("abc" + OutputLimits.marker(12) + "yz");
    }

    @Test
    void shouldKeepOnlyTheHeadOrOnlyTheTailWhenTheOtherLimitIsZero() {
        assertThat(new OutputLimits(0, 2).truncate("abcdef")).isEqualTo(OutputLimits.marker(4) + "ef");
        assertThat(new OutputLimits(2, 0).truncate("abcdef")).isEqualTo("ab" + OutputLimits.marker(4));
        assertThatThrownBy(() -> new OutputLimits(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
