package io.jenkins.plugins.systemtest.pages;

import io.jenkins.plugins.systemtest.history.SystemTestRunListener;
import io.jenkins.plugins.systemtest.history.JobHistories;

import io.jenkins.plugins.systemtest.engine.history.HistoryIndexRegistry;
import io.jenkins.plugins.systemtest.engine.history.HistoryRequestParser;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.SampleRecords;
import io.jenkins.plugins.systemtest.engine.render.HistoryPageModel;
import io.jenkins.plugins.systemtest.engine.render.HistoryView;
import io.jenkins.plugins.systemtest.engine.render.RunCard;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Jenkins-only classes of the pages, run on the Jenkins API declarations with a job and a build made for the
 * test, over real history folders.
 */
class GluePagesTest {

    @TempDir
    Path root;

    @Test
    void shouldShowTheBuildsRunsFromTheJobsHistoryAndAMissingOneAsMissing() throws IOException {
        FakeJob job = new FakeJob(root.toFile(), true);
        FakeRun build = new FakeRun(job, 17);
        JobHistories.of(job).save(SampleRecords.full("17-acme-e2e"));
        SystemTestBuildAction.attach(build, "17-acme-e2e");
        SystemTestBuildAction.attach(build, "17-globex-e2e");
        SystemTestBuildAction.attach(build, "17-acme-e2e");

        SystemTestBuildAction action = build.getAction(SystemTestBuildAction.class);
        List<RunCard> cards = action.getRuns();

        assertThat(action.getRunIds()).containsExactly("17-acme-e2e", "17-globex-e2e");
        assertThat(build.saves()).isEqualTo(3);
        assertThat(cards).extracting(RunCard::isFound).containsExactly(true, false);
        assertThat(cards.get(0).getFragmentHtml()).contains("href=\"../artifact/system-tests/acme/e2e/Playwright/"
                + "index.html\"");
        assertThat(cards.get(1).getProblem()).contains("17-globex-e2e is missing");
        assertThat(action.isHasTestReport()).isFalse();
        assertThat(root.resolve("system-tests/records/17-acme-e2e.json")).exists();
    }

    @Test
    void shouldCheckReadOnTheJobInEveryGetterThePagesUse() throws IOException {
        FakeJob closed = new FakeJob(root.toFile(), false);
        FakeRun build = new FakeRun(closed, 17);
        SystemTestBuildAction.attach(build, "17-acme-e2e");
        SystemTestBuildAction buildAction = build.getAction(SystemTestBuildAction.class);
        Files.createDirectories(root.resolve("system-tests"));
        SystemTestJobAction jobAction = SystemTestJobActionFactory.createFor(closed, HistoryIndexRegistry::new)
                .get(0);

        assertThatThrownBy(buildAction::getRuns).isInstanceOf(FakeJob.Denied.class);
        assertThatThrownBy(buildAction::isHasTestReport).isInstanceOf(FakeJob.Denied.class);
        assertThatThrownBy(jobAction::getJob).isInstanceOf(FakeJob.Denied.class);
        assertThatThrownBy(jobAction::getApi).isInstanceOf(FakeJob.Denied.class);
        assertThatThrownBy(jobAction::getTest).isInstanceOf(FakeJob.Denied.class);
        assertThatThrownBy(jobAction::getBoxJson).isInstanceOf(FakeJob.Denied.class);
        assertThatThrownBy(jobAction::getHistoryJson).isInstanceOf(FakeJob.Denied.class);
        assertThatThrownBy(jobAction::getFilterQuery).isInstanceOf(FakeJob.Denied.class);
        assertThatThrownBy(() -> jobAction.doCsv(null, null)).isInstanceOf(FakeJob.Denied.class);
        assertThatThrownBy(() -> jobAction.doTestNames(null, null)).isInstanceOf(FakeJob.Denied.class);
        assertThat(closed.permissionChecks()).isEqualTo(10);
    }

