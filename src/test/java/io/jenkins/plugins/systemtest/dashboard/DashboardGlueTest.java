package io.jenkins.plugins.systemtest.dashboard;

import io.jenkins.plugins.systemtest.dashboard.Fakes.FakeFolder;
import io.jenkins.plugins.systemtest.dashboard.Fakes.FakeJob;
import io.jenkins.plugins.systemtest.dashboard.Fakes.FakeRun;
import hudson.model.Item;
import io.jenkins.plugins.systemtest.engine.analysis.FailureCategory;
import io.jenkins.plugins.systemtest.engine.analysis.FailureGroup;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardEntry;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardRequest;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardStore;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardView;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.history.JobHistories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard's glue on the Jenkins API declarations, over real job history folders and a real summary file: a
 * user who can read one job of two in a folder sees that job only, and not at all a tenant that runs only in the
 * other; the hook, the listeners' service calls and the walk through folders.
 */
class DashboardGlueTest {

    private static final long T0 = 1_760_000_000_000L;

    @TempDir
    Path root;

    private DashboardStore store;
    private DashboardService service;
    private FakeJob shop;
    private FakeJob vault;
    private Collection<? extends Item> roots;

    @BeforeEach
    void jenkins() throws IOException {
        store = new DashboardStore(root.resolve(DashboardService.FILE), 2);
        service = DashboardService.over(store);
        shop = new FakeJob("team/shop", root.resolve("jobs/team/jobs/shop").toFile(), true);
        vault = new FakeJob("team/vault", root.resolve("jobs/team/jobs/vault").toFile(), false);
        roots = List.of(new FakeFolder("team", true, shop, vault));
        record(shop, 1, "acme", RunVerdict.PASSED);
        record(vault, 1, "acme", RunVerdict.FAILED);
        record(vault, 2, "initech", RunVerdict.FAILED);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SystemTestDashboard dashboard() {
        return new SystemTestDashboard(() -> roots, () -> service, Clock.fixed(Instant.ofEpochMilli(T0 + 3_600_000),
                ZoneOffset.UTC), Map::of);
    }

    /** Saves a run in the job's history as the step does, then calls the step's hook. */
    private void record(FakeJob job, int build, String tenant, RunVerdict verdict) throws IOException {
        List<FailureGroup> groups = verdict == RunVerdict.PASSED ? List.of() : List.of(new FailureGroup(
                "secret failure in " + job.getFullName(), FailureCategory.ASSERTION, "", "AssertionError",
                "vault key mismatch", List.of("com.acme.VaultIT.key"), List.of()));
        RunRecord record = new RunRecord(RunRecord.SCHEMA_VERSION, build + "-" + tenant + "-e2e", build, tenant,
                tenant.toUpperCase(), "e2e", Map.of(), verdict, List.of(), new RunCounts(10, verdict
                == RunVerdict.PASSED ? 10 : 9, verdict == RunVerdict.PASSED ? 0 : 1, 0, 0, 0), T0 + build * 1000L,
                T0 + build * 1000L + 500, "timer", "", List.of(), List.of(), List.of(), groups, List.of(), List.of(),
                List.of(), "", List.of(), List.of(), Map.of());
        JobHistories.of(job).save(record);
        DashboardService.recorded(new FakeRun(job, build), record, () -> service);
    }

    @Test
    void shouldShowAUserWhoCanReadOneJobOfTwoOnlyThatJob() {
        DashboardView view = dashboard().view(DashboardRequest.ALL);

        assertThat(store.summary().entries()).as("the summary holds every job").hasSize(3);
        assertThat(view.rows()).singleElement().satisfies(row -> {
            assertThat(row.tenant()).isEqualTo("acme");
            assertThat(row.worst()).as("the failure in the hidden job does not count").isEqualTo(RunVerdict.PASSED);
            assertThat(row.cells()).extracting(DashboardView.Cell::job).containsExactly("team/shop");
        });
        assertThat(view.tenants()).extracting(DashboardView.TenantOption::key).containsExactly("acme");
    }

    @Test
    void shouldNotShowATenantThatRunsOnlyInAHiddenJobAnywhere() {
        SystemTestDashboard dashboard = dashboard();

        assertThat(dashboard.query().tenant("initech")).isEmpty();
        assertThatThrownBy(() -> dashboard.getTenant("initech")).as("404 in Jenkins").isNotNull();
        assertThat(dashboard.getApi().json()).contains("team/shop").doesNotContain("initech")
                .doesNotContain("vault");
        assertThat(dashboard.query().tenant("acme").orElseThrow().causes()).as("the hidden job's failure")
                .isEmpty();
        String html = new io.jenkins.plugins.systemtest.engine.dashboard.DashboardHtml()
                .dashboard(dashboard.view(DashboardRequest.ALL));
        assertThat(html).doesNotContain("INITECH").doesNotContain("vault");
    }

    @Test
    void shouldShowBothJobsToAUserWhoCanReadBoth() {
        FakeJob open = new FakeJob("team/vault", vault.getRootDir(), true);
        roots = List.of(new FakeFolder("team", true, shop, open));

        DashboardView view = dashboard().view(DashboardRequest.ALL);

        assertThat(view.rows()).extracting(DashboardView.TenantRow::tenant).containsExactly("acme", "initech");
        assertThat(dashboard().getTenant("initech").view().cells()).extracting(DashboardView.Cell::job)
                .containsExactly("team/vault");
    }

    @Test
    void shouldHideEveryJobOfAFolderTheUserCannotRead() {
        FakeJob open = new FakeJob("team/vault", vault.getRootDir(), true);
        roots = List.of(new FakeFolder("team", false, shop, open));

        assertThat(dashboard().view(DashboardRequest.ALL).rows()).isEmpty();
        assertThat(JobWalk.readableJobs(roots)).isEmpty();
    }

    @Test
    void shouldWalkNestedFoldersAndBranchJobsAndFindTheHistories() {
        FakeJob branch = new FakeJob("team/mb/feature%2Fx", root.resolve("branch").toFile(), true);
        roots = List.of(new FakeFolder("team", true, shop, vault, new FakeFolder("team/mb", true, branch)));

        assertThat(JobWalk.readableJobs(roots)).containsExactlyInAnyOrder("team/shop", "team/mb/feature%2Fx");
        assertThat(JobWalk.historyJobs(roots)).extracting(DashboardStore.JobDir::job)
                .containsExactlyInAnyOrder("team/shop", "team/vault");
    }

    @Test
    void shouldRebuildFromTheWalkedJobsWhenTheFileIsGone() throws Exception {
        store.awaitWrites();
        store.close();
        java.nio.file.Files.delete(root.resolve(DashboardService.FILE));
        store = new DashboardStore(root.resolve(DashboardService.FILE), 2);
        service = DashboardService.over(store);

        service.open(JobWalk.historyJobs(roots));

        assertThat(service.isOpened()).isTrue();
        assertThat(store.summary().entries()).extracting(DashboardEntry::job, DashboardEntry::tenant)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("team/shop", "acme"),
                        org.assertj.core.groups.Tuple.tuple("team/vault", "acme"),
                        org.assertj.core.groups.Tuple.tuple("team/vault", "initech"));
    }

