package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;

import java.util.List;
import java.util.Objects;

/**
 * What the machine that runs the tests found before they started: the service checks, what they logged, the time
 * on its clock when the checks began (result files older than that belong to an earlier run), and where it wrote
 * the tenant context file.
 *
 * @param results     one result per required service, in the order required
 * @param log         the lines the checks logged, in order
 * @param agentClock  epoch milliseconds on that machine's clock when the checks began
 * @param contextFile the absolute path of the tenant context file, as that machine names it; empty when none was
 *                    written (a required service was down)
 */
public record PreflightOutcome(List<ProbeResult> results, List<String> log, long agentClock, String contextFile) {

    public PreflightOutcome {
        results = List.copyOf(Objects.requireNonNullElse(results, List.of()));
        log = List.copyOf(Objects.requireNonNullElse(log, List.of()));
        contextFile = Objects.requireNonNullElse(contextFile, "");
    }

    /** Whether every required service is up (true when none is required). */
    public boolean allUp() {
        return results.stream().allMatch(ProbeResult::up);
    }
}
