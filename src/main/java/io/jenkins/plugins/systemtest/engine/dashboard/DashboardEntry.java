package io.jenkins.plugins.systemtest.engine.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The state of one tenant and suite in one job: its latest runs, newest first (the first is the latest; the rest
 * make the verdict strip), and the causes of failure of the latest run.
 *
 * @param job        the job's full name ({@code team/shop/main})
 * @param tenant     the tenant key
 * @param tenantName the tenant's display name in the latest run
 * @param suite      the suite
 * @param recent     the latest runs, newest first, at most {@link #RECENT}
 * @param causes     the causes of failure of the latest run (empty when it passed)
 */
public record DashboardEntry(String job, String tenant, String tenantName, String suite, List<RunMark> recent,
        List<CauseNote> causes) {

    /** How many runs are kept per job, tenant and suite. */
    public static final int RECENT = 10;

    public DashboardEntry {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(tenant, "tenant");
        tenantName = Objects.requireNonNullElse(tenantName, tenant);
        suite = Objects.requireNonNullElse(suite, "default");
        recent = List.copyOf(recent);
        if (recent.isEmpty()) {
            throw new IllegalArgumentException("an entry needs at least one run: " + job + " " + tenant);
        }
        causes = List.copyOf(Objects.requireNonNullElse(causes, List.<CauseNote>of()));
    }

    /** The latest run. */
    public RunMark latest() {
        return recent.get(0);
    }

    /** The entry with one more run (a run already kept under the same id is replaced). */
    public DashboardEntry plus(RunMark mark, String name, List<CauseNote> markCauses) {
        List<RunMark> runs = new ArrayList<>(recent.size() + 1);
        for (RunMark r : recent) {
            if (!r.id().equals(mark.id())) {
                runs.add(r);
            }
        }
        int at = 0;
        while (at < runs.size() && runs.get(at).isAfter(mark)) {
            at++;
        }
        runs.add(at, mark);
        boolean newest = at == 0;
        return new DashboardEntry(job, tenant, newest ? name : tenantName, suite,
                runs.subList(0, Math.min(RECENT, runs.size())), newest ? markCauses : causes);
    }

    /** The key of a job, tenant and suite. */
    public String key() {
        return key(tenant, suite);
    }

    /** The key of a tenant and suite within a job. */
    public static String key(String tenant, String suite) {
        return tenant + '\u0000' + suite;
    }

    /** This entry under another job name (a renamed or moved job). */
    public DashboardEntry inJob(String newJob) {
        return new DashboardEntry(newJob, tenant, tenantName, suite, recent, causes);
    }
}
