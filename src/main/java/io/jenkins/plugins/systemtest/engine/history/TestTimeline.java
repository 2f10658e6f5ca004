package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One test's history for one tenant: its outcome in the tenant's latest runs, since when it has been failing and
 * how often it flips. The index lists only the tests that did not pass, so the runs looked at are those of the
 * suites in which the test did not pass at least once among the tenant's last {@code scan} runs; a run of such a
 * suite that does not list the test counts as PASSED. A tenant whose runs never list the test has no timeline:
 * the index cannot tell "always passed" from "not part of the suite".
 *
 * @param tenant       the tenant key
 * @param tenantName   its display name
 * @param testId       the test
 * @param suites       the suites looked at
 * @param entries      the test in each run looked at, oldest first
 * @param failingSince the first run of the failure streak the latest run is part of (FAILED or ERROR in a row up
 *                     to the latest), or null when the latest run did not fail
 * @param streakOpen   whether that streak goes back beyond the runs looked at ("failing since at least")
 * @param flips        how often the test went from passing to failing or back between consecutive runs (FLAKY
 *                     counts as passing, SKIPPED runs are passed over)
 * @param failures     in how many runs it failed or errored
 */
public record TestTimeline(String tenant, String tenantName, String testId, List<String> suites,
        List<TestHistoryEntry> entries, TestHistoryEntry failingSince, boolean streakOpen, int flips, int failures) {

    public TestTimeline {
        suites = List.copyOf(suites);
        entries = List.copyOf(entries);
    }

    /** Flips per pair of consecutive decided runs, 0 to 1; 0 when fewer than two runs decided. */
    public double flipRate() {
        long decided = entries.stream().filter(e -> e.outcome() != TestOutcome.SKIPPED).count();
        return decided < 2 ? 0 : (double) flips / (decided - 1);
    }

    /**
     * The timeline of a test for one tenant, or null when none of the tenant's last {@code scan} runs lists it.
     *
     * @param suite one suite, or null to look at every suite that lists the test
     * @param runs  how many of the latest runs to show
     * @param scan  how many of the tenant's latest runs to search for suites that list the test
     */
    public static TestTimeline of(HistoryQuery query, String testId, String tenant, String suite, int runs,
            int scan) {
        Set<String> suites = new LinkedHashSet<>();
        for (RunSummary s : query.page(HistoryFilter.ALL.withTenant(tenant).withSuite(suite), 0, scan).runs()) {
            if (s.notPassed().containsKey(testId)) {
                suites.add(s.suite());
            }
        }
        if (suites.isEmpty()) {
            return null;
        }
        List<TestHistoryEntry> newest = new ArrayList<>();
        for (String one : suites) {
            newest.addAll(query.testHistory(testId, runs, tenant, one));
        }
        newest.sort((a, b) -> {
            int c = Long.compare(b.startedAt(), a.startedAt());
            return c != 0 ? c : Long.compare(b.build(), a.build());
        });
        List<TestHistoryEntry> shown = new ArrayList<>(newest.subList(0, Math.min(runs, newest.size())));
        TestHistoryEntry since = null;
        int streak = 0;
        for (TestHistoryEntry e : shown) {
            if (!failing(e.outcome())) {
                break;
            }
            since = e;
            streak++;
        }
        Collections.reverse(shown);
        int flips = 0;
        int failures = 0;
        Boolean last = null;
        for (TestHistoryEntry e : shown) {
            if (failing(e.outcome())) {
                failures++;
            }
            if (e.outcome() == TestOutcome.SKIPPED) {
                continue;
            }
            boolean failed = failing(e.outcome());
            if (last != null && last != failed) {
                flips++;
            }
            last = failed;
        }
        String name = query.tenantNames().getOrDefault(tenant, tenant);
        return new TestTimeline(tenant, name, testId, List.copyOf(suites), shown, since,
                since != null && streak == shown.size() && newest.size() >= runs, flips, failures);
    }

    /** Whether an outcome counts as failing: FAILED or ERROR. */
    public static boolean failing(TestOutcome outcome) {
        return outcome == TestOutcome.FAILED || outcome == TestOutcome.ERROR;
    }
}
