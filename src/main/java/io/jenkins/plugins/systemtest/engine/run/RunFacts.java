package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.gate.QualityGate;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;

import java.util.Map;
import java.util.Objects;

/**
 * What is known about a run apart from its results: who it ran for, under which gate, when, and why.
 *
 * @param id        the run's id, unique within the job
 * @param build     the build or sequence number
 * @param tenant    the tenant context
 * @param gate      the quality gate
 * @param startedAt epoch milliseconds
 * @param endedAt   epoch milliseconds
 * @param trigger   who or what started it
 * @param revision  the source revision, or empty
 * @param interruption why the run was stopped before it ended, or null when it was not
 * @param extra     anything else worth keeping (never secrets)
 */
public record RunFacts(String id, long build, TenantContext tenant, QualityGate gate, long startedAt, long endedAt,
        String trigger, String revision, Interruption interruption, Map<String, String> extra) {

    /** Facts of a run that was ({@code aborted}) or was not stopped, for no known reason. */
    public RunFacts(String id, long build, TenantContext tenant, QualityGate gate, long startedAt, long endedAt,
            String trigger, String revision, boolean aborted, Map<String, String> extra) {
        this(id, build, tenant, gate, startedAt, endedAt, trigger, revision,
                aborted ? Interruption.other("stopped before it ended") : null, extra);
    }

    public RunFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        gate = Objects.requireNonNullElse(gate, QualityGate.DEFAULT);
        trigger = Objects.requireNonNullElse(trigger, "");
        revision = Objects.requireNonNullElse(revision, "");
        extra = Map.copyOf(Objects.requireNonNullElse(extra, Map.of()));
    }

    /** Whether the run was stopped before it ended. */
    public boolean aborted() {
        return interruption != null;
    }
}
