package io.jenkins.plugins.systemtest.pages;

import io.jenkins.plugins.systemtest.engine.render.HistoryOverview;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

import java.util.List;

/**
 * The matrix and per-test shapes of the run-history JSON API: read-only wrappers of the engine's
 * {@link HistoryOverview} values for Stapler's exporter.
 */
public final class OverviewApiBeans {

    private OverviewApiBeans() {
    }

    /** A tenant's row of the matrix. */
    @ExportedBean(defaultVisibility = 2)
    public static final class MatrixRowBean {
        private final HistoryOverview.MatrixRow row;

        MatrixRowBean(HistoryOverview.MatrixRow row) {
            this.row = row;
        }

        @Exported
        public String getTenant() {
            return row.tenant();
        }

        @Exported
        public String getTenantName() {
            return row.tenantName();
        }

        /** Whether the latest run of some suite failed, hit an infrastructure error or found no tests. */
        @Exported
        public boolean isBroken() {
            return row.broken();
        }

        /** One cell per suite that the tenant ran. */
        @Exported(inline = true)
        public List<CellBean> getCells() {
            return row.cells().stream().filter(c -> c.latest() != null).map(CellBean::new).toList();
        }
    }

    /** A tenant and suite: the latest run and the verdicts of the last runs. */
    @ExportedBean(defaultVisibility = 3)
    public static final class CellBean {
        private final HistoryOverview.MatrixCell cell;

        CellBean(HistoryOverview.MatrixCell cell) {
            this.cell = cell;
        }

        @Exported
        public String getSuite() {
            return cell.suite();
        }

        @Exported
        public String getRunId() {
            return cell.latest().id();
        }

        @Exported
        public long getBuild() {
            return cell.latest().build();
        }

        @Exported
        public String getVerdict() {
            return cell.latest().verdict().name();
        }

        /** Percent, -1 when no test ran. */
        @Exported
        public double getPassRate() {
            return cell.latest().passRate();
        }

        /** Epoch milliseconds. */
        @Exported
        public long getStartedAt() {
            return cell.latest().startedAt();
        }

        /** The verdicts of the last runs, oldest first. */
        @Exported
        public List<String> getLastVerdicts() {
            return cell.strip().stream().map(r -> r.verdict().name()).toList();
        }
    }

    /** The asked-for test for one tenant. */
    @ExportedBean(defaultVisibility = 2)
    public static final class TimelineBean {
        private final HistoryOverview.TenantTimeline timeline;

        TimelineBean(HistoryOverview.TenantTimeline timeline) {
            this.timeline = timeline;
        }

        @Exported
        public String getTenant() {
            return timeline.tenant();
        }

        @Exported
        public String getTenantName() {
            return timeline.tenantName();
        }

        @Exported
        public List<String> getSuites() {
            return timeline.suites();
        }

        /** The build where the current failure streak began, or 0 when the latest run did not fail. */
        @Exported
        public long getFailingSinceBuild() {
            return timeline.failingSince() == null ? 0 : timeline.failingSince().build();
        }

        /** Whether the streak goes back beyond the runs looked at. */
        @Exported
        public boolean isFailingSinceAtLeast() {
            return timeline.streakOpen();
        }

        @Exported
        public int getFlips() {
            return timeline.flips();
        }

        /** Flips per pair of consecutive runs, 0 to 1. */
        @Exported
        public double getFlipRate() {
            return timeline.flipRate();
        }

        @Exported
        public int getFailures() {
            return timeline.failures();
        }

        /** The test in each run looked at, oldest first. */
        @Exported(inline = true)
        public List<TestRunBean> getRuns() {
            return timeline.entries().stream().map(TestRunBean::new).toList();
        }
    }

    /** The test in one run. */
    @ExportedBean(defaultVisibility = 3)
    public static final class TestRunBean {
        private final HistoryOverview.TestRun run;

        TestRunBean(HistoryOverview.TestRun run) {
            this.run = run;
        }

        @Exported
        public String getRunId() {
            return run.runId();
        }

        @Exported
        public long getBuild() {
            return run.build();
        }

        @Exported
        public long getStartedAt() {
            return run.startedAt();
        }

        @Exported
        public String getOutcome() {
            return run.outcome().name();
        }

        /** The failure message from the run record, or empty. */
        @Exported
        public String getMessage() {
            return run.message();
        }
    }
}
