package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

import java.util.Map;
import java.util.Objects;

/**
 * A run whose block has started and whose record is not written yet, as its marker file says (see
 * {@link LiveRuns}).
 *
 * @param id         the run id (reserved; the record will have it)
 * @param build      the build (Jenkins) or sequence (command line) number
 * @param tenant     the tenant key
 * @param tenantName the tenant's display name
 * @param suite      the suite
 * @param startedAt  when the run started (epoch milliseconds)
 * @param trigger    who or what started it
 * @param buildUrl   the build's URL relative to Jenkins' root ({@code <buildUrl>console} is its console),
 *                   or empty
 */
public record LiveRun(String id, long build, String tenant, String tenantName, String suite, long startedAt,
        String trigger, String buildUrl) {

    public LiveRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        tenantName = Objects.requireNonNullElse(tenantName, tenant);
        suite = Objects.requireNonNullElse(suite, "default");
        trigger = Objects.requireNonNullElse(trigger, "");
        buildUrl = Objects.requireNonNullElse(buildUrl, "");
    }

    /** The run as a history row: verdict RUNNING, no counts, running for {@code now - startedAt}. */
    public RunSummary asSummary(long now) {
        return new RunSummary(id, build, tenant, tenantName, suite, RunVerdict.RUNNING, RunCounts.NONE, startedAt,
                Math.max(0, now - startedAt), trigger, "", Map.of());
    }
}
