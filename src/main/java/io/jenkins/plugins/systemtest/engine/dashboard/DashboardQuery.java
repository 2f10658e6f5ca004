package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Answers the dashboard's questions from a {@link DashboardSummary}, for one reader: only the entries of jobs the
 * reader may see ({@code visible}) count, so a tenant that runs only in hidden jobs is not there at all. Reads
 * the summary only: no history index, no record.
 */
public final class DashboardQuery {

    /** The order of verdicts from worst to best. */
    private static final List<RunVerdict> SEVERITY = List.of(RunVerdict.FAILED, RunVerdict.INFRA_ERROR,
            RunVerdict.ABORTED, RunVerdict.NO_TESTS, RunVerdict.PASSED);

    /** One cause of one entry's latest run. */
    private record Hit(DashboardEntry entry, CauseNote cause) {
    }

    private final DashboardSummary summary;
    private final Predicate<String> visible;
    private final Clock clock;
    /** The links of the jobs, made once per query (a query serves one request). */
    private final Map<String, String> jobHrefs = new java.util.HashMap<>();

    /**
     * @param visible whether the reader may see the job of this full name
     */
    public DashboardQuery(DashboardSummary summary, Predicate<String> visible, Clock clock) {
        this.summary = summary;
        this.visible = visible;
        this.clock = clock;
    }

    /** The dashboard: tenant rows with the filters applied. */
    public DashboardView dashboard(DashboardRequest request) {
        DashboardLinks links = DashboardLinks.DASHBOARD;
        Map<String, String> tenantNames = new TreeMap<>();
        TreeSet<String> folders = new TreeSet<>();
        Map<String, List<DashboardEntry>> byTenant = new TreeMap<>();
        for (DashboardEntry e : summary.entries()) {
            if (!visible.test(e.job())) {
                continue;
            }
            tenantNames.merge(e.tenant(), e.tenantName(), (a, b) -> a);
            addFolders(e.job(), folders);
            if ((request.tenant() == null || request.tenant().equals(e.tenant()))
                    && (request.folder() == null || DashboardSummary.isAtOrBelow(e.job(), request.folder())
                    && !e.job().equals(request.folder()))
                    && request.shows(e.latest().verdict())) {
                byTenant.computeIfAbsent(e.tenant(), k -> new ArrayList<>()).add(e);
            }
        }
        List<DashboardView.TenantRow> rows = new ArrayList<>();
        TreeSet<String> jobs = new TreeSet<>();
        for (Map.Entry<String, List<DashboardEntry>> t : byTenant.entrySet()) {
            List<DashboardView.Cell> cells = t.getValue().stream().map(e -> cell(e, links)).toList();
            cells.forEach(c -> jobs.add(c.job()));
            DashboardEntry newest = t.getValue().stream().max((a, b) -> a.latest().isAfter(b.latest()) ? 1
                    : b.latest().isAfter(a.latest()) ? -1 : 0).orElseThrow();
            rows.add(new DashboardView.TenantRow(t.getKey(), newest.tenantName(), worst(cells),
                    links.tenant(t.getKey()), cells));
        }
        rows.sort(Comparator.comparingInt((DashboardView.TenantRow r) -> SEVERITY.indexOf(r.worst()))
                .thenComparing(DashboardView.TenantRow::tenant));
        int broken = (int) rows.stream().filter(r -> r.worst() != RunVerdict.PASSED).count();
        List<DashboardView.TenantOption> options = tenantNames.entrySet().stream()
                .map(n -> new DashboardView.TenantOption(n.getKey(), n.getValue())).toList();
        return new DashboardView(request, rows, options, List.copyOf(folders), jobs.size(), broken,
                request.problems());
    }

