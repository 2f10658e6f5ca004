package io.jenkins.plugins.systemtest.engine.rerun;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;

import java.util.List;
import java.util.Objects;

/**
 * What the machine that ran an attempt kept of it and sends back to the one that decides on a rerun (in Jenkins:
 * from the agent to the controller).
 *
 * @param results    the attempt's own results (secrets masked)
 * @param notes      what was left out or could not be kept, and why
 * @param rerunDir   the attempt's folder, where the rerun files for the next attempt are, as that machine names it
 * @param agentClock that machine's clock when it was done, the earliest start of the next attempt
 */
public record AttemptCollected(ParsedResults results, List<String> notes, String rerunDir, long agentClock) {

    public AttemptCollected {
        results = Objects.requireNonNullElse(results, ParsedResults.empty());
        notes = List.copyOf(Objects.requireNonNullElse(notes, List.of()));
        rerunDir = Objects.requireNonNullElse(rerunDir, "");
    }
}
