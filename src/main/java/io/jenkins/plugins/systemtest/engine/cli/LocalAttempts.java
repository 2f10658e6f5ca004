package io.jenkins.plugins.systemtest.engine.cli;

import io.jenkins.plugins.systemtest.engine.log.RunLog;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestAttempt;
import io.jenkins.plugins.systemtest.engine.process.CommandRunner;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.report.ReportCopier;
import io.jenkins.plugins.systemtest.engine.report.ReportScanner;
import io.jenkins.plugins.systemtest.engine.report.ReportSpec;
import io.jenkins.plugins.systemtest.engine.rerun.AttemptFiles;
import io.jenkins.plugins.systemtest.engine.rerun.AttemptMerger;
import io.jenkins.plugins.systemtest.engine.rerun.AttemptReports;
import io.jenkins.plugins.systemtest.engine.rerun.AttemptRun;
import io.jenkins.plugins.systemtest.engine.rerun.RerunFiles;
import io.jenkins.plugins.systemtest.engine.rerun.RerunPolicy;
import io.jenkins.plugins.systemtest.engine.run.ResultCollector;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The attempts of a command-line run with {@code --rerun-failed N}: runs the command, keeps that attempt's result
 * files and reports apart ({@code runs/<id>/attempts/<n>/}, {@code runs/<id>/reports/attempt-<n>/<name>}), asks
 * {@link RerunPolicy} whether to run again and, if so, runs the command again with {@code SYSTEM_TEST_ATTEMPT} and
 * the rerun files; at the end merges the attempts ({@link AttemptMerger}).
 */
final class LocalAttempts {

    /**
     * What the attempts gave.
     *
     * @param results  the attempts merged
     * @param reports  each report of each attempt ("Playwright - attempt 2"); plain names when there was one attempt
     * @param aborted  whether the run was stopped
     * @param attempts the attempts, for the record
     * @param note     what the reruns showed, or empty
     */
    record Outcome(ParsedResults results, List<ReportLink> reports, boolean aborted, List<TestAttempt> attempts,
            String note) {
    }

    private final Path workDir;
    private final Path historyDir;
    private final String runId;
    private final RunLog log;
    private final Clock clock;
    private final CommandRunner runner;
    private final Consumer<String> output;

    LocalAttempts(Path workDir, Path historyDir, String runId, RunLog log, Clock clock, CommandRunner runner,
            Consumer<String> output) {
        this.workDir = workDir;
        this.historyDir = historyDir;
        this.runId = runId;
        this.log = log;
        this.clock = clock;
        this.runner = runner;
        this.output = output;
    }

    Outcome run(RunOptions options, Map<String, String> tenantEnv, ResultCollector collector, SecretMasker masker)
            throws IOException, InterruptedException {
        RerunPolicy policy = new RerunPolicy(options.rerunFailed());
        String runDir = LocalRun.RUNS + "/" + runId;
        AttemptFiles files = new AttemptFiles(workDir, historyDir.resolve(runDir).resolve("attempts"), collector);
        List<AttemptRun> runs = new ArrayList<>();
        Map<Integer, List<ReportLink>> reports = new LinkedHashMap<>();
        boolean aborted = false;
        String rerunDir = null;
        for (int attempt = 1; ; attempt++) {
            Map<String, String> env = new LinkedHashMap<>(tenantEnv);
            env.putAll(RerunFiles.variables(attempt, rerunDir));
            log.info("Attempt " + attempt + " of up to " + (policy.reruns() + 1) + ": "
                    + String.join(" ", options.command()));
            long startedAt = clock.millis();
            CommandRunner.Result r = runner.run(options.command(), workDir, env, options.timeout(), masker, output);
            String ending = r.timedOut() ? "stopped after " + options.timeout().toSeconds() + " s (timeout)"
                    : r.aborted() ? "aborted" : "exit code " + r.exitCode();
            if (r.timedOut()) {
                log.warn("The command ran longer than " + options.timeout().toSeconds() + " s and was stopped");
            } else if (!r.aborted()) {
                log.info("The command ended with exit code " + r.exitCode());
            }
            aborted = r.stopped() || runner.abortRequested();
            files.keep(attempt, options.results(), startedAt).forEach(log::warn);
            ParsedResults results = files.read(attempt, options.results(), masker);
            reports.put(attempt, copyReports(options.reports(), masker, attempt, runDir));
            runs.add(new AttemptRun(attempt, startedAt, clock.millis(), ending, results));
            RerunPolicy.Decision decision = policy.decide(attempt, aborted || runner.abortRequested(), true, results);
            if (!decision.reason().isEmpty()) {
                log.info(decision.reason());
            }
            if (!decision.rerun()) {
                break;
            }
            Path dir = files.dir(attempt);
            RerunFiles.write(dir, decision.tests());
            rerunDir = dir.toString();
        }
        AttemptMerger.Merged merged = new AttemptMerger().merge(runs);
        List<ReportLink> links = new ArrayList<>();
        reports.forEach((n, list) -> list.forEach(l -> links.add(runs.size() == 1 ? l : new ReportLink(
                AttemptReports.nameOf(l.name(), n), l.path(), l.index(), l.files(), l.needsJavaScript(),
                l.problem()))));
        return new Outcome(merged.results(), links, aborted, runs.size() > 1 ? merged.attempts() : List.of(),
                merged.summary());
    }

    /** Copies the attempt's reports beside the run: {@code runs/<id>/reports/attempt-<n>/<name>}. */
    private List<ReportLink> copyReports(List<ReportSpec> specs, SecretMasker masker, int attempt, String runDir)
            throws IOException {
        List<ReportLink> links = new ArrayList<>();
        ReportScanner scanner = new ReportScanner();
        ReportCopier copier = new ReportCopier(masker);
        for (ReportSpec spec : specs) {
            var scan = scanner.scan(workDir, spec);
            scan.warnings().forEach(log::warn);
            links.add(copier.copy(workDir, scan, historyDir, runDir + "/reports/attempt-" + attempt + "/"
                    + spec.name()));
        }
        return links;
    }
}
