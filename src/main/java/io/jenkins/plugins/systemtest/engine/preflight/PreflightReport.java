package io.jenkins.plugins.systemtest.engine.preflight;

import java.util.List;
import java.util.Objects;

/**
 * What the preflight found: one result per required service, in the order required.
 *
 * @param results the results, in the order the targets were given
 */
public record PreflightReport(List<ProbeResult> results) {

    public PreflightReport {
        results = List.copyOf(Objects.requireNonNullElse(results, List.of()));
    }

    /** Whether every required service is up (true when none is required). */
    public boolean allUp() {
        return results.stream().allMatch(ProbeResult::up);
    }

    /** The services that are down, in order. */
    public List<ProbeResult> down() {
        return results.stream().filter(r -> !r.up()).toList();
    }

    /** One sentence per service that is down, for the reasons of an infrastructure verdict. */
    public List<String> reasons() {
        return down().stream()
                .map(r -> "required service " + r.target() + " is down (" + r.cause() + ": " + r.message() + "): "
                        + r.hint())
                .toList();
    }
}
