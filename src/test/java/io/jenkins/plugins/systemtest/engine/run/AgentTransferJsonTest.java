package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeCause;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.report.ReportScan;
import io.jenkins.plugins.systemtest.engine.report.ReportSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentTransferJsonTest {

    private final AgentTransferJson json = new AgentTransferJson();

    private static final List<ProbeResult> PROBES = List.of(
            new ProbeResult("postgres://127.0.0.1:55432", false, 2001, 7, ProbeCause.REFUSED, "Connection refused",
                    "nothing listens on 127.0.0.1:55432: is the database started?"),
            new ProbeResult("redis://[::1]:6379", true, 3, 1, ProbeCause.OK, "PONG", ""));

    @Test
    void shouldCarryThePreflightOutcomeUnchanged() throws IOException {
        PreflightOutcome outcome = new PreflightOutcome(PROBES, List.of("preflight redis: up", "WARNING: \"down\" \u00fc"),
                1_700_000_000_123L, "/home/agent/ws/.system-tests/context/12-acme-e2e.json");

        PreflightOutcome back = json.readPreflight(json.write(outcome));

        assertThat(back).isEqualTo(outcome);
        assertThat(back.allUp()).isFalse();
    }

    @Test
    void shouldCarryCollectedAndStagedResultsUnchanged() throws IOException {
        TestCaseResult flaky = new TestCaseResult("S", "com.acme.T", "retried \u6771\u4eac", TestOutcome.FLAKY, 12,
                "java.net.SocketException", "Connection reset", "trace\n\tat x", "out", "err", 2, "TEST-a.xml");
        ParsedResults results = new ParsedResults(List.of("TEST-a.xml", "broken.xml"),
                List.of(flaky, TestCaseResult.passed("S", "com.acme.T", "ok", 1)),
                List.of(new ParseProblem("broken.xml", 3, 14, "unexpected end of file")));
        ReportSpec spec = new ReportSpec("Playwright", "playwright-report", null);
        ReportScan scan = new ReportScan(spec, List.of("data/a.png", "index.html"), 2048, true, List.of());
        ReportScan empty = new ReportScan(new ReportSpec("Coverage", "coverage", "index.html"), List.of(), 0, false,
                List.of("Report 'Coverage': directory coverage does not exist, nothing archived"));
        StagedResults staged = new StagedResults(
                new CollectedResults(results, List.of(scan, empty), List.of("1 result file(s) were left out")),
                List.of(new ReportLink("Playwright", "reports/Playwright", "index.html", 2, true, ""),
                        new ReportLink("Coverage", "", "index.html", 0, false, "does not exist")),
                "junit/TEST-acme-e2e.xml", List.of("one warning"));

        StagedResults back = json.readStaged(json.write(staged));

        assertThat(back).isEqualTo(staged);
    }

    @Test
    void shouldSendPassingTestsAsNameOutcomeAndTimeAndReadTheFullFormOfAnOlderAgent() throws IOException {
        List<TestCaseResult> tests = List.of(TestCaseResult.passed("S", "com.acme.T", "a", 1),
                TestCaseResult.passed("S", "com.acme.T", "b", 2));
        StagedResults staged = new StagedResults(new CollectedResults(new ParsedResults(List.of("TEST-a.xml"), tests,
                List.of()), List.of(), List.of()), List.of(), "", List.of());
        String older = "{\"collected\":{\"results\":{\"files\":[\"TEST-a.xml\"],\"tests\":["
                + "{\"suite\":\"S\",\"className\":\"com.acme.T\",\"name\":\"a\",\"outcome\":\"PASSED\","
                + "\"durationMillis\":1,\"failureType\":\"\",\"failureMessage\":\"\",\"failureDetail\":\"\","
                + "\"stdout\":\"\",\"stderr\":\"\",\"attempts\":1,\"file\":\"\"},"
                + "{\"suite\":\"S\",\"className\":\"com.acme.T\",\"name\":\"b\",\"outcome\":\"PASSED\","
                + "\"durationMillis\":2,\"failureType\":\"\",\"failureMessage\":\"\",\"failureDetail\":\"\","
                + "\"stdout\":\"\",\"stderr\":\"\",\"attempts\":1,\"file\":\"\"}],\"problems\":[]},"
                + "\"reports\":[],\"warnings\":[]},\"reports\":[],\"junitFile\":\"\",\"warnings\":[]}";

        String sent = json.write(staged);

        assertThat(sent).contains("{\"name\":\"b\",\"outcome\":\"PASSED\",\"durationMillis\":2}")
                .doesNotContain("stdout", "\"attempts\":1");
        assertThat(json.readStaged(older)).isEqualTo(staged);
    }

    @Test
    void shouldKeepProbeResultsAsTextAndReadNoneFromNothing() throws IOException {
        assertThat(json.readProbes(json.writeProbes(PROBES))).isEqualTo(PROBES);
        assertThat(json.readProbes("")).isEmpty();
        assertThat(json.readProbes(null)).isEmpty();
    }

    @Test
    void shouldIgnorePropertiesANewerAgentAdds() throws IOException {
        String newer = "{\"results\":[],\"log\":[],\"agentClock\":5,\"contextFile\":\"/c.json\",\"agentVersion\":\"9\"}";

        assertThat(json.readPreflight(newer)).isEqualTo(new PreflightOutcome(List.of(), List.of(), 5, "/c.json"));
    }

    @Test
    void shouldSayWhatWasMissingWhenNothingCameBack() {
        assertThatThrownBy(() -> json.readStaged("null")).isInstanceOf(IOException.class)
                .hasMessage("the agent sent no collected results");
    }
}
