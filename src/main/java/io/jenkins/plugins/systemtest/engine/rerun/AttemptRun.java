package io.jenkins.plugins.systemtest.engine.rerun;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;

import java.util.Objects;

/**
 * What one attempt of a run produced, read from its own result files right after it.
 *
 * @param number    1 for the first run of the suite, 2 for the first rerun...
 * @param startedAt epoch milliseconds
 * @param endedAt   epoch milliseconds
 * @param ending    how the command or block ended ("exit code 1", "completed"), or empty
 * @param results   the attempt's own results (secrets masked)
 */
public record AttemptRun(int number, long startedAt, long endedAt, String ending, ParsedResults results) {

    public AttemptRun {
        if (number < 1) {
            throw new IllegalArgumentException("attempt numbers start at 1, not " + number);
        }
        ending = Objects.requireNonNullElse(ending, "");
        results = Objects.requireNonNullElse(results, ParsedResults.empty());
    }
}
