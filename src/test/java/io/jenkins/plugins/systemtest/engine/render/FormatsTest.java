package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void shouldSayThePassRateOfExecutedTestsAndHowManyWereSkipped() {
        assertThat(Formats.passRate(new RunCounts(45, 39, 2, 0, 3, 1))).isEqualTo("95.2% of 42 executed; 3 skipped");
        assertThat(Formats.passRate(new RunCounts(10, 10, 0, 0, 0, 0))).isEqualTo("100.0% of 10 executed");
    }

    @Test
    void shouldSayWhenNoTestRan() {
        assertThat(Formats.passRate(RunCounts.NONE)).isEqualTo("no test ran");
        assertThat(Formats.passRate(new RunCounts(4, 0, 0, 0, 4, 0))).isEqualTo("no test ran; 4 skipped");
    }

    @Test
    void shouldNeverRoundAFailingRunUpToAHundredPercent() {
        assertThat(Formats.passRate(new RunCounts(2000, 1999, 1, 0, 0, 0))).startsWith("99.9% ");
        assertThat(Formats.percent(-1)).isEqualTo("-");
    }

    @ParameterizedTest
    @CsvSource({"0,0 ms", "450,450 ms", "12345,12.3 s", "59999,59.9 s", "185000,3 min 05 s",
            "3725000,1 h 02 min", "-5,0 ms"})
    void shouldShowDurationsInTheLargestSensibleUnit(long millis, String expected) {
        assertThat(Formats.duration(millis)).isEqualTo(expected);
    }

    @Test
    void shouldShowInstantsInUtcToTheSecond() {
        assertThat(Formats.instant(1_714_557_600_123L)).isEqualTo("2024-05-01T10:00:00Z");
        assertThat(Formats.instant(0)).isEqualTo("unknown");
    }

    @Test
    void shouldGroupTheThousandsOfBigCountsInTilesAndPassRates() {
        assertThat(Formats.count(185_577)).isEqualTo("185,577");
        assertThat(Formats.count(999)).isEqualTo("999");
        assertThat(Formats.passRate(new RunCounts(185_577, 181_866, 3_711, 0, 1_200, 0)))
                .isEqualTo("98.6% of 184,377 executed; 1,200 skipped");
    }

    @Test
    void shouldShowReadableInstantsInUtcForPagesWithoutScript() {
        assertThat(Formats.readableInstant(1_714_557_600_123L)).isEqualTo("2024-05-01 10:00:00 UTC");
        assertThat(Formats.readableInstant(0)).isEqualTo("unknown");
    }

    @Test
    void shouldCutLongTextsAndSayHowMuchWasCut() {
        String text = "H".repeat(700) + "M".repeat(5000) + "T".repeat(300);
        String cut = Formats.headAndTail(text, 1000);

        assertThat(cut).startsWith("H".repeat(666)).endsWith("T".repeat(300)).contains("[5000 characters cut]");
        assertThat(Formats.clip("abcdef", 4)).isEqualTo("abc\u2026");
        assertThat(Formats.clip("abc", 4)).isEqualTo("abc");
    }

    @Test
    void shouldNotSplitSurrogatePairsWhenCutting() {
        String text = "ab\uD83D\uDE00cd";
        assertThat(Formats.clip(text, 4)).isEqualTo("ab\u2026");
    }
}
