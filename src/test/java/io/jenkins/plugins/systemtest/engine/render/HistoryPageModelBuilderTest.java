package io.jenkins.plugins.systemtest.engine.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.systemtest.engine.history.HistoryIndex;
import io.jenkins.plugins.systemtest.engine.history.HistoryRequest;
import io.jenkins.plugins.systemtest.engine.history.HistoryRequestParser;
import io.jenkins.plugins.systemtest.engine.history.LiveRun;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The server-paged history page, built from real history directories. */
class HistoryPageModelBuilderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(HistoryFixture.T0), ZoneOffset.UTC);

    /** One fixture for the tests that only read it; it takes a while to write (every record is forced to disk). */
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private final HistoryRequestParser parser = new HistoryRequestParser();
    private final HistoryPageModelBuilder builder = new HistoryPageModelBuilder(CLOCK);
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldShowTheFirstPageOfAllRunsNewestFirstWithTheTotals() throws IOException {
        JobHistory history = fixture();

        HistoryPageModel model = build(history, "");

        assertThat(model.total()).isEqualTo(240);
        assertThat(model.pages()).isEqualTo(5);
        assertThat(model.page()).isEqualTo(1);
        assertThat(model.firstRow()).isEqualTo(1);
        assertThat(model.rows()).hasSize(50);
        assertThat(model.rows()).extracting(HistoryView.Row::id).startsWith("120-globex-api", "120-acme-e2e",
                "119-globex-e2e");
        assertThat(model.rows().get(0).summaryHref()).isEqualTo("../120/system-tests/#run-120-globex-api");
    }

    @Test
    void shouldFilterByTenantSuiteAndVerdictAndPageThroughTheRest() throws IOException {
        JobHistory history = fixture();

        HistoryPageModel acmeFailed = build(history, "tenant=acme&verdict=FAILED");
        HistoryPageModel globexApi = build(history, "tenant=globex&suite=api&page=2");

        assertThat(acmeFailed.total()).isEqualTo(24);
        assertThat(acmeFailed.rows()).extracting(HistoryView.Row::tenant, HistoryView.Row::verdict)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("acme", RunVerdict.FAILED));
        assertThat(globexApi.total()).isEqualTo(60);
        assertThat(globexApi.page()).isEqualTo(2);
        assertThat(globexApi.firstRow()).isEqualTo(51);
        assertThat(globexApi.rows()).hasSize(10).extracting(HistoryView.Row::id).startsWith("20-globex-api")
                .endsWith("2-globex-api");
    }

    @Test
    void shouldShowTheLastPageWhenAskedForOneBeyondIt() throws IOException {
        HistoryPageModel model = build(fixture(), "tenant=acme&page=99");

        assertThat(model.page()).isEqualTo(3);
        assertThat(model.request().page()).isEqualTo(3);
        assertThat(model.rows()).hasSize(20).extracting(HistoryView.Row::build).endsWith(1L);
    }

    @Test
    void shouldListEveryTenantAndSuiteOfTheHistoryAndEveryVerdictAsFilters() throws IOException {
        JobHistory history = fixture();

        HistoryPageModel all = build(history, "verdict=FAILED");
        HistoryPageModel acme = build(history, "tenant=acme");

        assertThat(all.view().filters().tenants()).extracting(HistoryView.Tenant::key, HistoryView.Tenant::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acme", "ACME"),
                        org.assertj.core.groups.Tuple.tuple("globex", "GLOBEX"));
        assertThat(all.view().filters().suites()).containsExactly("api", "e2e");
        assertThat(all.view().filters().verdicts()).containsExactly(RunVerdict.values());
        assertThat(acme.view().filters().suites()).containsExactly("e2e");
    }

    @Test
    void shouldDrawTheTrendOfTheLastRunsOfEachTenantOldestFirst() throws IOException {
        JobHistory history = fixture();

        HistoryPageModel all = build(history, "");
        HistoryPageModel globexApi = build(history, "tenant=globex&suite=api");

        assertThat(all.view().trends()).extracting(HistoryView.TenantTrend::tenant).containsExactly("acme", "globex");
        assertThat(all.view().trends().get(0).points()).hasSize(HistoryPageModelBuilder.TREND_POINTS)
                .extracting(p -> p.build()).startsWith(71L).endsWith(120L);
        assertThat(globexApi.view().trends()).singleElement().satisfies(t -> assertThat(t.points())
                .allMatch(p -> p.runId().endsWith("-globex-api")));
        assertThat(all.tenantCount()).isEqualTo(2);
    }

    @Test
    void shouldRankFlakyTestsAndShowTheHistoryOfTheAskedForTest() throws IOException {
        JobHistory history = fixture();

        HistoryPageModel model = build(history, "tenant=acme&test=com.acme.T.checkout");
        HistoryPageModel globex = build(history, "tenant=globex");

        assertThat(model.view().tests()).singleElement().satisfies(t -> {
            assertThat(t.testId()).isEqualTo("com.acme.T.checkout");
            assertThat(t.entries()).hasSize(100).allMatch(e -> e.tenant().equals("acme"));
            assertThat(t.entries().get(t.entries().size() - 1).outcome()).isEqualTo(TestOutcome.FAILED);
            assertThat(t.entries().get(t.entries().size() - 2).outcome()).isEqualTo(TestOutcome.PASSED);
        });
        assertThat(globex.view().flaky()).extracting(f -> f.testId()).containsExactly("com.acme.T.search");
        assertThat(globex.view().tests()).isEmpty();
    }

    @Test
    void shouldRebuildAMissingIndexFromTheRecords() throws IOException {
        Path job = copyOfFixture();
        Files.delete(job.resolve(JobHistory.INDEX));

        HistoryPageModel rebuilt = build(new JobHistory(job), "tenant=acme");

        assertThat(rebuilt.total()).isEqualTo(120);
        assertThat(rebuilt.rows().get(0).id()).isEqualTo("120-acme-e2e");
        assertThat(Files.exists(job.resolve(JobHistory.INDEX))).isTrue();
    }

    @Test
    void shouldStillShowTheReadableRunsOfADamagedIndex() throws IOException {
        Path job = copyOfFixture();
        Path index = job.resolve(JobHistory.INDEX);
        List<String> lines = new ArrayList<>(Files.readAllLines(index));
        int damaged = lines.indexOf(lines.stream().filter(l -> l.contains("\"id\":\"60-acme-e2e\"")).findFirst()
                .orElseThrow());
        lines.set(damaged, "{\"id\":\"60-acme-e2e\",\"build\":");
        Files.write(index, lines);

        HistoryPageModel model = build(new JobHistory(job), "tenant=acme");

        assertThat(model.total()).isEqualTo(119);
        assertThat(model.rows()).extracting(HistoryView.Row::id).doesNotContain("60-acme-e2e");
    }

    @Test
    void shouldShowAnEmptyPageForAJobWithoutHistory() throws IOException {
        HistoryPageModel model = build(new JobHistory(dir.resolve("none")), "page=3");

        assertThat(model.total()).isZero();
        assertThat(model.pages()).isEqualTo(1);
        assertThat(model.page()).isEqualTo(1);
        assertThat(model.firstRow()).isZero();
        assertThat(model.view().trends()).isEmpty();
        assertThat(Files.exists(dir.resolve("none"))).isFalse();
    }

    @Test
    void shouldPutOnlyOnePageOfRowsIntoThePageOfAHundredThousandRuns() throws IOException {
        List<RunSummary> summaries = new ArrayList<>(100_000);
        for (int i = 1; i <= 100_000; i++) {
            String tenant = "tenant" + (i % 40);
            RunVerdict verdict = i % 7 == 0 ? RunVerdict.FAILED : RunVerdict.PASSED;
            RunCounts counts = verdict == RunVerdict.FAILED ? new RunCounts(20, 19, 1, 0, 0, 0)
                    : new RunCounts(20, 20, 0, 0, 0, 0);
            summaries.add(new RunSummary(i + "-" + tenant + "-e2e", i, tenant, tenant, "e2e", verdict, counts,
                    HistoryFixture.T0 + i * 60_000L, 30_000, "timer", "",
                    verdict == RunVerdict.FAILED ? Map.of("com.acme.T.t" + (i % 3), TestOutcome.FAILED) : Map.of()));
        }
        new HistoryIndex(dir.resolve(JobHistory.INDEX)).replace(summaries);
        JobHistory history = new JobHistory(dir);

        HistoryPageModel model = build(history, "page=1000");
        JsonNode data = mapper.readTree(new HistoryPageJson().toJson(model));

        assertThat(model.total()).isEqualTo(100_000);
        assertThat(model.pages()).isEqualTo(2000);
        assertThat(model.rows()).hasSize(50).extracting(HistoryView.Row::build).startsWith(50_050L).endsWith(50_001L);
        assertThat(data.get("runs")).hasSize(50);
        assertThat(data.get("trends")).hasSize(HistoryPageModelBuilder.MAX_TREND_TENANTS);
        assertThat(data.at("/trends/0/points")).hasSize(HistoryPageModelBuilder.TREND_POINTS);
        assertThat(data.at("/paging/total").asInt()).isEqualTo(100_000);
        assertThat(data.at("/paging/trendsCut").asBoolean()).isTrue();
        assertThat(data.at("/filters/tenants")).hasSize(40);
    }

    @Test
    void shouldWriteDataThatHistoryJsCanReadFromAnAttributeOrAnIsland() throws IOException {
        JobHistory history = fixture();
        HistoryPageModel model = build(history, "tenant=acme&page=2&test=com.acme.T.checkout");

        String json = new HistoryPageJson().toJson(model);
        JsonNode data = mapper.readTree(json);

        assertThat(json).matches("[\\x20-\\x7E]*").doesNotContain("<", ">", "&", "'");
        assertThat(data.get("version").asInt()).isEqualTo(HistoryView.VERSION);
        assertThat(data.get("paging")).isEqualTo(mapper.readTree("{\"page\":2,\"pageSize\":50,\"pages\":3,"
                + "\"total\":120,\"tenants\":1,\"trendsCut\":false,\"test\":\"com.acme.T.checkout\"}"));
        assertThat(data.get("runs")).hasSize(50);
        assertThat(data.at("/runs/0/summaryHref").asText()).isEqualTo("../70/system-tests/#run-70-acme-e2e");
        assertThat(data.at("/tests/0/testId").asText()).isEqualTo("com.acme.T.checkout");
    }

    @Test
    void shouldEscapeHostileNamesInTheData() throws IOException {
        String hostile = "</script><img src=x onerror=alert(1)>\u2028'&";
        List<RunSummary> summaries = List.of(new RunSummary("1-x-e2e", 1, hostile, hostile, hostile,
                RunVerdict.FAILED, new RunCounts(1, 0, 1, 0, 0, 0), HistoryFixture.T0, 1000, hostile, hostile,
                Map.of(hostile, TestOutcome.FAILED)));
        new HistoryIndex(dir.resolve(JobHistory.INDEX)).replace(summaries);

        String json = new HistoryPageJson().toJson(build(new JobHistory(dir), "test=" + java.net.URLEncoder.encode(
                hostile, java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(json).matches("[\\x20-\\x7E]*").doesNotContain("<", ">", "&", "'");
        JsonNode data = mapper.readTree(json);
        assertThat(data.at("/runs/0/tenantName").asText()).isEqualTo(hostile);
        assertThat(data.at("/paging/test").asText()).isEqualTo(hostile);
        assertThat(data.at("/tests/0/entries/0/outcome").asText()).isEqualTo("FAILED");
    }

    @BeforeAll
    static void writeFixture() throws IOException {
        HistoryFixture.write(shared);
    }

    @Test
    void shouldShowRunsGoingOnFirstOnPageOneOnlyWhenTheFiltersLetThemThrough() throws IOException {
        JobHistory history = fixture();
        List<RunSummary> running = List.of(
                new LiveRun("121-acme-e2e", 121, "acme", "Acme", "e2e", HistoryFixture.T0, "timer", "job/x/121/")
                        .asSummary(HistoryFixture.T0 + 90_000));

        HistoryPageModel all = builder.build(history.query(), running, parser.parseQuery(""), "t", r -> "");
        HistoryPageModel second = builder.build(history.query(), running, parser.parseQuery("page=2"), "t", r -> "");
        HistoryPageModel globex = builder.build(history.query(), running, parser.parseQuery("tenant=globex"), "t",
                r -> "");
        HistoryPageModel failed = builder.build(history.query(), running, parser.parseQuery("verdict=FAILED"), "t",
                r -> "");
        HistoryPageModel live = builder.build(history.query(), running, parser.parseQuery("verdict=RUNNING"), "t",
                r -> "");

        assertThat(all.total()).isEqualTo(241);
        assertThat(all.rows().get(0)).satisfies(r -> {
            assertThat(r.id()).isEqualTo("121-acme-e2e");
            assertThat(r.verdict()).isEqualTo(RunVerdict.RUNNING);
            assertThat(r.durationMillis()).isEqualTo(90_000);
        });
        assertThat(all.rows().get(1).id()).isEqualTo("120-globex-api");
        assertThat(second.rows()).noneMatch(r -> r.verdict() == RunVerdict.RUNNING);
        assertThat(globex.rows()).noneMatch(r -> r.verdict() == RunVerdict.RUNNING);
        assertThat(failed.rows()).noneMatch(r -> r.verdict() == RunVerdict.RUNNING);
        assertThat(live.rows()).extracting(HistoryView.Row::id).containsExactly("121-acme-e2e");
        assertThat(live.total()).isEqualTo(1);
    }

    private static JobHistory fixture() {
        return new JobHistory(shared);
    }

    private Path copyOfFixture() throws IOException {
        Path job = dir.resolve("job");
        Files.createDirectories(job.resolve(JobHistory.RECORDS));
        Files.copy(shared.resolve(JobHistory.INDEX), job.resolve(JobHistory.INDEX));
        try (var records = Files.list(shared.resolve(JobHistory.RECORDS))) {
            for (Path r : (Iterable<Path>) records::iterator) {
                Files.copy(r, job.resolve(JobHistory.RECORDS).resolve(r.getFileName()));
            }
        }
        return job;
    }

    private HistoryPageModel build(JobHistory history, String query) throws IOException {
        HistoryRequest request = parser.parseQuery(query);
        return builder.build(history.query(), request, "job system tests",
                r -> "../" + r.build() + "/system-tests/#" + RunSummaryHtmlRenderer.anchor(r.id()));
    }
}
