package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.jenkins.plugins.systemtest.engine.dashboard.DashboardRecords.run;
import static io.jenkins.plugins.systemtest.engine.dashboard.DashboardRecords.save;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardStoreTest {

    @TempDir
    Path root;

    private DashboardStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private DashboardStore store() {
        store = new DashboardStore(root.resolve("system-tests-dashboard.json"), 2);
        return store;
    }

    @Test
    void shouldKeepTheLatestRunPerJobTenantAndSuiteAndTheTenBeforeIt() throws Exception {
        DashboardStore s = store();
        for (int b = 1; b <= 12; b++) {
            var record = run(b, "acme", "e2e", b == 12 ? RunVerdict.FAILED : RunVerdict.PASSED, "boom <n>");
            s.recorded("team/shop", save(root, "shop", record), record);
        }
        var other = run(5, "globex", "e2e", RunVerdict.PASSED);
        s.recorded("team/shop", save(root, "shop", other), other);

        List<DashboardEntry> entries = s.summary().entries();

        assertThat(entries).extracting(DashboardEntry::tenant).containsExactly("acme", "globex");
        DashboardEntry acme = entries.get(0);
        assertThat(acme.recent()).extracting(RunMark::build).containsExactly(12L, 11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L,
                3L);
        assertThat(acme.latest().verdict()).isEqualTo(RunVerdict.FAILED);
        assertThat(acme.causes()).extracting(CauseNote::signature).containsExactly("boom <n>");
        assertThat(acme.tenantName()).isEqualTo("Acme Ltd");
    }

    @Test
    void shouldRebuildTheSameSummaryFromTheJobIndexesWhenTheFileIsMissingOrDamaged() throws Exception {
        Path shop = null;
        for (int b = 1; b <= 3; b++) {
            shop = save(root, "shop", run(b, "acme", "e2e", b == 3 ? RunVerdict.FAILED : RunVerdict.PASSED,
                    "connection refused to <host>:<port>"));
        }
        Path cart = save(root, "cart", run(7, "acme", "api", RunVerdict.PASSED));
        List<DashboardStore.JobDir> jobs = List.of(new DashboardStore.JobDir("team/shop", shop),
                new DashboardStore.JobDir("cart", cart));

        DashboardStore.OpenReport cold = store().open(jobs);
        List<DashboardEntry> first = store.summary().entries();
        store.awaitWrites();
        store.close();
        Files.writeString(root.resolve("system-tests-dashboard.json"), "{\"schemaVersion\":1,\"jobs\":[{\"jo");
        DashboardStore.OpenReport damaged = store().open(jobs);

        assertThat(cold.fromIndex()).isEqualTo(2);
        assertThat(damaged.fromIndex()).isZero();
        assertThat(damaged.fromJob()).as("taken from each job's own file").isEqualTo(2);
        assertThat(store.summary().entries()).isEqualTo(first);
        assertThat(first).extracting(DashboardEntry::job, DashboardEntry::suite)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cart", "api"),
                        org.assertj.core.groups.Tuple.tuple("team/shop", "e2e"));
        assertThat(first.get(1).causes()).extracting(CauseNote::category).containsExactly("INFRASTRUCTURE");
    }

    @Test
    void shouldTakeUnchangedJobsFromTheFileAndComputeAJobWhoseIndexGrewAgain() throws Exception {
        Path shop = save(root, "shop", run(1, "acme", "e2e", RunVerdict.PASSED));
        Path cart = save(root, "cart", run(1, "acme", "e2e", RunVerdict.PASSED));
        List<DashboardStore.JobDir> jobs = List.of(new DashboardStore.JobDir("shop", shop),
                new DashboardStore.JobDir("cart", cart));
        store().open(jobs);
        store.awaitWrites();
        store.close();
        save(root, "cart", run(2, "acme", "e2e", RunVerdict.FAILED, "x")); // recorded while the store was closed
        Files.delete(cart.resolve(JobSummaryBuilder.FILE));

        DashboardStore.OpenReport report = store().open(jobs);

        assertThat(report.fromFile()).isEqualTo(1);
        assertThat(report.fromIndex()).isEqualTo(1);
        assertThat(store.summary().job("cart").entries().get(0).latest().build()).isEqualTo(2);
    }

    @Test
    void shouldDropJobsThatAreGoneWhenOpened() throws Exception {
        Path shop = save(root, "shop", run(1, "acme", "e2e", RunVerdict.PASSED));
        Path cart = save(root, "cart", run(1, "acme", "e2e", RunVerdict.PASSED));
        store().open(List.of(new DashboardStore.JobDir("shop", shop), new DashboardStore.JobDir("cart", cart)));
        store.awaitWrites();
        store.close();

        store().open(List.of(new DashboardStore.JobDir("shop", shop)));

        assertThat(store.summary().jobs()).containsOnlyKeys("shop");
    }

    @Test
    void shouldForgetADeletedBuildEvenBeforeItsLinesAreRemoved() throws Exception {
        DashboardStore s = store();
        Path shop = null;
        for (int b = 1; b <= 3; b++) {
            var record = run(b, "acme", "e2e", b == 3 ? RunVerdict.FAILED : RunVerdict.PASSED, "x");
            shop = save(root, "shop", record);
            s.recorded("shop", shop, record);
        }

        s.buildDeleted("shop", shop, 3);

        assertThat(s.summary().job("shop").entries().get(0).recent()).extracting(RunMark::build)
                .containsExactly(2L, 1L);
        new JobHistory(shop).removeBuild(3);
        s.buildDeleted("shop", shop, 2);
        assertThat(s.summary().job("shop").entries().get(0).recent()).extracting(RunMark::build).containsExactly(1L);
    }

    @Test
    void shouldForgetADeletedFolderWithItsJobsAndFollowARenamedOrMovedOne() throws Exception {
        DashboardStore s = store();
        for (String job : List.of("team/shop", "team/cart/main", "teamwork", "other")) {
            var record = run(1, "acme", "e2e", RunVerdict.PASSED);
            s.recorded(job, save(root, job.replace('/', '_'), record), record);
        }

        s.moved("team", "platform/team");
        assertThat(s.summary().jobs()).containsOnlyKeys("platform/team/shop", "platform/team/cart/main", "teamwork",
                "other");
        assertThat(s.summary().entries()).extracting(DashboardEntry::job).contains("platform/team/cart/main");

        s.deleted("platform/team");
        assertThat(s.summary().jobs()).containsOnlyKeys("teamwork", "other");
        s.deleted("other");
        assertThat(s.summary().jobs()).containsOnlyKeys("teamwork");
    }

    @Test
    void shouldWriteTheFileSoThatTheNextStartTakesEveryJobFromIt() throws Exception {
        DashboardStore s = store();
        var a = run(1, "acme", "e2e", RunVerdict.PASSED);
        Path shop = save(root, "shop", a);
        s.recorded("shop", shop, a);
        s.awaitWrites();
        s.close();

        DashboardStore.OpenReport report = store().open(List.of(new DashboardStore.JobDir("shop", shop)));

        assertThat(report.fromFile()).isEqualTo(1);
        assertThat(report.failed()).isEmpty();
        assertThat(store.summary().entries()).hasSize(1);
        try (var files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("system-tests-dashboard.json", "shop");
        }
    }

    @Test
    void shouldCreateNothingForAJobWithoutAHistoryFolder() throws IOException, InterruptedException {
        DashboardStore.OpenReport report = store().open(List.of(new DashboardStore.JobDir("x",
                root.resolve("x/system-tests"))));

        assertThat(report.fromIndex()).isEqualTo(1);
        assertThat(store.summary().job("x").entries()).isEmpty();
        assertThat(root.resolve("x")).doesNotExist();
    }
}
