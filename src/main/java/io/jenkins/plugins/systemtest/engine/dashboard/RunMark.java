package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

import java.util.Objects;

/**
 * One run as the dashboard keeps it: enough for a verdict strip, a pass rate and a link, nothing more.
 *
 * @param id             the run record's id
 * @param build          the build number
 * @param verdict        the verdict
 * @param passRate       the pass rate in percent, -1 when no test ran
 * @param executed       how many tests ran (all but the skipped)
 * @param startedAt      epoch milliseconds
 * @param durationMillis how long it took
 */
public record RunMark(String id, long build, RunVerdict verdict, double passRate, int executed, long startedAt,
        long durationMillis) {

    public RunMark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The mark of an index line. */
    public static RunMark of(RunSummary s) {
        return new RunMark(s.id(), s.build(), s.verdict(), s.passRate(), s.counts().executed(), s.startedAt(),
                s.durationMillis());
    }

    /** Whether this run started after {@code other} (build and id break ties). */
    public boolean isAfter(RunMark other) {
        if (startedAt != other.startedAt) {
            return startedAt > other.startedAt;
        }
        if (build != other.build) {
            return build > other.build;
        }
        return id.compareTo(other.id) > 0;
    }
}
