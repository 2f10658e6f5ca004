package io.jenkins.plugins.systemtest.pages;

import io.jenkins.plugins.systemtest.engine.history.FlakyTest;
import io.jenkins.plugins.systemtest.engine.history.TestHistoryEntry;
import io.jenkins.plugins.systemtest.engine.history.TrendPoint;
import io.jenkins.plugins.systemtest.engine.render.HistoryView;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

import java.util.List;

/**
 * The shapes of the run-history JSON API ({@code <job>/system-tests/api/json}): read-only wrappers that expose the
 * engine's values to Stapler's exporter, which only writes {@link ExportedBean}s. Lists are exported inline, so
 * their fields show at the default depth.
 */
public final class HistoryApiBeans {

    private HistoryApiBeans() {
    }

    /** One run of the page. */
    @ExportedBean(defaultVisibility = 2)
    public static final class RunRow {
        private final HistoryView.Row row;

        RunRow(HistoryView.Row row) {
            this.row = row;
        }

        @Exported
        public String getId() {
            return row.id();
        }

        @Exported
        public long getBuild() {
            return row.build();
        }

        @Exported
        public String getTenant() {
            return row.tenant();
        }

        @Exported
        public String getTenantName() {
            return row.tenantName();
        }

        @Exported
        public String getSuite() {
            return row.suite();
        }

        @Exported
        public String getVerdict() {
            return row.verdict().name();
        }

        @Exported
        public int getTotal() {
            return row.counts().total();
        }

        @Exported
        public int getPassed() {
            return row.counts().passed();
        }

        @Exported
        public int getFailed() {
            return row.counts().failed();
        }

        @Exported
        public int getErrors() {
            return row.counts().errors();
        }

        @Exported
        public int getSkipped() {
            return row.counts().skipped();
        }

        @Exported
        public int getFlaky() {
            return row.counts().flaky();
        }

        /** Percent of executed tests, -1 when no test ran. */
        @Exported
        public double getPassRate() {
            return row.passRate();
        }

        @Exported
        public long getStartedAt() {
            return row.startedAt();
        }

        @Exported
        public long getDurationMillis() {
            return row.durationMillis();
        }

        @Exported
        public String getTrigger() {
            return row.trigger();
        }

        @Exported
        public String getRevision() {
            return row.revision();
        }

        /** The run's view, relative to {@code <job>/system-tests/}. */
        @Exported
        public String getSummaryHref() {
            return row.summaryHref();
        }
    }

    /** A tenant: key and display name. */
    @ExportedBean(defaultVisibility = 2)
    public static final class TenantRow {
        private final HistoryView.Tenant tenant;

        TenantRow(HistoryView.Tenant tenant) {
            this.tenant = tenant;
        }

        @Exported
        public String getKey() {
            return tenant.key();
        }

        @Exported
        public String getName() {
            return tenant.name();
        }
    }

    /** A tenant's trend, oldest point first. */
    @ExportedBean(defaultVisibility = 2)
    public static final class Trend {
        private final HistoryView.TenantTrend trend;

        Trend(HistoryView.TenantTrend trend) {
            this.trend = trend;
        }

        @Exported
        public String getTenant() {
            return trend.tenant();
        }

        @Exported
        public String getTenantName() {
            return trend.tenantName();
        }

        @Exported(inline = true)
        public List<Point> getPoints() {
            return trend.points().stream().map(Point::new).toList();
        }
    }

    /** One run in a trend. */
    @ExportedBean(defaultVisibility = 2)
    public static final class Point {
        private final TrendPoint point;

        Point(TrendPoint point) {
            this.point = point;
        }

        @Exported
        public String getRunId() {
            return point.runId();
        }

        @Exported
        public long getBuild() {
            return point.build();
        }

        @Exported
        public long getStartedAt() {
            return point.startedAt();
        }

        @Exported
        public double getPassRate() {
            return point.passRate();
        }

        @Exported
        public long getDurationMillis() {
            return point.durationMillis();
        }

        @Exported
        public String getVerdict() {
            return point.verdict().name();
        }
    }

    /** A flaky test. */
    @ExportedBean(defaultVisibility = 2)
    public static final class Flaky {
        private final FlakyTest test;

        Flaky(FlakyTest test) {
            this.test = test;
        }

        @Exported
        public String getTestId() {
            return test.testId();
        }

        @Exported
        public int getFlips() {
            return test.flips();
        }

        @Exported
        public int getRuns() {
            return test.runs();
        }

        @Exported
        public int getFailures() {
            return test.failures();
        }

        @Exported
        public int getFlaky() {
            return test.flaky();
        }

        @Exported
        public long getLastBuild() {
            return test.lastBuild();
        }
    }

    /** What the asked-for test did in one run. */
    @ExportedBean(defaultVisibility = 2)
    public static final class TestRun {
        private final TestHistoryEntry entry;

        TestRun(TestHistoryEntry entry) {
            this.entry = entry;
        }

        @Exported
        public String getRunId() {
            return entry.runId();
        }

        @Exported
        public long getBuild() {
            return entry.build();
        }

        @Exported
        public String getTenant() {
            return entry.tenant();
        }

        @Exported
        public long getStartedAt() {
            return entry.startedAt();
        }

        @Exported
        public String getOutcome() {
            return entry.outcome().name();
        }
    }
}