    /** A tenant's page, or empty when the reader can see no run of that tenant. */
    public Optional<TenantView> tenant(String key) {
        DashboardLinks links = DashboardLinks.TENANT;
        List<DashboardEntry> entries = summary.entries().stream()
                .filter(e -> e.tenant().equals(key) && visible.test(e.job())).toList();
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        List<DashboardView.Cell> cells = new ArrayList<>(entries.stream().map(e -> cell(e, links)).toList());
        cells.sort(Comparator.comparingInt((DashboardView.Cell c) -> SEVERITY.indexOf(c.latest().verdict()))
                .thenComparing(DashboardView.Cell::job).thenComparing(DashboardView.Cell::suite));
        DashboardEntry newest = entries.stream().reduce((a, b) -> b.latest().isAfter(a.latest()) ? b : a)
                .orElseThrow();
        return Optional.of(new TenantView(key, newest.tenantName(), cells, causes(entries, links),
                trend(entries, links), List.of()));
    }

    /** The causes of the latest runs, one row per signature across jobs, the most widespread first. */
    private static List<TenantView.CauseRow> causes(List<DashboardEntry> entries, DashboardLinks links) {
        Map<String, List<Hit>> bySignature = new LinkedHashMap<>();
        for (DashboardEntry e : entries) {
            if (e.latest().verdict() == RunVerdict.PASSED) {
                continue;
            }
            for (CauseNote c : e.causes()) {
                bySignature.computeIfAbsent(c.signature(), k -> new ArrayList<>()).add(new Hit(e, c));
            }
        }
        List<TenantView.CauseRow> rows = new ArrayList<>();
        for (List<Hit> group : bySignature.values()) {
            CauseNote first = group.get(0).cause();
            int tests = 0;
            TreeSet<String> examples = new TreeSet<>();
            List<TenantView.Where> where = new ArrayList<>();
            for (Hit hit : group) {
                DashboardEntry e = hit.entry();
                CauseNote c = hit.cause();
                tests += c.tests();
                examples.addAll(c.examples());
                where.add(new TenantView.Where(e.job(), e.suite(), links.job(e.job()), links.run(e.job(),
                        e.latest())));
            }
            where.sort(Comparator.comparing(TenantView.Where::job).thenComparing(TenantView.Where::suite));
            rows.add(new TenantView.CauseRow(first.signature(), first.category(), first.message(), tests,
                    examples.stream().limit(CauseNote.EXAMPLES).toList(), where));
        }
        rows.sort(Comparator.comparingInt((TenantView.CauseRow r) -> -r.where().size())
                .thenComparingInt(r -> -r.tests()).thenComparing(TenantView.CauseRow::signature));
        return rows;
    }

    private static List<TenantView.TrendPoint> trend(List<DashboardEntry> entries, DashboardLinks links) {
        List<TenantView.TrendPoint> all = new ArrayList<>();
        for (DashboardEntry e : entries) {
            e.recent().forEach(r -> all.add(new TenantView.TrendPoint(e.job(), e.suite(), r, links.run(e.job(), r))));
        }
        all.sort((a, b) -> a.run().isAfter(b.run()) ? 1 : b.run().isAfter(a.run()) ? -1 : 0);
        return List.copyOf(all.subList(Math.max(0, all.size() - TenantView.TREND), all.size()));
    }

    private DashboardView.Cell cell(DashboardEntry e, DashboardLinks links) {
        List<RunMark> strip = new ArrayList<>(e.recent());
        java.util.Collections.reverse(strip);
        RunMark latest = e.latest();
        String jobHref = jobHrefs.computeIfAbsent(links.root() + "\u0000" + e.job(), k -> links.job(e.job()));
        return new DashboardView.Cell(e.job(), e.suite(), e.tenant(), e.tenantName(), latest, strip,
                Ages.since(latest.startedAt() + latest.durationMillis(), clock.millis()), jobHref,
                DashboardLinks.runFrom(jobHref, latest), jobHref + "system-tests/?tenant="
                + DashboardRequest.encode(e.tenant()));
    }

    private static RunVerdict worst(List<DashboardView.Cell> cells) {
        return cells.stream().map(c -> c.latest().verdict()).min(Comparator.comparingInt(SEVERITY::indexOf))
                .orElse(RunVerdict.PASSED);
    }

    private static void addFolders(String job, TreeSet<String> folders) {
        int slash = job.indexOf('/');
        while (slash > 0) {
            folders.add(job.substring(0, slash));
            slash = job.indexOf('/', slash + 1);
        }
    }
}
