package io.jenkins.plugins.systemtest.engine.analysis;

import java.util.List;

/**
 * The failures of a run, grouped and with their cascades.
 *
 * @param groups   the groups, independent failures first, groups of cascade followers last
 * @param cascades the cascades, in the order their roots ran
 */
public record FailureAnalysis(List<FailureGroup> groups, List<Cascade> cascades) {

    public static final FailureAnalysis NONE = new FailureAnalysis(List.of(), List.of());

    public FailureAnalysis {
        groups = List.copyOf(groups);
        cascades = List.copyOf(cascades);
    }

    /** Whether there are failures and every one of them is classified as infrastructure. */
    public boolean isAllInfrastructure() {
        return !groups.isEmpty() && groups.stream().allMatch(g -> g.category() == FailureCategory.INFRASTRUCTURE);
    }
}