    @Test
    void shouldGiveTheJobActionOnlyToJobsWithAHistoryFolderAndCreateNothing() throws IOException {
        FakeJob job = new FakeJob(root.toFile(), true);

        assertThat(SystemTestJobActionFactory.createFor(job, HistoryIndexRegistry::new)).isEmpty();
        assertThat(root.resolve(JobHistories.FOLDER)).doesNotExist();

        JobHistories.of(job).save(SampleRecords.full("17-acme-e2e"));
        assertThat(SystemTestJobActionFactory.createFor(job, HistoryIndexRegistry::new)).singleElement()
                .satisfies(a -> {
                    assertThat(a.getUrlName()).isEqualTo("system-tests");
                    assertThat(a.getIconFileName()).isEqualTo("/plugin/system-test-runner/images/system-tests.svg");
                });
    }

    @Test
    void shouldBuildTheJobPageFromTheIndexWithLinksToTheBuildPages() throws IOException {
        FakeJob job = new FakeJob(root.toFile(), true);
        JobHistory history = JobHistories.of(job);
        for (int b = 1; b <= 3; b++) {
            history.save(SampleRecords.of(b + "-acme-e2e", b, "acme", "e2e", 1_700_000_000_000L + b * 1000,
                    SampleRecords.tests(5, b == 2 ? Map.of("x", TestOutcome.FAILED) : Map.of())));
        }
        SystemTestJobAction action = SystemTestJobActionFactory.createFor(job, HistoryIndexRegistry::new).get(0);

        HistoryPageModel model = action.build(new HistoryRequestParser().parseQuery("verdict=FAILED"));

        assertThat(model.total()).isEqualTo(1);
        assertThat(model.rows()).extracting(HistoryView.Row::id, HistoryView.Row::summaryHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2-acme-e2e",
                        "../2/system-tests/#run-2-acme-e2e"));
        assertThat(model.view().title()).isEqualTo("team/shop system tests");
    }

    @Test
    void shouldGiveTheJobPageBoxTheMatrixAndLatestRunsWithLinksFromTheJobPage() throws IOException {
        FakeJob job = new FakeJob(root.toFile(), true);
        JobHistory history = JobHistories.of(job);
        for (int b = 1; b <= 3; b++) {
            history.save(SampleRecords.of(b + "-acme-e2e", b, "acme", "e2e", 1_700_000_000_000L + b * 1000,
                    SampleRecords.tests(5, b == 3 ? Map.of("x", TestOutcome.FAILED) : Map.of())));
        }
        SystemTestJobAction action = SystemTestJobActionFactory.createFor(job, HistoryIndexRegistry::new).get(0);

        com.fasterxml.jackson.databind.JsonNode box = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(action.getBoxJson());

        assertThat(box.at("/matrix/rows/0/tenant").asText()).isEqualTo("acme");
        assertThat(box.at("/matrix/rows/0/broken").asBoolean()).isTrue();
        assertThat(box.at("/matrix/rows/0/cells/0/latest/href").asText()).isEqualTo("3/system-tests/#run-3-acme-e2e");
        assertThat(box.at("/matrix/rows/0/cells/0/historyHref").asText())
                .isEqualTo("system-tests/?tenant=acme&suite=e2e");
        assertThat(box.at("/matrix/rows/0/cells/0/strip")).hasSize(3);
        assertThat(box.at("/recent")).hasSize(3);
        assertThat(box.at("/historyHref").asText()).isEqualTo("system-tests/");
    }

    @Test
    void shouldPutTheTestsHistoryPerTenantWithItsFailureMessagesIntoThePage() throws IOException {
        FakeJob job = new FakeJob(root.toFile(), true);
        JobHistory history = JobHistories.of(job);
        for (int b = 1; b <= 4; b++) {
            history.save(SampleRecords.of(b + "-acme-e2e", b, "acme", "e2e", 1_700_000_000_000L + b * 1000,
                    SampleRecords.tests(5, b >= 3 ? Map.of("x", TestOutcome.FAILED) : Map.of("x",
                            TestOutcome.PASSED))));
        }
        JobHistoryData data = new JobHistoryData("team/shop", history, java.time.Clock.systemUTC());

        JobHistoryData.Page page = data.page(new HistoryRequestParser().parseQuery("test=com.acme.T.x"), 1);
        JobHistoryApi api = new JobHistoryApi(page);

        assertThat(api.getTestTimelines()).singleElement().satisfies(t -> {
            assertThat(t.getTenant()).isEqualTo("acme");
            assertThat(t.getFailingSinceBuild()).isEqualTo(3);
            assertThat(t.getFlips()).isEqualTo(1);
            assertThat(t.getRuns()).extracting(OverviewApiBeans.TestRunBean::getOutcome)
                    .containsExactly("PASSED", "PASSED", "FAILED", "FAILED");
            assertThat(t.getRuns().get(3).getMessage()).isEqualTo("(no message)");
        });
        assertThat(api.getMatrix()).singleElement().satisfies(r -> assertThat(r.getCells()).singleElement()
                .satisfies(c -> assertThat(c.getLastVerdicts()).containsExactly("PASSED", "PASSED", "FAILED",
                        "FAILED")));
    }

    @Test
    void shouldReadTheTrendPageAsAWholeNumberOrFallBackToTheLatest() {
        assertThat(SystemTestJobAction.trendPage(Map.of("trendPage", new String[] {"3"}))).isEqualTo(3);
        assertThat(SystemTestJobAction.trendPage(Map.of("trendPage", new String[] {"-1"}))).isEqualTo(1);
        assertThat(SystemTestJobAction.trendPage(Map.of("trendPage", new String[] {"99999999"}))).isEqualTo(1);
        assertThat(SystemTestJobAction.trendPage(Map.of())).isEqualTo(1);
    }

    @Test
    void shouldLinkARunToItsPartOfTheBuildPage() {
        RunSummary run = new RunSummary("12-acme-e2e-2", 12, "acme", "Acme", "e2e", RunVerdict.PASSED,
                RunCounts.NONE, 1, 1, "", "", Map.of());

        assertThat(SystemTestJobAction.runHref(run)).isEqualTo("../12/system-tests/#run-12-acme-e2e-2");
        RunSummary live = new RunSummary("13-acme-e2e", 13, "acme", "Acme", "e2e", RunVerdict.RUNNING,
                RunCounts.NONE, 1, 1, "", "", Map.of());
        assertThat(SystemTestJobAction.runHref(live)).as("a running run links to its console").isEqualTo("../13/console");
        assertThat(JobHistoryData.boxRunHref(live)).isEqualTo("13/console");
    }

    @Test
    void shouldRemoveTheRunsOfADeletedBuildAndKeepTheOthers() throws IOException {
        FakeJob job = new FakeJob(root.toFile(), true);
        JobHistory history = JobHistories.of(job);
        history.save(SampleRecords.of("17-acme-e2e", 17, "acme", "e2e", 1000, SampleRecords.tests(3, Map.of())));
        history.save(SampleRecords.of("17-globex-e2e", 17, "globex", "e2e", 2000, SampleRecords.tests(3, Map.of())));
        history.save(SampleRecords.of("18-acme-e2e", 18, "acme", "e2e", 3000, SampleRecords.tests(3, Map.of())));

        int removed = SystemTestRunListener.removeRuns(new FakeRun(job, 17), HistoryIndexRegistry::new);

        assertThat(removed).isEqualTo(2);
        assertThat(history.query().newestFirst()).extracting(RunSummary::id).containsExactly("18-acme-e2e");
        assertThat(history.records().list()).containsExactly("18-acme-e2e");
    }

    @Test
    void shouldNeitherCreateAHistoryNorThrowWhenABuildIsDeleted() throws IOException {
        FakeJob without = new FakeJob(root.resolve("a").toFile(), true);
        FakeJob broken = new FakeJob(root.resolve("b").toFile(), true);
        Files.createDirectories(root.resolve("b/system-tests/index.jsonl"));
        Files.createDirectories(root.resolve("b/system-tests/records/17-acme-e2e.json"));

        assertThat(SystemTestRunListener.removeRuns(new FakeRun(without, 17), HistoryIndexRegistry::new)).isZero();
        assertThat(SystemTestRunListener.removeRuns(new FakeRun(broken, 17), HistoryIndexRegistry::new)).isZero();
        assertThat(root.resolve("a")).doesNotExist();
    }
}