    @Test
    void shouldFollowDeletedBuildsAndMovedAndDeletedJobs() throws IOException {
        service.buildDeleted(new FakeRun(vault, 2));
        assertThat(store.summary().entries()).extracting(DashboardEntry::tenant).containsExactly("acme", "acme");

        service.moved("team", "platform");
        assertThat(store.summary().jobs()).containsOnlyKeys("platform/shop", "platform/vault");

        service.deleted("platform/shop");
        assertThat(store.summary().jobs()).containsOnlyKeys("platform/vault");
    }

    @Test
    void shouldNeverThrowFromTheHook() throws IOException {
        RunRecord record = new RunRecord(RunRecord.SCHEMA_VERSION, "3-acme-e2e", 3, "acme", "ACME", "e2e", Map.of(),
                RunVerdict.PASSED, List.of(), RunCounts.NONE, T0, T0, "", "", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), "", List.of(), List.of(), Map.of());

        DashboardService.recorded(new FakeRun(shop, 3), record); // no Jenkins here: logged, not thrown
        DashboardService.recorded(new FakeRun(shop, 3), record, () -> {
            throw new IllegalStateException("Jenkins is shutting down");
        });

        assertThat(store.summary().job("team/shop").entries().get(0).latest().build()).isEqualTo(1);
    }

    @Test
    void shouldOfferTheRootActionsLinkAndUrl() {
        SystemTestDashboard dashboard = dashboard();

        assertThat(dashboard.getUrlName()).isEqualTo("system-tests");
        assertThat(dashboard.getDisplayName()).isEqualTo("System Tests");
        assertThat(dashboard.getIconFileName()).isEqualTo("/plugin/system-test-runner/images/system-tests.svg");
        assertThat(dashboard.getFragmentHtml()).contains("href=\"../job/team/job/shop/\"");
    }
}
