package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which runs a history page shows.
 *
 * @param tenant   only this tenant, or null for all
 * @param suite    only this suite, or null for all
 * @param verdicts only these verdicts; empty (or all of them) for all
 * @param from     only runs started at or after this (epoch milliseconds)
 * @param to       only runs started before this (epoch milliseconds, exclusive)
 */
public record HistoryFilter(String tenant, String suite, Set<RunVerdict> verdicts, long from, long to) {

    /** Every run. */
    public static final HistoryFilter ALL = new HistoryFilter(null, null, Set.of(), Long.MIN_VALUE, Long.MAX_VALUE);

    public HistoryFilter {
        tenant = tenant == null || tenant.isEmpty() ? null : tenant;
        suite = suite == null || suite.isEmpty() ? null : suite;
        verdicts = verdicts == null || verdicts.isEmpty() || verdicts.size() == RunVerdict.values().length
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(verdicts));
        if (from > to) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    public HistoryFilter withTenant(String newTenant) {
        return new HistoryFilter(newTenant, suite, verdicts, from, to);
    }

    public HistoryFilter withSuite(String newSuite) {
        return new HistoryFilter(tenant, newSuite, verdicts, from, to);
    }

    public HistoryFilter withVerdicts(Collection<RunVerdict> newVerdicts) {
        return new HistoryFilter(tenant, suite, newVerdicts == null ? Set.of() : Set.copyOf(newVerdicts), from, to);
    }

    /** Only runs started in {@code [newFrom, newTo)}. */
    public HistoryFilter between(long newFrom, long newTo) {
        return new HistoryFilter(tenant, suite, verdicts, newFrom, newTo);
    }

    /** Whether a run's verdict passes the filter. */
    boolean acceptsVerdict(RunVerdict verdict) {
        return verdicts.isEmpty() || verdicts.contains(verdict);
    }
}
