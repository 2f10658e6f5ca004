package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.history.FlakyTest;
import io.jenkins.plugins.systemtest.engine.history.TestHistoryEntry;
import io.jenkins.plugins.systemtest.engine.history.TrendPoint;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

import java.util.List;
import java.util.Objects;

/**
 * What the history page shows, as plain data. Serialised to JSON it is the page's data contract (see
 * {@code docs/pages.md} and the comment at the top of {@code history.js}); {@link #VERSION} changes when a field is
 * removed or changes meaning.
 *
 * @param version     {@link #VERSION}
 * @param title       the page title
 * @param generatedAt when the view was made, epoch milliseconds
 * @param filters     the values the runs can be filtered by
 * @param runs        one row per run, newest first
 * @param trends      one series per tenant, oldest point first
 * @param flaky       tests whose outcome keeps changing, most flips first
 * @param tests       per-test histories, oldest entry first; may be empty
 */
public record HistoryView(int version, String title, long generatedAt, Filters filters, List<Row> runs,
        List<TenantTrend> trends, List<FlakyTest> flaky, List<TestHistory> tests) {

    /** The data contract's version. */
    public static final int VERSION = 1;

    public HistoryView {
        title = Objects.requireNonNullElse(title, "");
        Objects.requireNonNull(filters, "filters");
        runs = List.copyOf(Objects.requireNonNullElse(runs, List.of()));
        trends = List.copyOf(Objects.requireNonNullElse(trends, List.of()));
        flaky = List.copyOf(Objects.requireNonNullElse(flaky, List.of()));
        tests = List.copyOf(Objects.requireNonNullElse(tests, List.of()));
    }

    /**
     * The values present in the runs.
     *
     * @param tenants  the tenants, by key, with their display names
     * @param suites   the suites, sorted
     * @param verdicts the verdicts, in the order of {@link RunVerdict}
     */
    public record Filters(List<Tenant> tenants, List<String> suites, List<RunVerdict> verdicts) {

        public Filters {
            tenants = List.copyOf(tenants);
            suites = List.copyOf(suites);
            verdicts = List.copyOf(verdicts);
        }
    }

    /**
     * A tenant.
     *
     * @param key  its key, the value of the {@code tenant} filter
     * @param name its display name
     */
    public record Tenant(String key, String name) {
    }

    /**
     * One run.
     *
     * @param id             the run record's id
     * @param build          the build or sequence number
     * @param tenant         the tenant key
     * @param tenantName     the tenant's display name
     * @param suite          the suite
     * @param verdict        the verdict
     * @param counts         the counts ({@code total, passed, failed, errors, skipped, flaky})
     * @param passRate       percent, or -1 when no test ran
     * @param startedAt      epoch milliseconds
     * @param durationMillis how long it took
     * @param trigger        who or what started it
     * @param revision       the source revision, or empty
     * @param summaryHref    a safe link to the run's summary page, relative to the history page, or empty
     */
    public record Row(String id, long build, String tenant, String tenantName, String suite, RunVerdict verdict,
            RunCounts counts, double passRate, long startedAt, long durationMillis, String trigger, String revision,
            String summaryHref) {
    }

    /**
     * A tenant's trend.
     *
     * @param tenant     the tenant key
     * @param tenantName its display name
     * @param points     its runs, oldest first
     */
    public record TenantTrend(String tenant, String tenantName, List<TrendPoint> points) {

        public TenantTrend {
            points = List.copyOf(points);
        }
    }

    /**
     * One test across runs.
     *
     * @param testId  the test
     * @param entries what it did in each run, oldest first
     */
    public record TestHistory(String testId, List<TestHistoryEntry> entries) {

        public TestHistory {
            entries = List.copyOf(entries);
        }
    }
}
