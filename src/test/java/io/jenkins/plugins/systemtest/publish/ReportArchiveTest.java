package io.jenkins.plugins.systemtest.publish;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.report.ReportScan;
import io.jenkins.plugins.systemtest.engine.report.ReportSpec;
import io.jenkins.plugins.systemtest.engine.run.CollectedResults;
import io.jenkins.plugins.systemtest.engine.run.StagedResults;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ReportArchiveTest {

    private static final TenantContext ACME = new TenantContext("Acme", null, "E2E", Map.of());

    private static final StagedResults STAGED = new StagedResults(new CollectedResults(ParsedResults.empty(),
            List.of(new ReportScan(new ReportSpec("Playwright", "playwright-report", null),
                            List.of("data/trace.zip", "index.html"), 100, true, List.of()),
                    new ReportScan(new ReportSpec("Coverage", "coverage", null), List.of(), 0, false,
                            List.of("missing"))), List.of()),
            List.of(new ReportLink("Playwright", "reports/Playwright", "index.html", 2, true, ""),
                    new ReportLink("Coverage", "", "index.html", 0, false, "Report 'Coverage': directory coverage "
                            + "does not exist, nothing archived")),
            "", List.of());

    @Test
    void shouldArchiveUnderTenantAndSuiteAndNumberRepeatedRuns() {
        assertThat(ReportArchive.of(12, ACME, "12-acme-e2e").prefix()).isEqualTo("system-tests/Acme/E2E");
        assertThat(ReportArchive.of(12, ACME, "12-acme-e2e-3").prefix()).isEqualTo("system-tests/Acme/E2E/run-3");
    }

    @Test
    void shouldMapEveryStagedFileToItsPlaceAmongTheArtifacts() {
        Map<String, String> artifacts = ReportArchive.of(12, ACME, "12-acme-e2e").artifacts(STAGED);

        assertThat(artifacts).containsExactly(
                entry("system-tests/Acme/E2E/Playwright/data/trace.zip", "reports/Playwright/data/trace.zip"),
                entry("system-tests/Acme/E2E/Playwright/index.html", "reports/Playwright/index.html"));
    }

    @Test
    void shouldLinkArchivedReportsAndKeepTheProblemsOfTheOthers() {
        List<ReportLink> links = ReportArchive.of(12, ACME, "12-acme-e2e").links(STAGED, "");

        assertThat(links).containsExactly(
                new ReportLink("Playwright", "system-tests/Acme/E2E/Playwright", "index.html", 2, true, ""),
                STAGED.reports().get(1));
    }

    @Test
    void shouldRecordWhyAReportIsMissingWhenArchivingFailed() {
        List<ReportLink> links = ReportArchive.of(12, ACME, "12-acme-e2e").links(STAGED, "disk full");

        assertThat(links.get(0)).isEqualTo(new ReportLink("Playwright", "", "index.html", 0, true, "disk full"));
    }
}
