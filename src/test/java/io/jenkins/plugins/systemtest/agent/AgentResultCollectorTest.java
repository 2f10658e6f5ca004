package io.jenkins.plugins.systemtest.agent;
import io.jenkins.plugins.systemtest.step.SystemTestStepConfigTest;

import io.jenkins.plugins.systemtest.step.ReportTarget;
import io.jenkins.plugins.systemtest.step.SystemTestStep;

import io.jenkins.plugins.systemtest.engine.junit.JUnitXmlParser;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.run.AgentTransferJson;
import io.jenkins.plugins.systemtest.engine.run.StagedResults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The collection as the agent runs it after the block, in a real workspace with real result files and reports. */
class AgentResultCollectorTest {

    private static final String SECRET = "s3cr3t-token-4711";
    private static final String RUN = "12-acme-e2e";

    @TempDir
    Path workspace;

    private long started;

    @BeforeEach
    void copyTheWorkspaceFixture() throws IOException, URISyntaxException {
        Path fixture = Path.of(getClass().getResource("/step/workspace").toURI());
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = workspace.resolve(fixture.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.write(workspace.resolve("playwright-report/trace.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1,
                2, 3});
        Path old = workspace.resolve("test-reports/failsafe/TEST-com.acme.OldRunIT.xml");
        Files.writeString(old, "<testsuite name=\"old\"><testcase classname=\"com.acme.OldRunIT\" name=\"x\"/>"
                + "</testsuite>");
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        started = System.currentTimeMillis() - 60_000;
    }

    @Test
    void shouldCollectOnlyThisRunsResultsWithSecretsMasked() throws Exception {
        StagedResults staged = collect();

        ParsedResults results = staged.collected().results();
        assertThat(results.tests()).extracting(TestCaseResult::outcome).containsExactly(TestOutcome.PASSED,
                TestOutcome.FAILED, TestOutcome.FLAKY, TestOutcome.SKIPPED);
        assertThat(results.tests()).allSatisfy(t -> assertThat(t.toString()).doesNotContain(SECRET));
        assertThat(results.tests().get(1).failureMessage()).isEqualTo("expected: <402> but was: <200> (token ****)");
        assertThat(staged.collected().warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("1 result file(s) matching 'test-reports/**/*.xml' were written before this run"));
    }

    @Test
    void shouldStageTheReportsWithSecretsMaskedInTextFilesAndBinariesUntouched() throws Exception {
        StagedResults staged = collect();

        Path reports = workspace.resolve(".system-tests/staging/" + RUN + "/reports");
        assertThat(staged.reports()).containsExactly(
                new ReportLink("Playwright", "reports/Playwright", "index.html", 2, true, ""),
                staged.reports().get(1));
        assertThat(staged.reports().get(1).path()).isEmpty();
        assertThat(staged.reports().get(1).problem()).contains("Coverage").contains("does not exist");
        assertThat(Files.readString(reports.resolve("Playwright/index.html"))).contains("Bearer ****")
                .doesNotContain(SECRET);
        assertThat(reports.resolve("Playwright/trace.png")).hasSameBinaryContentAs(
                workspace.resolve("playwright-report/trace.png"));
        assertThat(reports.resolve("Coverage")).doesNotExist();
    }

    @Test
    void shouldStageOneMaskedJUnitFileWithTheTenantInTheClassNames() throws Exception {
        StagedResults staged = collect();

        assertThat(staged.junitFile()).isEqualTo("junit/TEST-acme-e2e.xml");
        Path staging = workspace.resolve(".system-tests/staging/" + RUN);
        assertThat(Files.readString(staging.resolve(staged.junitFile()))).doesNotContain(SECRET);
        ParsedResults back = new JUnitXmlParser().parseFile(staging, Path.of(staged.junitFile()));
        assertThat(back.problems()).isEmpty();
        assertThat(back.tests()).extracting(TestCaseResult::className).containsOnly("acme.com.acme.checkout.CheckoutIT");
        assertThat(back.tests()).extracting(TestCaseResult::outcome)
                .containsExactlyElementsOf(staged.collected().results().tests().stream()
                        .map(TestCaseResult::outcome).toList());
    }

    @Test
    void shouldStageThePassedTestsOutputForJenkinsButNotSendIt() throws Exception {
        Files.writeString(workspace.resolve("test-reports/failsafe/TEST-com.acme.checkout.CartIT.xml"),
                "<testsuite name=\"com.acme.checkout.CartIT\"><testcase classname=\"com.acme.checkout.CartIT\" "
                        + "name=\"shouldAdd\" time=\"0.1\"><system-out>added 3 items</system-out></testcase>"
                        + "</testsuite>");

        StagedResults staged = collect();

        Path staging = workspace.resolve(".system-tests/staging/" + RUN);
        assertThat(Files.readString(staging.resolve(staged.junitFile()))).contains("added 3 items");
        assertThat(staged.collected().results().tests()).filteredOn(t -> t.name().equals("shouldAdd"))
                .singleElement().satisfies(t -> {
                    assertThat(t.outcome()).isEqualTo(TestOutcome.PASSED);
                    assertThat(t.stdout()).isEmpty();
                    assertThat(t.durationMillis()).isEqualTo(100);
                });
    }

    @Test
    void shouldRemoveTheContextFileAndWhatAnEarlierAttemptStaged() throws Exception {
        Path context = workspace.resolve(".system-tests/context/" + RUN + ".json");
        Files.createDirectories(context.getParent());
        Files.writeString(context, "{}");
        Path stale = workspace.resolve(".system-tests/staging/" + RUN + "/reports/Old/index.html");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "stale");

        collect();

        assertThat(context).doesNotExist();
        assertThat(stale).doesNotExist();
    }

    @Test
    void shouldStageNoJUnitFileWhenThereIsNoTest() throws Exception {
        SystemTestStep step = new SystemTestStep("acme");
        step.setResults("nothing-here/*.xml");

        StagedResults staged = new AgentTransferJson().readStaged(new AgentResultCollector(step.toConfig(), RUN,
                started, List.of()).invoke(workspace.toFile(), null));

        assertThat(staged.collected().results().tests()).isEmpty();
        assertThat(staged.junitFile()).isEmpty();
    }

    private StagedResults collect() throws Exception {
        SystemTestStep step = new SystemTestStep("acme");
        step.setSuite("e2e");
        step.setResults("test-reports/**/*.xml");
        step.setReports(List.of(new ReportTarget("Playwright", "playwright-report"),
                new ReportTarget("Coverage", "coverage")));
        AgentResultCollector callable = SystemTestStepConfigTest.roundTrip(new AgentResultCollector(step.toConfig(),
                RUN, started, List.of(SECRET)));
        return new AgentTransferJson().readStaged(callable.invoke(workspace.toFile(), null));
    }
}
