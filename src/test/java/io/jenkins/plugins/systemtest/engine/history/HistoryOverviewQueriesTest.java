package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecordStore;
import io.jenkins.plugins.systemtest.engine.record.SampleRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The index queries behind the matrix, the trend windows, a test's history per tenant and the name suggestions. */
class HistoryOverviewQueriesTest {

    private static final String T = "com.acme.CartIT.checkout";

    @TempDir
    Path dir;

    @Test
    void shouldPutEveryTenantAndSuiteInTheMatrixWithTheLatestRunAndTheLastVerdictsBrokenTenantsFirst() {
        List<RunSummary> runs = new ArrayList<>();
        for (int b = 1; b <= 30; b++) {
            runs.add(Summaries.run(b + "-acme-e2e", b, "acme", "e2e", b * 1000L));
            runs.add(Summaries.run(b + "-zeta-e2e", b, "zeta", "e2e", b * 1000L + 1, 10,
                    b == 30 ? Map.of(T, TestOutcome.FAILED) : Map.of()));
        }
        runs.add(Summaries.run("5-acme-api", 5, "acme", "api", 5000));

        TenantMatrix m = TenantMatrix.of(new HistoryQuery(runs), 20, 100);

        assertThat(m.suites()).containsExactly("api", "e2e");
        assertThat(m.rows()).extracting(TenantMatrix.Row::tenant).containsExactly("zeta", "acme");
        TenantMatrix.Row zeta = m.rows().get(0);
        assertThat(zeta.cells().get(0).latest()).as("zeta never ran api").isNull();
        assertThat(zeta.cells().get(1).latest().id()).isEqualTo("30-zeta-e2e");
        assertThat(zeta.cells().get(1).strip()).hasSize(20).last().extracting(RunSummary::verdict)
                .isEqualTo(RunVerdict.FAILED);
        assertThat(zeta.cells().get(1).strip().get(0).build()).isEqualTo(11);
        assertThat(m.rows().get(1).cells().get(0).latest().id()).isEqualTo("5-acme-api");
        assertThat(TenantMatrix.of(new HistoryQuery(runs), 20, 1)).satisfies(cut -> {
            assertThat(cut.rows()).extracting(TenantMatrix.Row::tenant).containsExactly("zeta");
            assertThat(cut.cut()).isEqualTo(1);
        });
    }

    @Test
    void shouldFitThePassRateAxisToTheDataSoThatNearlyAllPassingIsNotAFlatLine() {
        FittedAxis axis = FittedAxis.ofPercent(99.7, 100, 99.9);

        assertThat(axis.min()).as("a span of about half a point, not 0-100").isGreaterThanOrEqualTo(99)
                .isLessThanOrEqualTo(99.7);
        assertThat(axis.max()).isEqualTo(100);
        assertThat(axis.ticks()).first().isEqualTo(axis.min());
        assertThat(axis.ticks()).last().isEqualTo(axis.max());
        assertThat(FittedAxis.ofPercent(100, 100).min()).isLessThan(100);
        assertThat(FittedAxis.ofPercent(12, 97)).satisfies(a -> {
            assertThat(a.min()).isLessThanOrEqualTo(12).isGreaterThanOrEqualTo(0);
            assertThat(a.max()).isGreaterThanOrEqualTo(97).isLessThanOrEqualTo(100);
        });
        assertThat(FittedAxis.ofPercent()).isEqualTo(new FittedAxis(0, 100, axisTicks(0, 100, 50)));
        assertThat(FittedAxis.ofPercent(0, 0).min()).isZero();
    }

    @Test
    void shouldPageTheTrendWindowBackFromTheLatestRunsOldestFirst() {
        List<RunSummary> runs = new ArrayList<>();
        for (int b = 1; b <= 95; b++) {
            runs.add(Summaries.run(b + "-acme-e2e", b, "acme", "e2e", b * 1000L, 1000,
                    b % 10 == 0 ? Map.of(T, TestOutcome.FAILED) : Map.of()));
        }
        HistoryQuery q = new HistoryQuery(runs);

        TrendWindow latest = TrendWindow.of(q, "acme", null, 1, 40);
        TrendWindow third = TrendWindow.of(q, "acme", null, 3, 40);

        assertThat(latest.runs()).extracting(RunSummary::build).startsWith(56L).endsWith(95L).hasSize(40);
        assertThat(third.runs()).extracting(RunSummary::build).startsWith(1L).endsWith(15L);
        assertThat(latest.pages(40)).isEqualTo(3);
        assertThat(latest.axis().min()).isGreaterThan(99).isLessThanOrEqualTo(99.9);
    }

