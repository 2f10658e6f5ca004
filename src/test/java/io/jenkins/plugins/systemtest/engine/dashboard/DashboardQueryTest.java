package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.jenkins.plugins.systemtest.engine.dashboard.DashboardRecords.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class DashboardQueryTest {

    private static final Clock NOW = Clock.fixed(Instant.ofEpochMilli(DashboardRecords.T0 + 3_600_000L * 30),
            ZoneOffset.UTC);

    /** Jobs in memory, built with the same code the store uses when a run is recorded. */
    private static DashboardSummary summary(Object... jobAndRecord) {
        Map<String, JobSummary> jobs = new java.util.TreeMap<>();
        for (int i = 0; i < jobAndRecord.length; i += 2) {
            String job = (String) jobAndRecord[i];
            RunRecord r = (RunRecord) jobAndRecord[i + 1];
            JobSummary j = jobs.getOrDefault(job, new JobSummary(job, 0, List.of()));
            var s = io.jenkins.plugins.systemtest.engine.history.RunSummary.of(r);
            jobs.put(job, j.plus(r.tenant(), r.tenantName(), r.suite(), RunMark.of(s),
                    CauseNote.of(r.failureGroups()), 0));
        }
        return new DashboardSummary(jobs.values());
    }

    @Test
    void shouldShowOnlyVisibleJobsAndNoTenantThatRunsOnlyInHiddenJobs() {
        DashboardSummary summary = summary("team/shop", run(1, "acme", "e2e", RunVerdict.PASSED),
                "secret/vault", run(1, "acme", "e2e", RunVerdict.FAILED, "x"),
                "secret/vault", run(2, "initech", "e2e", RunVerdict.FAILED, "x"));
        DashboardQuery query = new DashboardQuery(summary, "team/shop"::equals, NOW);

        DashboardView view = query.dashboard(DashboardRequest.ALL);

        assertThat(view.rows()).extracting(DashboardView.TenantRow::tenant).containsExactly("acme");
        assertThat(view.rows().get(0).cells()).extracting(DashboardView.Cell::job).containsExactly("team/shop");
        assertThat(view.rows().get(0).worst()).isEqualTo(RunVerdict.PASSED);
        assertThat(view.tenants()).extracting(DashboardView.TenantOption::key).containsExactly("acme");
        assertThat(view.folders()).containsExactly("team");
        assertThat(query.tenant("initech")).isEmpty();
        assertThat(query.tenant("acme").orElseThrow().cells()).extracting(DashboardView.Cell::job)
                .containsExactly("team/shop");
    }

    @Test
    void shouldPutBrokenTenantsFirstAndCountThem() {
        DashboardSummary summary = summary("a", run(1, "acme", "e2e", RunVerdict.PASSED),
                "a", run(1, "zeta", "e2e", RunVerdict.FAILED, "x"),
                "b", run(1, "beta", "e2e", RunVerdict.INFRA_ERROR, "connection refused"),
                "b", run(1, "acme", "api", RunVerdict.PASSED));

        DashboardView view = new DashboardQuery(summary, j -> true, NOW).dashboard(DashboardRequest.ALL);

        assertThat(view.rows()).extracting(DashboardView.TenantRow::tenant, DashboardView.TenantRow::worst)
                .containsExactly(tuple("zeta", RunVerdict.FAILED), tuple("beta", RunVerdict.INFRA_ERROR),
                        tuple("acme", RunVerdict.PASSED));
        assertThat(view.broken()).isEqualTo(2);
        assertThat(view.jobs()).isEqualTo(2);
        assertThat(view.rows().get(2).cells()).extracting(DashboardView.Cell::job, DashboardView.Cell::suite)
                .containsExactly(tuple("a", "e2e"), tuple("b", "api"));
    }

    @Test
    void shouldFilterByTenantVerdictAndFolder() {
        DashboardSummary summary = summary("team/shop", run(1, "acme", "e2e", RunVerdict.PASSED),
                "team/cart/main", run(1, "acme", "e2e", RunVerdict.FAILED, "x"),
                "teamwork", run(1, "acme", "e2e", RunVerdict.FAILED, "x"),
                "team/shop", run(1, "globex", "e2e", RunVerdict.FAILED, "x"));
        DashboardQuery query = new DashboardQuery(summary, j -> true, NOW);

        DashboardView failedInTeam = query.dashboard(DashboardRequest.parse(Map.of("verdict",
                new String[] {"failed"}, "folder", new String[] {"team/"})));
        DashboardView acme = query.dashboard(DashboardRequest.parse(Map.of("tenant", new String[] {"acme"})));

        assertThat(failedInTeam.rows()).flatExtracting(DashboardView.TenantRow::cells)
                .extracting(DashboardView.Cell::tenant, DashboardView.Cell::job)
                .containsExactlyInAnyOrder(tuple("acme", "team/cart/main"), tuple("globex", "team/shop"));
        assertThat(failedInTeam.request().query()).isEqualTo("?verdict=FAILED&folder=team");
        assertThat(failedInTeam.folders()).containsExactly("team", "team/cart");
        assertThat(acme.rows()).singleElement().satisfies(r -> assertThat(r.cells()).hasSize(3));
        assertThat(acme.tenants()).as("the filter still offers every tenant").hasSize(2);
    }

    @Test
    void shouldNameAFilterValueItCannotUse() {
        DashboardRequest r = DashboardRequest.parse(Map.of("verdict", new String[] {"GREEN", "PASSED"},
                "tenant", new String[] {"a", "b"}));

        assertThat(r.verdicts()).containsExactly(RunVerdict.PASSED);
        assertThat(r.tenant()).isEqualTo("a");
        assertThat(r.problems()).hasSize(2).anyMatch(p -> p.contains("'GREEN'"))
                .anyMatch(p -> p.contains("tenant: given 2 times"));
    }

    @Test
    void shouldShowTheSameFailureInThreeJobsOnceWithTheJobsListed() {
        DashboardSummary summary = summary("shop", run(4, "acme", "e2e", RunVerdict.FAILED, "timeout <n>", "npe"),
                "cart", run(9, "acme", "e2e", RunVerdict.FAILED, "timeout <n>"),
                "team/api", run(2, "acme", "smoke", RunVerdict.FAILED, "timeout <n>"),
                "team/api", run(3, "globex", "smoke", RunVerdict.FAILED, "timeout <n>"),
                "old", run(1, "acme", "e2e", RunVerdict.FAILED, "gone"),
                "old", run(2, "acme", "e2e", RunVerdict.PASSED));

        TenantView view = new DashboardQuery(summary, j -> true, NOW).tenant("acme").orElseThrow();

        assertThat(view.causes()).extracting(TenantView.CauseRow::signature).containsExactly("timeout <n>", "npe");
        TenantView.CauseRow timeout = view.causes().get(0);
        assertThat(timeout.where()).extracting(TenantView.Where::job, TenantView.Where::suite)
                .containsExactly(tuple("cart", "e2e"), tuple("shop", "e2e"), tuple("team/api", "smoke"));
        assertThat(timeout.tests()).isEqualTo(6);
        assertThat(timeout.where().get(2).runHref()).isEqualTo("../../../job/team/job/api/2/system-tests/"
                + "#run-2-acme-smoke");
        assertThat(view.cells()).extracting(DashboardView.Cell::job).containsExactly("cart", "shop", "team/api",
                "old");
    }

    @Test
    void shouldShowTheTrendOfAllJobsOldestFirst() {
        List<Object> runs = new ArrayList<>();
        for (int b = 1; b <= 30; b++) {
            runs.add(b % 2 == 0 ? "shop" : "cart");
            runs.add(run(b, "acme", "e2e", b % 5 == 0 ? RunVerdict.FAILED : RunVerdict.PASSED, "x"));
        }

        TenantView view = new DashboardQuery(summary(runs.toArray()), j -> true, NOW).tenant("acme").orElseThrow();

        assertThat(view.trend()).extracting(p -> p.run().build()).containsExactly(11L, 12L, 13L, 14L, 15L, 16L, 17L,
                18L, 19L, 20L, 21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 29L, 30L);
        assertThat(view.trend().get(0).job()).isEqualTo("cart");
    }

    @Test
    void shouldLinkToTheJobTheRunAndTheTenantsHistoryWithEncodedNames() {
        DashboardSummary summary = summary("team a/mb/feature%2Fx", run(12, "acme", "e2e", RunVerdict.PASSED));

        DashboardQuery query = new DashboardQuery(summary, j -> true, NOW);
        DashboardView.Cell cell = query.dashboard(DashboardRequest.ALL).rows().get(0).cells().get(0);
        DashboardView.Cell onTenantPage = query.tenant("acme").orElseThrow().cells().get(0);

        assertThat(cell.jobHref()).isEqualTo("../job/team%20a/job/mb/job/feature%252Fx/");
        assertThat(cell.runHref()).isEqualTo("../job/team%20a/job/mb/job/feature%252Fx/12/system-tests/"
                + "#run-12-acme-e2e");
        assertThat(cell.historyHref()).endsWith("/system-tests/?tenant=acme");
        assertThat(cell.age()).isEqualTo("29 h");
        assertThat(onTenantPage.jobHref()).isEqualTo("../../../job/team%20a/job/mb/job/feature%252Fx/");
        assertThat(cell.strip()).hasSize(1);
        assertThat(cell.runHref(cell.strip().get(0))).isEqualTo(cell.runHref());
    }

    @Test
    void shouldKeepVerdictsInTheRequestSorted() {
        DashboardRequest r = new DashboardRequest("a&b", Set.of(RunVerdict.NO_TESTS, RunVerdict.FAILED), null,
                List.of());

        assertThat(r.query()).isEqualTo("?tenant=a%26b&verdict=FAILED&verdict=NO_TESTS");
    }
}
