package io.jenkins.plugins.systemtest.engine.cli;

import io.jenkins.plugins.systemtest.engine.history.LiveRun;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.log.RunLog;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestAttempt;
import io.jenkins.plugins.systemtest.engine.preflight.PreflightChecker;
import io.jenkins.plugins.systemtest.engine.preflight.PreflightReport;
import io.jenkins.plugins.systemtest.engine.preflight.ServiceTarget;
import io.jenkins.plugins.systemtest.engine.process.CommandRunner;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.render.RunSummaryHtmlRenderer;
import io.jenkins.plugins.systemtest.engine.render.RunSummaryPageWriter;
import io.jenkins.plugins.systemtest.engine.render.StaticAssets;
import io.jenkins.plugins.systemtest.engine.report.ReportCopier;
import io.jenkins.plugins.systemtest.engine.report.ReportScan;
import io.jenkins.plugins.systemtest.engine.run.AssembledRun;
import io.jenkins.plugins.systemtest.engine.run.CollectedResults;
import io.jenkins.plugins.systemtest.engine.run.Interruption;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import io.jenkins.plugins.systemtest.engine.run.LiveRunSettler;
import io.jenkins.plugins.systemtest.engine.run.ResultCollector;
import io.jenkins.plugins.systemtest.engine.run.RunAssembler;
import io.jenkins.plugins.systemtest.engine.run.RunFacts;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import io.jenkins.plugins.systemtest.engine.tenant.TenantEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One run of a suite on this machine, as the command line does it: the same steps and engine as the Jenkins step,
 * so the verdict is the same. Writes into the output directory: {@code records/} and {@code index.jsonl} (the
 * history), {@code runs/<id>/} (summary page, context file, archived reports) and the history page.
 */
public final class LocalRun {

    static final String RUNS = "runs";
    static final String SUMMARY = RunSummaryPageWriter.DEFAULT_FILE_NAME;

    private final Path workDir;
    private final Map<String, String> environment;
    private final RunLog log;
    private final Consumer<String> output;
    private final Clock clock;
    private final CommandRunner runner = new CommandRunner(Duration.ofSeconds(5));

    /**
     * @param workDir     where the command runs and the result globs start
     * @param environment this process's environment (for {@code --mask-env} and the command)
     * @param log         where progress goes
     * @param output      where the command's output goes, line by line, secrets masked
     */
    public LocalRun(Path workDir, Map<String, String> environment, RunLog log, Consumer<String> output, Clock clock) {
        this.workDir = workDir.toAbsolutePath().normalize();
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.output = output;
        this.clock = clock;
    }

    /** Asks a running command to stop (Ctrl-C); the run is then recorded as ABORTED. */
    public void abort() {
        runner.abort();
    }

