package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.record.SampleRecords;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Cards for the runs of a build, read from a real history directory. */
class RunCardLoaderTest {

    @TempDir
    Path dir;

    @Test
    void shouldShowTheFactsOfEveryRunInTheOrderGiven() throws IOException {
        JobHistory history = new JobHistory(dir);
        history.save(SampleRecords.full("17-acme-e2e"));
        history.save(SampleRecords.of("17-globex-api", 17, "globex", "api", 1_700_000_000_000L,
                SampleRecords.tests(40, Map.of("skipped", TestOutcome.SKIPPED))));

        List<RunCard> cards = new RunCardLoader(history.records(), "../artifact/")
                .load(List.of("17-globex-api", "17-acme-e2e"));

        assertThat(cards).extracting(RunCard::isFound, RunCard::getTenant, RunCard::getVerdictLabel,
                RunCard::getCountsText, RunCard::getPassRateText, RunCard::getDurationText)
                .containsExactly(
                        tuple(true, "globex", "PASSED", "40 passed, 1 skipped", "100.0% of 40 executed; 1 skipped",
                                "1.0 s"),
                        tuple(true, "acme", "FAILED", "1 passed, 1 failed, 1 flaky", "66.6% of 3 executed",
                                "2 min 03 s"));
        assertThat(cards.get(1).getVerdictClass()).isEqualTo("st-badge st-verdict st-verdict-failed");
        assertThat(cards.get(1).getAnchor()).isEqualTo("run-17-acme-e2e");
    }

    @Test
    void shouldGiveReportPathsBelowTheArtifactsAndTheJavaScriptNote() throws IOException {
        JobHistory history = new JobHistory(dir);
        history.save(SampleRecords.full("17-acme-e2e"));

        RunCard card = new RunCardLoader(history.records(), "../artifact/").load(List.of("17-acme-e2e")).get(0);

        assertThat(card.getReports()).singleElement().satisfies(r -> {
            assertThat(r.getName()).isEqualTo("Playwright");
            assertThat(r.getPath()).isEqualTo("system-tests/acme/e2e/Playwright/index.html");
            assertThat(r.getProblem()).isEmpty();
            assertThat(r.getFiles()).isEqualTo(12);
            assertThat(r.isNeedsJavaScript()).isTrue();
            assertThat(r.getNeedsJavaScriptNote()).isEqualTo(RunSummaryHtmlRenderer.NEEDS_JAVASCRIPT_NOTE);
        });
        assertThat(card.isNeedsJavaScript()).isTrue();
        assertThat(card.getFragmentHtml()).startsWith("<article class=\"st-run-view\" id=\"run-17-acme-e2e\">")
                .contains("href=\"../artifact/system-tests/acme/e2e/Playwright/index.html\"");
    }

    @Test
    void shouldShowAMissingACorruptAndAnInvalidRecordAsMissingAndStillShowTheOthers() throws IOException {
        JobHistory history = new JobHistory(dir);
        history.save(SampleRecords.full("17-acme-e2e"));
        Files.copy(Path.of("src/test/resources/history/record-corrupt.json"),
                history.records().directory().resolve("17-broken-e2e.json"));

        List<RunCard> cards = new RunCardLoader(history.records(), "../artifact/")
                .load(List.of("17-gone-e2e", "17-broken-e2e", "../../secrets", "17-acme-e2e"));

        assertThat(cards).extracting(RunCard::isFound).containsExactly(false, false, false, true);
        assertThat(cards.get(0).getProblem()).isEqualTo("The record of run 17-gone-e2e is missing: it was deleted,"
                + " or the run never finished writing it.");
        assertThat(cards.get(1).getProblem()).startsWith("The record of run 17-broken-e2e cannot be read (line ")
                .doesNotContain(dir.toString());
        assertThat(cards.get(2).getProblem())
                .startsWith("The run cannot be shown: id: '../../secrets' is not a valid run id");
        assertThat(cards.get(0)).extracting(RunCard::getVerdictLabel, RunCard::getCountsText, RunCard::getFragmentHtml,
                RunCard::getReports).containsExactly("UNKNOWN", "", "", List.of());
    }

    @Test
    void shouldNotLinkAReportThatCouldNotBeArchivedOrHasAnUnsafePath() throws IOException {
        JobHistory history = new JobHistory(dir);
        RunRecord base = SampleRecords.full("17-acme-e2e");
        history.save(new RunRecord(base.schemaVersion(), base.id(), base.build(), base.tenant(), base.tenantName(),
                base.suite(), base.attributes(), base.verdict(), base.reasons(), base.counts(), base.startedAt(),
                base.endedAt(), base.trigger(), base.revision(), base.preflight(), base.parseProblems(),
                base.resultFiles(), base.failureGroups(), base.cascades(), base.newFailures(), base.fixedTests(),
                base.previousRunId(), base.tests(), List.of(
                        new io.jenkins.plugins.systemtest.engine.record.ReportLink("Escape", "../../etc", "passwd", 1,
                                false, ""),
                        new io.jenkins.plugins.systemtest.engine.record.ReportLink("Coverage", "", "index.html", 0,
                                false, "no files matched cov/**")),
                base.extra()));

        RunCard card = new RunCardLoader(history.records(), "../artifact/").load(List.of("17-acme-e2e")).get(0);

        assertThat(card.getReports()).extracting(RunCard.Report::getPath, RunCard.Report::getProblem)
                .containsExactly(tuple("", "cannot be linked: its path is not a plain relative path"),
                        tuple("", "no files matched cov/**"));
    }
}
