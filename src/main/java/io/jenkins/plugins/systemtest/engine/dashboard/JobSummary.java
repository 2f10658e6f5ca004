package io.jenkins.plugins.systemtest.engine.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the dashboard knows of one job: one entry per tenant and suite that ran there, and the size its history
 * index had when this was computed (a different size means the summary is out of date and is computed again).
 *
 * @param job       the job's full name
 * @param indexSize the length in bytes of the job's history index this summary reflects
 * @param entries   one per tenant and suite, sorted by tenant and suite
 */
public record JobSummary(String job, long indexSize, List<DashboardEntry> entries) {

    private static final Comparator<DashboardEntry> ORDER = Comparator.comparing(DashboardEntry::tenant)
            .thenComparing(DashboardEntry::suite);

    public JobSummary {
        Objects.requireNonNull(job, "job");
        List<DashboardEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        entries = List.copyOf(sorted);
    }

    /** The summary with one more run of a tenant and suite; its index now has {@code newIndexSize} bytes. */
    public JobSummary plus(String tenant, String tenantName, String suite, RunMark mark, List<CauseNote> causes,
            long newIndexSize) {
        Map<String, DashboardEntry> byKey = byKey();
        String key = DashboardEntry.key(tenant, suite);
        DashboardEntry old = byKey.get(key);
        byKey.put(key, old == null ? new DashboardEntry(job, tenant, tenantName, suite, List.of(mark), causes)
                : old.plus(mark, tenantName, causes));
        return new JobSummary(job, newIndexSize, new ArrayList<>(byKey.values()));
    }

    /** The same summary under another job name. */
    public JobSummary renamed(String newJob) {
        return new JobSummary(newJob, indexSize, entries.stream().map(e -> e.inJob(newJob)).toList());
    }

    private Map<String, DashboardEntry> byKey() {
        Map<String, DashboardEntry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.key(), e));
        return map;
    }
}