    /** Runs and records; the returned run carries the record and the gate's decision. */
    public AssembledRun run(RunOptions options) throws IOException, InterruptedException {
        List<ServiceTarget> targets = ServiceTarget.parseAll(options.requires());
        SecretMasker masker = masker(options.maskEnv());
        Path historyDir = workDir.resolve(options.history()).normalize();
        JobHistory history = new JobHistory(historyDir);
        settleCrashedRuns(history);
        long build = history.nextBuildNumber();
        String id = history.newRunId(build, options.tenant());
        Path runDir = Files.createDirectories(historyDir.resolve(RUNS).resolve(id));
        long startedAt = clock.millis();
        String trigger = "command line" + Optional.ofNullable(environment.get("USER")).map(u -> " (" + u + ")")
                .orElse("");
        RunningMarker running = RunningMarker.start(history, new LiveRun(id, build, options.tenant().key(),
                options.tenant().displayName(), options.tenant().suite(), startedAt, trigger, ""));
        new HistoryPagePublisher(clock).publish(history, "System test history");
        log.info("Run " + id + ": tenant " + options.tenant().displayName() + " (" + options.tenant().key()
                + "), suite " + options.tenant().suite());

        PreflightReport preflight = new PreflightChecker(log).check(targets, options.waitForServices());
        ParsedResults results = ParsedResults.empty();
        List<ReportLink> reports = new ArrayList<>();
        Interruption interruption = null;
        List<TestAttempt> attempts = List.of();
        String attemptsNote = "";
        if (preflight.allUp()) {
            Path contextFile = TenantEnvironment.writeContextFile(options.tenant(), runDir.resolve("context.json"));
            Map<String, String> env = TenantEnvironment.variables(options.tenant(), contextFile.toString());
            ResultCollector collector = historyDir.startsWith(workDir) && !historyDir.equals(workDir)
                    ? new ResultCollector().excluding(workDir.relativize(historyDir).toString())
                    : new ResultCollector();
            LocalAttempts.Outcome outcome = options.rerunFailed() > 0
                    ? new LocalAttempts(workDir, historyDir, id, log, clock, runner, output, environment.get("USER"))
                            .run(options, env, collector, masker)
                    : runOnce(options, env, collector, masker, historyDir, id, startedAt);
            results = outcome.results();
            reports.addAll(outcome.reports());
            interruption = outcome.interruption();
            attempts = outcome.attempts();
            attemptsNote = outcome.note();
        } else {
            log.warn("Not running the tests: " + String.join(" ", preflight.reasons()));
        }
        Optional<RunSummary> previous = history.previousRun(options.tenant().key(), options.tenant().suite(),
                startedAt);
        RunFacts facts = new RunFacts(id, build, options.tenant(), options.gate(), startedAt, clock.millis(), trigger,
                environment.getOrDefault("GIT_COMMIT", ""), interruption, Map.of());
        AssembledRun assembled = new RunAssembler().assemble(facts, preflight.results(), results, reports, previous,
                masker, attempts, attemptsNote);
        RunRecord record = assembled.record();
        history.save(record);
        running.close();
        new RunSummaryPageWriter(new RunSummaryHtmlRenderer(StaticAssets.STYLESHEET, "../../"))
                .write(record, runDir);
        new HistoryPagePublisher(clock).publish(history, "System test history");
        return assembled;
    }

    /** Runs the command once (no {@code --rerun-failed}) and collects what it wrote. */
    private LocalAttempts.Outcome runOnce(RunOptions options, Map<String, String> env, ResultCollector collector,
            SecretMasker masker, Path historyDir, String id, long startedAt) throws IOException, InterruptedException {
        log.info("Running: " + String.join(" ", options.command()));
        CommandRunner.Result r = runner.run(options.command(), workDir, env, options.timeout(), masker, output);
        Interruption interruption = LocalAttempts.interruptionOf(r, false, options, environment.get("USER"), log);
        CollectedResults collected = collector.collect(workDir, options.results(), options.reports(), startedAt,
                masker);
        collected.warnings().forEach(log::warn);
        List<ReportLink> reports = new ArrayList<>();
        ReportCopier copier = new ReportCopier(masker);
        for (ReportScan scan : collected.reports()) {
            String target = RUNS + "/" + id + "/reports/" + scan.spec().name();
            reports.add(copier.copy(workDir, scan, historyDir, target));
        }
        return new LocalAttempts.Outcome(collected.results(), reports, interruption, List.of(), "");
    }

    /** Records the runs of command-line processes that died while running (kill -9, power cut) as ABORTED. */
    private void settleCrashedRuns(JobHistory history) throws IOException {
        for (RunRecord settled : new LiveRunSettler(history).settle(r -> RunningMarker.isRunning(history, r.id()),
                clock.millis())) {
            log.warn("Run " + settled.id() + " was still marked running, but its process is gone: recorded ABORTED ("
                    + Interruption.CONTROLLER_STOPPED.cause() + ")");
        }
    }

    private SecretMasker masker(List<String> names) {
        List<String> values = new ArrayList<>();
        for (String name : names) {
            String value = environment.get(name);
            if (value == null || value.isBlank()) {
                log.warn("--mask-env " + name + ": the variable is not set, nothing to mask");
            } else {
                values.add(value);
            }
        }
        return new SecretMasker(values);
    }
}