    @Test
    void shouldTellSinceWhenATestFailsAndHowOftenItFlipsPerTenantOnlyInTheSuitesThatListIt() {
        List<RunSummary> runs = new ArrayList<>();
        TestOutcome[] acme = {TestOutcome.FAILED, TestOutcome.PASSED, TestOutcome.FLAKY, TestOutcome.PASSED,
            TestOutcome.FAILED, TestOutcome.SKIPPED, TestOutcome.ERROR, TestOutcome.FAILED};
        for (int b = 1; b <= acme.length; b++) {
            runs.add(Summaries.run(b + "-acme-e2e", b, "acme", "e2e", b * 1000L, 10,
                    acme[b - 1] == TestOutcome.PASSED ? Map.of() : Map.of(T, acme[b - 1])));
            runs.add(Summaries.run(b + "-acme-api", b, "acme", "api", b * 1000L + 1));
            runs.add(Summaries.run(b + "-globex-e2e", b, "globex", "e2e", b * 1000L + 2));
        }
        HistoryQuery q = new HistoryQuery(runs);

        TestTimeline t = TestTimeline.of(q, T, "acme", null, 40, 500);

        assertThat(TestTimeline.of(q, T, "globex", null, 40, 500)).as("never listed for globex").isNull();
        assertThat(t.suites()).containsExactly("e2e");
        assertThat(t.entries()).extracting(TestHistoryEntry::outcome).containsExactly(acme);
        assertThat(t.failingSince().build()).isEqualTo(7);
        assertThat(t.streakOpen()).isFalse();
        assertThat(t.failures()).isEqualTo(4);
        // F P (flaky=P) P F (skip) E F: F->P, P->F = 2 flips over 6 decided pairs... 7 decided runs
        assertThat(t.flips()).isEqualTo(2);
        assertThat(t.flipRate()).isEqualTo(2.0 / 6);
        assertThat(TestTimeline.of(q, T, "acme", null, 2, 500)).satisfies(last -> {
            assertThat(last.failingSince().build()).isEqualTo(7);
            assertThat(last.streakOpen()).isTrue();
        });
    }

    @Test
    void shouldSuggestTestNamesFromTheIndexPrefixMatchesFirstAndBounded() {
        List<RunSummary> runs = new ArrayList<>();
        runs.add(Summaries.run("1-a-e2e", 1, "a", "e2e", 1000, 10, Map.of("com.acme.CartIT.checkout",
                TestOutcome.FAILED, "com.acme.MiniCartIT.open", TestOutcome.FLAKY)));
        for (int i = 0; i < 50; i++) {
            runs.add(Summaries.run((i + 2) + "-a-e2e", i + 2, "a", "e2e", 2000L + i, 10,
                    Map.of("com.acme.Search" + i + "IT.cart", TestOutcome.SKIPPED)));
        }
        HistoryQuery q = new HistoryQuery(runs);

        assertThat(TestNameSuggester.suggest(q, "cartit", 20)).startsWith("com.acme.CartIT.checkout")
                .contains("com.acme.MiniCartIT.open").hasSize(2);
        assertThat(TestNameSuggester.suggest(q, "CART", 20)).as("word starts, most recent first").hasSize(20)
                .startsWith("com.acme.Search49IT.cart").doesNotContain("com.acme.MiniCartIT.open");
        assertThat(TestNameSuggester.suggest(q, "", 5)).hasSize(5).first().isEqualTo("com.acme.Search49IT.cart");
        assertThat(TestNameSuggester.suggest(q, "nothing", 5)).isEmpty();
    }

    @Test
    void shouldReadTheFailureMessageOfEachFailingRunFromItsRecordWithinTheBudget() throws IOException {
        RunRecordStore store = new RunRecordStore(dir);
        store.write(SampleRecords.full("17-acme-e2e"));
        FailureMessages messages = new FailureMessages(store);

        Map<String, String> texts = messages.of("de.acme.KasseIT.sollte_bezahlen_\u00fc",
                List.of("17-acme-e2e", "18-acme-e2e", "19-acme-e2e"), 2);

        assertThat(texts).containsOnlyKeys("17-acme-e2e", "18-acme-e2e");
        assertThat(texts.get("17-acme-e2e")).startsWith("org.opentest4j.AssertionFailedError: expected: <200>");
        assertThat(texts.get("18-acme-e2e")).isEqualTo("(no run record)");
        assertThat(messages.of("de.acme.KasseIT.other", List.of("17-acme-e2e"), 5).get("17-acme-e2e"))
                .isEqualTo("(not in the run record)");
    }

    private static List<Double> axisTicks(double from, double to, double step) {
        List<Double> ticks = new ArrayList<>();
        for (double v = from; v <= to; v += step) {
            ticks.add(v);
        }
        return ticks;
    }
}
