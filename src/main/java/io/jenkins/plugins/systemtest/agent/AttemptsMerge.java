package io.jenkins.plugins.systemtest.agent;

import io.jenkins.plugins.systemtest.step.StepConfig;

import io.jenkins.plugins.systemtest.engine.report.ReportScan;
import io.jenkins.plugins.systemtest.engine.report.ReportScanner;
import io.jenkins.plugins.systemtest.engine.report.ReportSpec;
import io.jenkins.plugins.systemtest.engine.rerun.AttemptFiles;
import io.jenkins.plugins.systemtest.engine.rerun.AttemptMerger;
import io.jenkins.plugins.systemtest.engine.rerun.AttemptReports;
import io.jenkins.plugins.systemtest.engine.rerun.AttemptRun;
import io.jenkins.plugins.systemtest.engine.run.CollectedResults;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * On the machine of the workspace, after the last attempt of a {@code rerunFailed} call: reads each attempt's kept
 * result files, merges them ({@link AttemptMerger}) and lists the reports to archive: each attempt's kept copy
 * ("Playwright - attempt 2") when there was more than one attempt, else the report directories themselves.
 */
final class AttemptsMerge {

    private AttemptsMerge() {
    }

    static CollectedResults collect(Path workspace, StepConfig config, String runId, AttemptLog log,
            SecretMasker masker) throws IOException {
        AttemptFiles files = AgentAttemptCollector.attemptFiles(workspace, runId);
        List<AttemptRun> runs = new ArrayList<>();
        for (int n : log.numbers()) {
            runs.add(log.run(n, files.read(n, config.results(), masker)));
        }
        AttemptMerger.Merged merged = new AttemptMerger().merge(runs);
        List<ReportSpec> specs = runs.size() > 1
                ? new AttemptReports(workspace, files).specs(runs.size(), config.reports()) : config.reports();
        List<ReportScan> scans = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ReportScanner scanner = new ReportScanner();
        for (ReportSpec spec : specs) {
            ReportScan scan = scanner.scan(workspace, spec);
            warnings.addAll(scan.warnings());
            scans.add(scan);
        }
        return new CollectedResults(merged.results(), scans, warnings, runs.size() > 1 ? merged.attempts()
                : List.of(), merged.summary());
    }
}
