package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.history.LiveRun;
import io.jenkins.plugins.systemtest.engine.history.LiveRuns;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run's live state from the start of its block to its record, and the settle rule for runs that died. */
class LiveRunLifecycleTest {

    @TempDir
    Path dir;

    private static LiveRun live(String id, long build, long startedAt) {
        return new LiveRun(id, build, "acme", "Acme Corp", "slow", startedAt, "user alice", "job/x/" + build + "/");
    }

    private static RunRecord finished(String id, long build, long startedAt) {
        RunFacts facts = new RunFacts(id, build, new TenantContext("acme", "Acme Corp", "slow", Map.of()), null,
                startedAt, startedAt + 5_000, "user alice", "", false, Map.of());
        return new RunAssembler().assemble(facts, List.of(), ParsedResults.empty(), List.of(), Optional.empty(),
                new SecretMasker(List.of())).record();
    }

    @Test
    void shouldShowARunAsRunningUntilItsRecordIsSavedAndNeverPutItInTheIndex() throws Exception {
        JobHistory history = new JobHistory(dir);
        String id = history.reserveRunId(7, TenantContext.of("acme"));
        history.live().start(live(id, 7, 1_000));

        assertThat(history.live().list()).extracting(LiveRun::id).containsExactly(id);
        RunSummary row = history.live().list().get(0).asSummary(61_000);
        assertThat(row.verdict()).isEqualTo(RunVerdict.RUNNING);
        assertThat(row.durationMillis()).isEqualTo(60_000);
        assertThat(history.query().newestFirst()).isEmpty();

        history.save(finished(id, 7, 1_000));
        history.releaseRunId(id);

        assertThat(history.live().list()).isEmpty();
        assertThat(history.query().newestFirst()).extracting(RunSummary::verdict).containsExactly(RunVerdict.NO_TESTS);
    }

    @Test
    void shouldSettleARunWhoseBuildIsGoneAsAbortedExactlyOnce() throws Exception {
        JobHistory history = new JobHistory(dir);
        history.live().start(live("7-acme-slow", 7, 1_000));
        history.live().start(live("8-acme-slow", 8, 2_000));
        String indexBefore = Files.exists(dir.resolve(JobHistory.INDEX)) ? "" : "missing";

        List<RunRecord> settled = new LiveRunSettler(history).settle(r -> r.build() == 8, 90_000);
        List<RunRecord> again = new LiveRunSettler(history).settle(r -> r.build() == 8, 95_000);

        assertThat(indexBefore).isEqualTo("missing");
        assertThat(settled).extracting(RunRecord::id).containsExactly("7-acme-slow");
        assertThat(again).isEmpty();
        RunRecord r = history.records().read("7-acme-slow").orElseThrow();
        assertThat(r.verdict()).isEqualTo(RunVerdict.ABORTED);
        assertThat(r.reasons()).containsExactly("The run was aborted: the controller stopped during the run.");
        assertThat(r.tenantName()).isEqualTo("Acme Corp");
        assertThat(r.startedAt()).isEqualTo(1_000);
        assertThat(history.query().newestFirst()).extracting(RunSummary::id).containsExactly("7-acme-slow");
        assertThat(history.live().list()).extracting(LiveRun::id).containsExactly("8-acme-slow");
    }

    @Test
    void shouldOnlyDropTheMarkerWhenTheRecordWasSavedBeforeACrash() throws Exception {
        // Crash between saving the record (and its index line) and deleting the marker.
        JobHistory history = new JobHistory(dir);
        history.live().start(live("7-acme-slow", 7, 1_000));
        history.save(finished("7-acme-slow", 7, 1_000));

        assertThat(new LiveRunSettler(history).settle(r -> false, 90_000)).isEmpty();

        assertThat(history.live().list()).isEmpty();
        assertThat(history.query().newestFirst()).extracting(RunSummary::verdict).containsExactly(RunVerdict.NO_TESTS);
    }

    @Test
    void shouldLeaveAMarkerAnotherSettlerHasClaimedUntilTheClaimIsStale() throws Exception {
        JobHistory history = new JobHistory(dir);
        history.live().start(live("7-acme-slow", 7, 1_000));
        Path claim = Files.createFile(history.live().directory().resolve("7-acme-slow.settling"));
        long claimedAt = Files.getLastModifiedTime(claim).toMillis();

        assertThat(new LiveRunSettler(history).settle(r -> false, claimedAt + 1_000)).isEmpty();
        assertThat(history.live().isMarked("7-acme-slow")).isTrue();

        assertThat(new LiveRunSettler(history).settle(r -> false,
                claimedAt + LiveRunSettler.STALE_CLAIM_MILLIS + 1_000)).isEmpty();
        assertThat(new LiveRunSettler(history).settle(r -> false,
                claimedAt + LiveRunSettler.STALE_CLAIM_MILLIS + 2_000)).hasSize(1);
    }

    @Test
    void shouldReportAnUnreadableMarkerAndKeepTheOthers() throws Exception {
        JobHistory history = new JobHistory(dir);
        history.live().start(live("7-acme-slow", 7, 1_000));
        Files.writeString(history.live().directory().resolve("8-acme-slow.json"), "{\"id\": ");
        Files.writeString(history.live().directory().resolve(".9-acme-slow.json.tmp"), "partial");
        List<ParseProblem> problems = new ArrayList<>();

        assertThat(history.live().list(problems::add)).extracting(LiveRun::id).containsExactly("7-acme-slow");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.file()).endsWith("8-acme-slow.json"));
    }

    @Test
    void shouldDropTheMarkersOfADeletedBuild() throws Exception {
        JobHistory history = new JobHistory(dir);
        history.live().start(live("7-acme-slow", 7, 1_000));
        history.live().start(live("8-acme-slow", 8, 2_000));

        history.removeBuild(7);

        assertThat(history.live().list()).extracting(LiveRun::id).containsExactly("8-acme-slow");
    }

    @Test
    void shouldRefuseAnIdThatCouldNameAFileElsewhere() {
        LiveRuns live = new JobHistory(dir).live();

        assertThatThrownBy(() -> live.finish("../records/x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
