package io.jenkins.plugins.systemtest.engine.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Jenkins-wide summary at one moment: for every job with a system test history, the latest runs per tenant and
 * suite. Immutable; every change makes a new summary (a few thousand entries, copied in well under a millisecond).
 */
public final class DashboardSummary {

    private final Map<String, JobSummary> jobs;
    private final List<DashboardEntry> entries;

    /** A summary of no job. */
    public static DashboardSummary empty() {
        return new DashboardSummary(List.of());
    }

    public DashboardSummary(Collection<JobSummary> jobs) {
        TreeMap<String, JobSummary> map = new TreeMap<>();
        jobs.forEach(j -> map.put(j.job(), j));
        this.jobs = java.util.Collections.unmodifiableMap(map);
        List<DashboardEntry> all = new ArrayList<>();
        map.values().forEach(j -> all.addAll(j.entries()));
        this.entries = List.copyOf(all);
    }

    /** Every job's summary, by full name. */
    public Map<String, JobSummary> jobs() {
        return jobs;
    }

    /** Every entry of every job, by job, tenant and suite. */
    public List<DashboardEntry> entries() {
        return entries;
    }

    /** The summary of one job, or null. */
    public JobSummary job(String fullName) {
        return jobs.get(fullName);
    }

    /** This summary with one job's summary replaced (or added). */
    public DashboardSummary with(JobSummary job) {
        Map<String, JobSummary> map = new TreeMap<>(jobs);
        map.put(job.job(), job);
        return new DashboardSummary(map.values());
    }

    /** This summary without an item: a job, or a folder with every job below it. */
    public DashboardSummary without(String itemFullName) {
        List<JobSummary> kept = new ArrayList<>();
        jobs.values().stream().filter(j -> !isAtOrBelow(j.job(), itemFullName)).forEach(kept::add);
        return kept.size() == jobs.size() ? this : new DashboardSummary(kept);
    }

    /** This summary with an item renamed or moved: a job, or a folder with every job below it. */
    public DashboardSummary moved(String oldFullName, String newFullName) {
        List<JobSummary> out = new ArrayList<>();
        boolean changed = false;
        for (JobSummary j : jobs.values()) {
            if (isAtOrBelow(j.job(), oldFullName)) {
                out.add(j.renamed(newFullName + j.job().substring(oldFullName.length())));
                changed = true;
            } else {
                out.add(j);
            }
        }
        return changed ? new DashboardSummary(out) : this;
    }

    /** Whether {@code job} is the item or lies in the folder {@code item}. */
    static boolean isAtOrBelow(String job, String item) {
        return job.equals(item) || job.startsWith(item + "/");
    }
}
