package io.jenkins.plugins.systemtest.agent;

import io.jenkins.plugins.systemtest.engine.model.TestAttempt;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.rerun.AttemptCollected;
import io.jenkins.plugins.systemtest.engine.run.AgentTransferJson;
import io.jenkins.plugins.systemtest.engine.run.StagedResults;
import io.jenkins.plugins.systemtest.step.ReportTarget;
import io.jenkins.plugins.systemtest.step.StepConfig;
import io.jenkins.plugins.systemtest.step.SystemTestStep;
import io.jenkins.plugins.systemtest.step.SystemTestStepConfigTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent's side of {@code rerunFailed} in a real workspace: each attempt kept apart right after it, the rerun
 * files written, and the final collection merging the attempts and archiving each attempt's report.
 */
class AgentAttemptCollectorTest {

    private static final String RUN = "3-acme-e2e";
    private static final String SECRET = "s3cr3t-4711";

    @TempDir
    Path workspace;

    private StepConfig config() {
        SystemTestStep step = new SystemTestStep("acme");
        step.setSuite("e2e");
        step.setResults("build/*.xml");
        step.setReports(List.of(new ReportTarget("Playwright", "playwright-report")));
        step.setRerunFailed(2);
        return step.toConfig();
    }

    /** What a suite writes in an attempt: the same paths every time. */
    private void attemptWrites(String listOutcome, String report) throws Exception {
        Files.createDirectories(workspace.resolve("build"));
        Files.writeString(workspace.resolve("build/TEST-ApiIT.xml"), "<testsuite name=\"ApiIT\">"
                + "<testcase classname=\"com.acme.ApiIT\" name=\"shouldList\">" + listOutcome + "</testcase>"
                + "</testsuite>");
        Files.createDirectories(workspace.resolve("playwright-report"));
        Files.writeString(workspace.resolve("playwright-report/index.html"), report);
    }

    private AttemptCollected keep(int attempt, long notBefore) throws Exception {
        AgentAttemptCollector callable = SystemTestStepConfigTest.roundTrip(new AgentAttemptCollector(config(), RUN,
                attempt, notBefore, List.of(SECRET)));
        return new AgentTransferJson().readValue(callable.invoke(workspace.toFile(), null), AttemptCollected.class,
                "attempt");
    }

    @Test
    void shouldKeepEachAttemptApartAndMergeThemAtTheEnd() throws Exception {
        AttemptLog log = new AttemptLog();
        long t0 = System.currentTimeMillis() - 10_000;
        log.start(1_000, t0);
        attemptWrites("<failure message=\"token " + SECRET + " refused\"/>", "<p>attempt one " + SECRET + "</p>");
        log.end(2_000, "failed: script returned exit code 1");
        AttemptCollected first = keep(1, t0);

        assertThat(first.results().tests()).extracting(TestCaseResult::outcome).containsExactly(TestOutcome.FAILED);
        assertThat(first.results().tests().get(0).failureMessage()).isEqualTo("token **** refused");
        Path rerunFile = Path.of(first.rerunDir()).resolve("rerun-tests.txt");
        assertThat(Files.readString(rerunFile)).isEqualTo("com.acme.ApiIT.shouldList\n");
        assertThat(Path.of(first.rerunDir())).startsWith(workspace.resolve(".system-tests/attempts/" + RUN));

        log.start(3_000, first.agentClock());
        attemptWrites("", "<p>attempt two</p>");
        log.end(4_000, "completed");
        AttemptCollected second = keep(2, first.agentClock());
        assertThat(second.results().tests()).extracting(TestCaseResult::outcome).containsExactly(TestOutcome.PASSED);

        AgentResultCollector collector = SystemTestStepConfigTest.roundTrip(new AgentResultCollector(config(), RUN,
                t0, List.of(SECRET), log));
        StagedResults staged = new AgentTransferJson().readStaged(collector.invoke(workspace.toFile(), null));

        assertThat(staged.collected().results().tests()).extracting(TestCaseResult::outcome)
                .containsExactly(TestOutcome.FLAKY);
        List<TestAttempt> attempts = staged.collected().attempts();
        assertThat(attempts).extracting(TestAttempt::number).containsExactly(1, 2);
        assertThat(attempts).extracting(TestAttempt::ending)
                .containsExactly("failed: script returned exit code 1", "completed");
        assertThat(attempts.get(0).startedAt()).isEqualTo(1_000);
        assertThat(staged.collected().attemptsNote()).startsWith("2 attempts: 1 test(s) failed and then passed");
        assertThat(staged.reports()).extracting(ReportLink::name)
                .containsExactly("Playwright - attempt 1", "Playwright - attempt 2");
        Path reports = workspace.resolve(".system-tests/staging/" + RUN + "/reports");
        assertThat(Files.readString(reports.resolve("Playwright - attempt 1/index.html")))
                .isEqualTo("<p>attempt one ****</p>");
        assertThat(Files.readString(reports.resolve("Playwright - attempt 2/index.html")))
                .isEqualTo("<p>attempt two</p>");
    }

    @Test
    void shouldCollectASingleAttemptWithoutAttemptsAndWithThePlainReport() throws Exception {
        AttemptLog log = new AttemptLog();
        long t0 = System.currentTimeMillis() - 10_000;
        log.start(1_000, t0);
        attemptWrites("", "<p>only</p>");
        log.end(2_000, "completed");
        keep(1, t0);

        StagedResults staged = new AgentTransferJson().readStaged(new AgentResultCollector(config(), RUN, t0,
                List.of(), log).invoke(workspace.toFile(), null));

        assertThat(staged.collected().attempts()).isEmpty();
        assertThat(staged.collected().results().tests()).extracting(TestCaseResult::outcome)
                .containsExactly(TestOutcome.PASSED);
        assertThat(staged.reports()).extracting(ReportLink::name).containsExactly("Playwright");
    }
}
