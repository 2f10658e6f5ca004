package io.jenkins.plugins.systemtest.engine.cli;

import io.jenkins.plugins.systemtest.engine.analysis.FailureAnalyzer;
import io.jenkins.plugins.systemtest.engine.analysis.LoadedRules;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.log.RunLog;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
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
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
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
        long build = history.nextBuildNumber();
        String id = history.newRunId(build, options.tenant());
        Path runDir = Files.createDirectories(historyDir.resolve(RUNS).resolve(id));
        long startedAt = clock.millis();
        log.info("Run " + id + ": tenant " + options.tenant().displayName() + " (" + options.tenant().key()
                + "), suite " + options.tenant().suite());

        PreflightReport preflight = new PreflightChecker(log).check(targets, options.waitForServices());
        ParsedResults results = ParsedResults.empty();
        List<ReportLink> reports = new ArrayList<>();
        boolean aborted = false;
        if (preflight.allUp()) {
            Path contextFile = TenantEnvironment.writeContextFile(options.tenant(), runDir.resolve("context.json"));
            Map<String, String> env = TenantEnvironment.variables(options.tenant(), contextFile.toString());
            log.info("Running: " + String.join(" ", options.command()));
            CommandRunner.Result r = runner.run(options.command(), workDir, env, options.timeout(), masker, output);
            aborted = r.aborted();
            if (r.timedOut()) {
                log.warn("The command ran longer than " + options.timeout().toSeconds() + " s and was stopped");
                aborted = true;
            } else if (!r.aborted()) {
                log.info("The command ended with exit code " + r.exitCode());
            }
            ResultCollector collector = historyDir.startsWith(workDir) && !historyDir.equals(workDir)
                    ? new ResultCollector().excluding(workDir.relativize(historyDir).toString())
                    : new ResultCollector();
            CollectedResults collected = collector.collect(workDir, options.results(), options.reports(),
                    startedAt, masker);
            collected.warnings().forEach(log::warn);
            results = collected.results();
            ReportCopier copier = new ReportCopier(masker);
            for (ReportScan scan : collected.reports()) {
                String target = RUNS + "/" + id + "/reports/" + scan.spec().name();
                reports.add(copier.copy(workDir, scan, historyDir, target));
            }
        } else {
            log.warn("Not running the tests: " + String.join(" ", preflight.reasons()));
        }
        Optional<RunSummary> previous = history.previousRun(options.tenant().key(), options.tenant().suite(),
                startedAt);
        RunFacts facts = new RunFacts(id, build, options.tenant(), options.gate(), startedAt, clock.millis(),
                "command line" + Optional.ofNullable(environment.get("USER")).map(u -> " (" + u + ")").orElse(""),
                environment.getOrDefault("GIT_COMMIT", ""), aborted, Map.of());
        LoadedRules rules = LoadedRules.read(workDir, options.failureRules());
        rules.problem().ifPresent(p -> log.warn(rules.message()));
        if (!rules.team().isEmpty()) {
            log.info("Failure rules: " + rules.team().size() + " team rule(s) from " + options.failureRules()
                    + ", tried before the built-in ones");
        }
        AssembledRun assembled = new RunAssembler(new FailureAnalyzer(rules.rules())).assemble(facts,
                preflight.results(), rules.withProblem(results), reports, previous, masker);
        RunRecord record = assembled.record();
        history.save(record);
        new RunSummaryPageWriter(new RunSummaryHtmlRenderer(StaticAssets.STYLESHEET, "../../"))
                .write(record, runDir);
        new HistoryPagePublisher(clock).publish(history, "System test history");
        return assembled;
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
