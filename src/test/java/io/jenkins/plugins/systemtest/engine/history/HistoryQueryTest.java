package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.jenkins.plugins.systemtest.engine.model.TestOutcome.ERROR;
import static io.jenkins.plugins.systemtest.engine.model.TestOutcome.FAILED;
import static io.jenkins.plugins.systemtest.engine.model.TestOutcome.FLAKY;
import static io.jenkins.plugins.systemtest.engine.model.TestOutcome.PASSED;
import static io.jenkins.plugins.systemtest.engine.model.TestOutcome.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryQueryTest {

    private static final String[] TENANTS = {"acme", "globex", "initech"};
    private static final String[] SUITES = {"e2e", "smoke"};

    /** Runs of three tenants and two suites with random start times (some equal), builds and verdicts. */
    private static List<RunSummary> randomRuns(Random random, int count) {
        List<RunSummary> runs = new ArrayList<>();
        RunVerdict[] verdicts = RunVerdict.values();
        for (int i = 0; i < count; i++) {
            String tenant = TENANTS[random.nextInt(TENANTS.length)];
            String suite = SUITES[random.nextInt(SUITES.length)];
            RunSummary s = Summaries.run("r" + i, random.nextInt(50), tenant, suite, 1000L * random.nextInt(200));
            runs.add(Summaries.withVerdict(s, verdicts[random.nextInt(verdicts.length)]));
        }
        return runs;
    }

    private static List<RunSummary> expected(List<RunSummary> runs, HistoryFilter f) {
        return runs.stream()
                .filter(s -> f.tenant() == null || s.tenant().equals(f.tenant()))
                .filter(s -> f.suite() == null || s.suite().equals(f.suite()))
                .filter(s -> f.verdicts().isEmpty() || f.verdicts().contains(s.verdict()))
                .filter(s -> s.startedAt() >= f.from() && s.startedAt() < f.to())
                .sorted(Comparator.comparingLong(RunSummary::startedAt).reversed()
                        .thenComparing(Comparator.comparingLong(RunSummary::build).reversed())
                        .thenComparing(Comparator.comparing(RunSummary::id).reversed()))
                .toList();
    }

    @Test
    void shouldFilterAndPageLikeAPlainScanOverAllRuns() {
        Random random = new Random(7);
        List<RunSummary> runs = randomRuns(random, 600);
        HistoryQuery query = new HistoryQuery(runs);
        for (int i = 0; i < 300; i++) {
            HistoryFilter filter = HistoryFilter.ALL;
            if (random.nextBoolean()) {
                filter = filter.withTenant(TENANTS[random.nextInt(TENANTS.length)]);
            }
            if (random.nextBoolean()) {
                filter = filter.withSuite(SUITES[random.nextInt(SUITES.length)]);
            }
            if (random.nextBoolean()) {
                filter = filter.withVerdicts(EnumSet.of(RunVerdict.values()[random.nextInt(5)], RunVerdict.FAILED));
            }
            if (random.nextBoolean()) {
                long from = 1000L * random.nextInt(200);
                filter = filter.between(from, from + 1000L * random.nextInt(100));
            }
            int offset = random.nextInt(40);
            int limit = random.nextInt(30);
            List<RunSummary> all = expected(runs, filter);

            HistoryPage page = query.page(filter, offset, limit);

            assertThat(page.total()).as("%s", filter).isEqualTo(all.size());
            assertThat(page.runs()).as("%s offset %d limit %d", filter, offset, limit)
                    .containsExactlyElementsOf(all.subList(Math.min(offset, all.size()),
                            Math.min(offset + limit, all.size())));
            assertThat(page.hasMore()).isEqualTo(offset + limit < all.size());
        }
    }

    @Test
    void shouldPageTheNewestRunsOfATenantFirst() {
        List<RunSummary> runs = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            runs.add(Summaries.run(i + "-acme-e2e", i, "acme", "e2e", i * 60_000L));
            runs.add(Summaries.run(i + "-globex-e2e", i, "globex", "e2e", i * 60_000L + 1));
        }
        HistoryQuery query = new HistoryQuery(runs);

        HistoryPage first = query.page(HistoryFilter.ALL.withTenant("acme"), 0, 10);
        HistoryPage last = query.page(HistoryFilter.ALL.withTenant("acme"), 20, 10);
        HistoryPage beyond = query.page(HistoryFilter.ALL.withTenant("acme"), 30, 10);

        assertThat(first.runs()).extracting(RunSummary::build).containsExactly(25L, 24L, 23L, 22L, 21L, 20L, 19L,
                18L, 17L, 16L);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.hasMore()).isTrue();
        assertThat(last.runs()).extracting(RunSummary::build).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(last.hasMore()).isFalse();
        assertThat(beyond.runs()).isEmpty();
        assertThat(beyond.total()).isEqualTo(25);
        assertThat(query.page(HistoryFilter.ALL.withTenant("nobody"), 0, 10).total()).isZero();
        assertThatThrownBy(() -> query.page(HistoryFilter.ALL, -1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldOrderRunsStartedInTheSameMillisecondByBuild() {
        HistoryQuery query = new HistoryQuery(List.of(Summaries.run("b", 8, "a", "s", 500),
                Summaries.run("a", 9, "a", "s", 500), Summaries.run("c", 1, "a", "s", 400)));

        assertThat(query.newestFirst()).extracting(RunSummary::id).containsExactly("a", "b", "c");
    }

    @Test
    void shouldGiveTheTrendOfTheLastRunsOldestFirst() {
        List<RunSummary> runs = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            runs.add(Summaries.run(i + "-acme-e2e", i, "acme", "e2e", i * 100L, 10,
                    i % 2 == 0 ? Map.of("t", FAILED) : Map.of()));
            runs.add(Summaries.run(i + "-acme-smoke", i, "acme", "smoke", i * 100L + 50));
        }
        runs.add(Summaries.run("7-acme-e2e", 7, "acme", "e2e", 700, 0, Map.of()));
        HistoryQuery query = new HistoryQuery(runs);

        List<TrendPoint> e2e = query.trend("acme", "e2e", 3);
        List<TrendPoint> all = query.trend("acme", null, 3);

        assertThat(e2e).extracting(TrendPoint::runId).containsExactly("5-acme-e2e", "6-acme-e2e", "7-acme-e2e");
        assertThat(e2e).extracting(TrendPoint::passRate).containsExactly(100.0, 90.0, -1.0);
        assertThat(e2e).extracting(TrendPoint::verdict).containsExactly(RunVerdict.PASSED, RunVerdict.FAILED,
                RunVerdict.NO_TESTS);
        assertThat(all).extracting(TrendPoint::runId).containsExactly("6-acme-e2e", "6-acme-smoke", "7-acme-e2e");
        assertThat(query.trend("acme", "e2e", 100)).hasSize(7);
        assertThat(query.trend("nobody", null, 5)).isEmpty();
    }

    @Test
    void shouldFindThePreviousRunOfTheSameTenantAndSuite() {
        HistoryQuery query = new HistoryQuery(List.of(
                Summaries.run("1-acme-e2e", 1, "acme", "e2e", 100),
                Summaries.run("1-globex-e2e", 1, "globex", "e2e", 110),
                Summaries.run("1-acme-smoke", 1, "acme", "smoke", 120),
                Summaries.run("2-acme-smoke", 2, "acme", "smoke", 200),
                Summaries.run("2-globex-e2e", 2, "globex", "e2e", 210),
                Summaries.run("3-acme-e2e", 3, "acme", "e2e", 300)));

        assertThat(query.previousRun("acme", "e2e", "3-acme-e2e")).map(RunSummary::id).contains("1-acme-e2e");
        assertThat(query.previousRun("globex", "e2e", "2-globex-e2e")).map(RunSummary::id).contains("1-globex-e2e");
        assertThat(query.previousRun("acme", "e2e", "1-acme-e2e")).isEmpty();
        assertThat(query.previousRun("acme", "e2e", "2-globex-e2e")).isEmpty();
        assertThat(query.previousRun("acme", "e2e", "unknown")).isEmpty();
        assertThat(query.previousRun("acme", "smoke", 400L)).map(RunSummary::id).contains("2-acme-smoke");
        assertThat(query.previousRun("acme", "smoke", 200L)).map(RunSummary::id).contains("1-acme-smoke");
        assertThat(query.previousRun("acme", "smoke", 120L)).isEmpty();
    }

    @Test
    void shouldGiveTheHistoryOfOneTestNewestFirstSkippingRunsWithoutTests() {
        HistoryQuery query = new HistoryQuery(List.of(
                Summaries.run("1-a-s", 1, "a", "s", 100, 10, Map.of("T.x", FAILED)),
                Summaries.run("1-b-s", 1, "b", "s", 110, 10, Map.of("T.x", ERROR)),
                Summaries.run("2-a-s", 2, "a", "s", 200, 10, Map.of("T.y", FAILED)),
                Summaries.run("3-a-s", 3, "a", "s", 300, 0, Map.of()),
                Summaries.run("4-a-s", 4, "a", "s", 400, 10, Map.of("T.x", FLAKY)),
                Summaries.run("5-a-s", 5, "a", "s", 500, 10, Map.of("T.x", SKIPPED))));

        List<TestHistoryEntry> all = query.testHistory("T.x", 10, null);
        List<TestHistoryEntry> lastThreeOfA = query.testHistory("T.x", 3, "a");

        assertThat(all).extracting(TestHistoryEntry::runId)
                .containsExactly("5-a-s", "4-a-s", "2-a-s", "1-b-s", "1-a-s");
        assertThat(all).extracting(TestHistoryEntry::outcome).containsExactly(SKIPPED, FLAKY, PASSED, ERROR, FAILED);
        assertThat(lastThreeOfA).extracting(TestHistoryEntry::build).containsExactly(5L, 4L, 2L);
        assertThat(lastThreeOfA.get(0)).isEqualTo(new TestHistoryEntry("5-a-s", 5, "a", 500, SKIPPED));
        assertThat(query.testHistory("T.x", 10, "a", "other")).isEmpty();
    }

    @Test
    void shouldRankFlakyTestsByFlipsThenFailuresThenId() {
        List<RunSummary> runs = new ArrayList<>();
        // acme/e2e, oldest first:      1     2     3     4     5     6
        TestOutcome[] alternating = {FAILED, PASSED, FAILED, PASSED, PASSED, PASSED}; // 3 flips, 2 failures
        TestOutcome[] retried = {PASSED, FLAKY, PASSED, PASSED, FLAKY, PASSED}; // 2 flips (flaky), 0 failures
        TestOutcome[] brokenOnce = {PASSED, PASSED, FAILED, FAILED, FAILED, PASSED}; // 2 flips, 3 failures
        TestOutcome[] broken = {FAILED, FAILED, FAILED, FAILED, FAILED, FAILED}; // 0 flips
        TestOutcome[] skipped = {FAILED, SKIPPED, FAILED, SKIPPED, FAILED, FAILED}; // 0 flips
        TestOutcome[] fixed = {ERROR, ERROR, PASSED, PASSED, PASSED, PASSED}; // 1 flip, 2 failures
        for (int i = 0; i < 6; i++) {
            Map<String, TestOutcome> np = new java.util.HashMap<>();
            put(np, "alternating", alternating[i]);
            put(np, "retried", retried[i]);
            put(np, "brokenOnce", brokenOnce[i]);
            put(np, "broken", broken[i]);
            put(np, "skipped", skipped[i]);
            put(np, "fixed", fixed[i]);
            np.put("tenantSpecific", FAILED); // fails in every acme run, passes in every globex run
            np.put("aRetried", i == 1 ? FLAKY : FAILED); // FAILED FLAKY FAILED ...: 2 flips + 1 flaky = 3
            runs.add(Summaries.run((i + 1) + "-acme-e2e", i + 1, "acme", "e2e", i * 100L, 50, np));
            runs.add(Summaries.run((i + 1) + "-globex-e2e", i + 1, "globex", "e2e", i * 100L + 50, 50,
                    i == 3 ? Map.of("alternating", FAILED) : Map.of()));
        }
        runs.add(Summaries.run("7-acme-e2e", 7, "acme", "e2e", 700, 0, Map.of()));
        HistoryQuery query = new HistoryQuery(runs);

        List<FlakyTest> acme = query.flakyTests(100, "acme", 10);
        List<FlakyTest> everywhere = query.flakyTests(100, null, 10);

        assertThat(acme).extracting(FlakyTest::testId)
                .containsExactly("aRetried", "alternating", "brokenOnce", "retried", "fixed");
        assertThat(acme.get(0)).isEqualTo(new FlakyTest("aRetried", 3, 6, 5, 1, 6));
        assertThat(acme.get(1)).isEqualTo(new FlakyTest("alternating", 3, 6, 2, 0, 3));
        assertThat(acme.get(3)).isEqualTo(new FlakyTest("retried", 2, 6, 0, 2, 5));
        assertThat(everywhere.get(0)).isEqualTo(new FlakyTest("alternating", 5, 12, 3, 0, 4));
        assertThat(everywhere).extracting(FlakyTest::testId).doesNotContain("tenantSpecific", "broken", "skipped");
        assertThat(query.flakyTests(100, "acme", 2)).hasSize(2);
        // the last two acme runs with tests (5 and 6): brokenOnce FAILED then PASSED, retried FLAKY then PASSED
        assertThat(query.flakyTests(2, "acme", 10)).containsExactly(new FlakyTest("brokenOnce", 1, 2, 1, 0, 5),
                new FlakyTest("retried", 1, 2, 0, 1, 5));
    }

    private static void put(Map<String, TestOutcome> notPassed, String id, TestOutcome outcome) {
        if (outcome != PASSED) {
            notPassed.put(id, outcome);
        }
    }

    @Test
    void shouldListTenantsAndSuitesForTheFilters() {
        HistoryQuery query = new HistoryQuery(List.of(
                Summaries.run("1", 1, "globex", "smoke", 1), Summaries.run("2", 2, "acme", "e2e", 2),
                Summaries.run("3", 3, "acme", "api", 3),
                new RunSummary("4", 4, "acme", "ACME Corp", "e2e", RunVerdict.PASSED, null, 4, 0, "", "", Map.of())));

        assertThat(query.tenants()).containsExactly("acme", "globex");
        assertThat(query.tenantNames()).containsExactly(Map.entry("acme", "ACME Corp"), Map.entry("globex", "GLOBEX"));
        assertThat(query.suites()).containsExactly("api", "e2e", "smoke");
        assertThat(query.suites("acme")).containsExactly("api", "e2e");
        assertThat(query.suites("nobody")).isEmpty();
    }

    @Test
    void shouldTreatAFilterOfEveryVerdictAsNoFilter() {
        assertThat(HistoryFilter.ALL.withVerdicts(EnumSet.allOf(RunVerdict.class))).isEqualTo(HistoryFilter.ALL);
        assertThatThrownBy(() -> HistoryFilter.ALL.between(10, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
