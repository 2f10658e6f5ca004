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
import io.jenkins.plugins.systemtest.engine.run.Interruption;
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
     * @param interruption why the run was stopped, or null when it was not
     * @param attempts the attempts, for the record
     * @param note     what the reruns showed, or empty
     */
    record Outcome(ParsedResults results, List<ReportLink> reports, Interruption interruption,
            List<TestAttempt> attempts, String note) {
    }

    private final Path workDir;
    private final Path historyDir;
    private final String runId;
    private final RunLog log;
    private final Clock clock;
    private final CommandRunner runner;
    private final Consumer<String> output;
    private final String user;

    LocalAttempts(Path workDir, Path historyDir, String runId, RunLog log, Clock clock, CommandRunner runner,
            Consumer<String> output, String user) {
        this.user = user;
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
        Interruption interruption = null;
        String rerunDir = null;
        for (int attempt = 1; ; attempt++) {
            Map<String, String> env = new LinkedHashMap<>(tenantEnv);
            env.putAll(RerunFiles.variables(attempt, rerunDir));
            log.info("Attempt " + attempt + " of up to " + (policy.reruns() + 1) + ": "
                    + String.join(" ", options.command()));
            long startedAt = clock.millis();
            CommandRunner.Result r = runner.run(options.command(), workDir, env, options.timeout(), masker, output);
            interruption = interruptionOf(r, runner.abortRequested(), options, user, log);
            String ending = interruption != null ? interruption.cause() : "exit code " + r.exitCode();
            files.keep(attempt, options.results(), startedAt).forEach(log::warn);
            ParsedResults results = files.read(attempt, options.results(), masker);
            reports.put(attempt, copyReports(options.reports(), masker, attempt, runDir));
            runs.add(new AttemptRun(attempt, startedAt, clock.millis(), ending, results));
            RerunPolicy.Decision decision = policy.decide(attempt, interruption != null || runner.abortRequested(),
                    true, results);
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
        return new Outcome(merged.results(), links, interruption, runs.size() > 1 ? merged.attempts()
                : List.of(), merged.summary());
    }

    /**
     * Why a command was stopped, or null when it ended by itself (its exit code is then logged).
     *
     * @param abortRequested whether to count an abort asked for (Ctrl-C) even when the command then exited by
     *                       itself, as a suite that traps the signal does
     */
    static Interruption interruptionOf(CommandRunner.Result r, boolean abortRequested, RunOptions options,
            String user, RunLog log) {
        if (r.timedOut()) {
            log.warn("The command ran longer than " + options.timeout().toSeconds() + " s and was stopped");
            return Interruption.timeout(options.timeout().toSeconds());
        }
        if (r.aborted() || abortRequested) {
            return Interruption.byUser(user);
        }
        log.info("The command ended with exit code " + r.exitCode());
        return null;
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
