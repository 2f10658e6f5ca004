package io.jenkins.plugins.systemtest.engine.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static io.jenkins.plugins.systemtest.engine.dashboard.DashboardRecords.run;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardOutputTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>\"'&";
    private static final Clock NOW = Clock.fixed(Instant.ofEpochMilli(DashboardRecords.T0 + 86_400_000L),
            ZoneOffset.UTC);

    private static DashboardSummary summary(String job, RunRecord... records) {
        JobSummary j = new JobSummary(job, 0, List.of());
        for (RunRecord r : records) {
            RunSummary s = RunSummary.of(r);
            j = j.plus(r.tenant(), r.tenantName(), r.suite(), RunMark.of(s), CauseNote.of(r.failureGroups()), 0);
        }
        return new DashboardSummary(List.of(j));
    }

    private static RunRecord hostile(long build) {
        RunRecord r = run(build, "acme", "e2e", RunVerdict.FAILED, HOSTILE);
        return new RunRecord(r.schemaVersion(), r.id(), r.build(), r.tenant(), HOSTILE, HOSTILE, r.attributes(),
                r.verdict(), r.reasons(), r.counts(), r.startedAt(), r.endedAt(), r.trigger(), r.revision(),
                r.preflight(), r.parseProblems(), r.resultFiles(), r.failureGroups(), r.cascades(), r.newFailures(),
                r.fixedTests(), r.previousRunId(), r.tests(), r.reports(), r.extra());
    }

    @Test
    void shouldEscapeEveryValueInBothPages() {
        DashboardQuery query = new DashboardQuery(summary("a/" + HOSTILE, hostile(1), hostile(2)), j -> true, NOW);

        String dashboard = new DashboardHtml().dashboard(query.dashboard(DashboardRequest.ALL));
        String tenant = new DashboardHtml().tenant(query.tenant("acme").orElseThrow());

        for (String html : List.of(dashboard, tenant)) {
            assertThat(html).doesNotContain("<img").doesNotContain("onerror=alert(1)>").doesNotContain("style=")
                    .doesNotContain("<script").contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;");
        }
        assertThat(dashboard).contains("href=\"../job/a/job/%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%22%27%26/\"");
        assertThat(tenant).contains("2 tests in 1 job").contains("class=\"st-dash-mark st-dash-failed st-dash-bar"
                + " st-dash-h-9\"");
    }

    @Test
    void shouldSayWhenNothingMatches() {
        DashboardQuery query = new DashboardQuery(DashboardSummary.empty(), j -> true, NOW);

        assertThat(new DashboardHtml().dashboard(query.dashboard(DashboardRequest.ALL)))
                .contains("No system test run matches (or none that you may see).");
    }

    @Test
    void shouldWriteCsvWithoutFormulas() throws IOException {
        DashboardQuery query = new DashboardQuery(summary("=cmd|' /C calc'!A0", run(1, "acme", "e2e",
                RunVerdict.PASSED), run(2, "acme", "e2e", RunVerdict.FAILED, "x")), j -> true, NOW);
        StringWriter out = new StringWriter();

        new DashboardCsv().write(query.dashboard(DashboardRequest.ALL), out);

        assertThat(out.toString().split("\r\n")).containsExactly(String.join(",", DashboardCsv.COLUMNS),
                "acme,Acme Ltd,'=cmd|' /C calc'!A0,e2e,FAILED,90.0,20,2,2-acme-e2e,2025-10-09T08:55:20Z,30000,"
                        + "PASSED FAILED");
    }

    @Test
    void shouldWriteJsonWithTheFiltersRowsAndCauses() throws IOException {
        DashboardQuery query = new DashboardQuery(summary("shop", run(3, "acme", "e2e", RunVerdict.FAILED,
                "boom")), j -> true, NOW);
        ObjectMapper mapper = new ObjectMapper();

        JsonNode dashboard = mapper.readTree(new DashboardJson().toJson(query.dashboard(DashboardRequest.parse(
                java.util.Map.of("verdict", new String[] {"FAILED"})))));
        JsonNode tenant = mapper.readTree(new DashboardJson().toJson(query.tenant("acme").orElseThrow()));

        assertThat(dashboard.at("/schemaVersion").asInt()).isEqualTo(1);
        assertThat(dashboard.at("/verdicts/0").asText()).isEqualTo("FAILED");
        assertThat(dashboard.at("/rows/0/tenant").asText()).isEqualTo("acme");
        assertThat(dashboard.at("/rows/0/cells/0/verdict").asText()).isEqualTo("FAILED");
        assertThat(dashboard.at("/rows/0/cells/0/passRate").asDouble()).isEqualTo(90.0);
        assertThat(dashboard.at("/rows/0/cells/0/recent/0").asText()).isEqualTo("FAILED");
        assertThat(dashboard.at("/rows/0/cells/0/runHref").asText()).isEqualTo("../job/shop/3/system-tests/"
                + "#run-3-acme-e2e");
        assertThat(tenant.at("/causes/0/signature").asText()).isEqualTo("boom");
        assertThat(tenant.at("/causes/0/where/0/job").asText()).isEqualTo("shop");
        assertThat(tenant.at("/trend").size()).isEqualTo(1);
    }

    @Test
    void shouldFoldPassingLinesIntoTheTenantsPageOnABigUnfilteredDashboard() {
        List<JobSummary> jobs = new java.util.ArrayList<>();
        for (int j = 0; j <= DashboardHtml.FOLD_ABOVE; j++) {
            RunRecord r = run(1, "acme", "e2e", j == 0 ? RunVerdict.FAILED : RunVerdict.PASSED, "x");
            jobs.add(new JobSummary("job" + j, 0, List.of()).plus("acme", "Acme", "e2e", RunMark.of(RunSummary.of(r)),
                    CauseNote.of(r.failureGroups()), 0));
        }
        DashboardQuery query = new DashboardQuery(new DashboardSummary(jobs), j -> true, NOW);

        String overview = new DashboardHtml().dashboard(query.dashboard(DashboardRequest.ALL));
        String acme = new DashboardHtml().dashboard(query.dashboard(DashboardRequest.parse(java.util.Map.of(
                "tenant", new String[] {"acme"}))));

        assertThat(overview).contains(">100 more jobs and suites passing</a>").contains("rowspan=\"2\"")
                .contains("href=\"../job/job0/\"").doesNotContain("href=\"../job/job1/\"");
        assertThat(acme).contains("href=\"../job/job1/\"").doesNotContain("more jobs and suites");
    }
}
