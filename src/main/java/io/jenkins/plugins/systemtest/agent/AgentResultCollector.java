package io.jenkins.plugins.systemtest.agent;

import io.jenkins.plugins.systemtest.step.StepConfig;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.systemtest.engine.junit.JUnitXmlWriter;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.report.ReportCopier;
import io.jenkins.plugins.systemtest.engine.report.ReportScan;
import io.jenkins.plugins.systemtest.engine.run.AgentTransferJson;
import io.jenkins.plugins.systemtest.engine.run.CollectedResults;
import io.jenkins.plugins.systemtest.engine.run.ResultCollector;
import io.jenkins.plugins.systemtest.engine.run.StagedResults;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;
import jenkins.MasterToSlaveFileCallable;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs on the machine of the workspace after the block: collects the results (files older than the run left out,
 * secrets masked), stages each report that has files into {@code .system-tests/staging/<run>/reports/<name>/}
 * (secrets masked in text files) and the results as one masked JUnit XML file, and removes the tenant context
 * file. Returns {@link StagedResults} as compact JSON, without the output of passed tests (the staged file has it
 * for Jenkins; the record does not keep it). One report that cannot be staged never stops the others.
 *
 * <p>The secret values are a field of this callable only: it travels to the agent once and is never saved.
 */
public final class AgentResultCollector extends MasterToSlaveFileCallable<String> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(AgentResultCollector.class.getName());

    private final StepConfig config;
    private final String runId;
    private final long notBefore;
    private final ArrayList<String> secrets;
    private final AttemptLog attempts;

    public AgentResultCollector(StepConfig config, String runId, long notBefore, List<String> secrets) {
        this(config, runId, notBefore, secrets, null);
    }

    /**
     * A collector of a run whose attempts were kept apart ({@code rerunFailed}): the results are the attempts'
     * kept files merged, the reports each attempt's kept copy when there was more than one attempt.
     *
     * @param attempts the attempts, or null (or none) for a run whose results are in the workspace
     */
    public AgentResultCollector(StepConfig config, String runId, long notBefore, List<String> secrets,
            AttemptLog attempts) {
        this.config = config;
        this.runId = runId;
        this.notBefore = notBefore;
        this.secrets = new ArrayList<>(secrets);
        this.attempts = attempts;
    }

    @Override
    public String invoke(File workspaceDir, VirtualChannel channel) throws IOException, InterruptedException {
        Path workspace = workspaceDir.toPath().toAbsolutePath();
        long t0 = System.nanoTime();
        SecretMasker masker = new SecretMasker(secrets);
        CollectedResults collected = attempts == null || attempts.count() == 0
                ? new ResultCollector().collect(workspace, config.results(), config.reports(), notBefore, masker)
                : AttemptsMerge.collect(workspace, config, runId, attempts, masker);
        Path staging = workspace.resolve(WorkspaceLayout.stagingDir(runId));
        deleteTree(staging);
        List<String> warnings = new ArrayList<>();
        List<ReportLink> reports = new ArrayList<>();
        ReportCopier copier = new ReportCopier(masker);
        for (ReportScan scan : collected.reports()) {
            String name = scan.spec().name();
            try {
                ReportLink link = copier.copy(workspace, scan, staging.resolve(WorkspaceLayout.STAGED_REPORTS), name);
                reports.add(link.path().isEmpty() ? link : new ReportLink(name, WorkspaceLayout.STAGED_REPORTS + "/"
                        + link.path(), link.index(), link.files(), link.needsJavaScript(), link.problem()));
            } catch (IOException | RuntimeException e) {
                String problem = "Report '" + name + "' could not be staged for archiving: " + masker.mask(
                        String.valueOf(e.getMessage()));
                warnings.add(problem);
                reports.add(new ReportLink(name, "", scan.spec().index(), 0, false, problem));
            }
        }
        long t1 = System.nanoTime();
        String junitFile = "";
        if (!collected.results().tests().isEmpty()) {
            TenantContext tenant = config.tenant();
            String file = WorkspaceLayout.stagedJUnitFile(tenant.key(), tenant.suite());
            try {
                new JUnitXmlWriter().withClassNamePrefix(tenant.key()).write(collected.results().tests(),
                        tenant.key() + "/" + tenant.suite(), staging.resolve(file));
                junitFile = file;
            } catch (IOException | RuntimeException e) {
                warnings.add("The results could not be staged for Jenkins' test report: " + masker.mask(
                        String.valueOf(e.getMessage())));
            }
        }
        long t2 = System.nanoTime();
        Files.deleteIfExists(workspace.resolve(WorkspaceLayout.contextFile(runId)));
        // Passed tests' output is in the staged file for Jenkins' report; the record does not keep it: not sent.
        CollectedResults sent = new CollectedResults(collected.results().withoutPassedOutput(), collected.reports(),
                collected.warnings(), collected.attempts(), collected.attemptsNote());
        String json = new AgentTransferJson().write(new StagedResults(sent, reports, junitFile, warnings));
        LOGGER.log(Level.FINE, "{0}: parse and stage reports {1} ms, stage the JUnit file {2} ms, JSON {3} ms "
                + "({4} characters)", new Object[] {runId, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000, json.length()});
        return json;
    }

    /** Deletes a staging folder left by an earlier attempt; links inside are removed, never followed. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
