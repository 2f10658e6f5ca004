package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks tests by how often their outcome flips. The runs are split into one sequence per tenant and suite, oldest
 * to newest. In a sequence a test is passing (PASSED, FLAKY, or not listed: summaries list only the tests that did
 * not pass) or not passing (FAILED, ERROR); a SKIPPED run says nothing and is passed over. Each change of state
 * between consecutive runs is a flip, and each FLAKY outcome one more. A test's flips are added up over the
 * sequences; only tests with at least one flip are ranked: most flips first, then most failures, then by id.
 */
public final class FlakyTestRanker {

    private static final Comparator<FlakyTest> RANKING = Comparator.comparingInt(FlakyTest::flips).reversed()
            .thenComparing(Comparator.comparingInt(FlakyTest::failures).reversed())
            .thenComparing(FlakyTest::testId);

    private FlakyTestRanker() {
    }

    /**
     * Ranks the tests of these runs.
     *
     * @param runs  the runs looked at, in any order (each sequence is sorted oldest first here)
     * @param limit at most this many tests
     */
    public static List<FlakyTest> rank(List<RunSummary> runs, int limit) {
        Map<String, List<RunSummary>> sequences = new LinkedHashMap<>();
        for (RunSummary s : runs) {
            sequences.computeIfAbsent(s.tenant() + '\u0000' + s.suite(), k -> new ArrayList<>()).add(s);
        }
        Map<String, Totals> totals = new HashMap<>();
        for (List<RunSummary> sequence : sequences.values()) {
            sequence.sort(HistoryQuery.NEWEST_FIRST.reversed());
            Map<String, Walk> walks = new HashMap<>();
            for (int i = 0; i < sequence.size(); i++) {
                RunSummary run = sequence.get(i);
                for (Map.Entry<String, TestOutcome> e : run.notPassed().entrySet()) {
                    walks.computeIfAbsent(e.getKey(), k -> new Walk()).step(i, e.getValue(), run.build());
                }
            }
            for (Map.Entry<String, Walk> e : walks.entrySet()) {
                Walk w = e.getValue();
                w.finish(sequence.size());
                totals.computeIfAbsent(e.getKey(), k -> new Totals()).add(w, sequence.size());
            }
        }
        List<FlakyTest> ranked = new ArrayList<>();
        totals.forEach((id, t) -> {
            if (t.flips > 0) {
                ranked.add(new FlakyTest(id, t.flips, t.runs, t.failures, t.flaky, t.lastBuild));
            }
        });
        ranked.sort(RANKING);
        return ranked.size() > limit ? List.copyOf(ranked.subList(0, Math.max(0, limit))) : ranked;
    }

    /** One test through one sequence; it only sees the runs where the test did not simply pass. */
    private static final class Walk {
        private static final int UNKNOWN = 0;
        private static final int PASSING = 1;
        private static final int FAILING = 2;

        int state = UNKNOWN;
        int last = -1;
        int flips;
        int failures;
        int flaky;
        long lastBuild = -1;

        void step(int index, TestOutcome outcome, long build) {
            if (index > last + 1) {
                to(PASSING); // the runs in between did not list it: it passed there
            }
            last = index;
            switch (outcome) {
                case FAILED, ERROR -> {
                    to(FAILING);
                    failures++;
                    lastBuild = Math.max(lastBuild, build);
                }
                case FLAKY -> {
                    to(PASSING);
                    flips++;
                    flaky++;
                    lastBuild = Math.max(lastBuild, build);
                }
                case PASSED -> to(PASSING);
                default -> {
                    // SKIPPED: no state
                }
            }
        }

        void finish(int size) {
            if (last < size - 1) {
                to(PASSING);
            }
        }

        private void to(int next) {
            if (state != UNKNOWN && state != next) {
                flips++;
            }
            state = next;
        }
    }

    /** One test over all sequences. */
    private static final class Totals {
        int flips;
        int runs;
        int failures;
        int flaky;
        long lastBuild = -1;

        void add(Walk w, int sequenceRuns) {
            flips += w.flips;
            runs += sequenceRuns;
            failures += w.failures;
            flaky += w.flaky;
            lastBuild = Math.max(lastBuild, w.lastBuild);
        }
    }
}
