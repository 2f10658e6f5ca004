package io.jenkins.plugins.systemtest.agent;
import io.jenkins.plugins.systemtest.step.SystemTestStepConfigTest;

import io.jenkins.plugins.systemtest.step.SystemTestStep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeCause;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;
import io.jenkins.plugins.systemtest.engine.run.AgentTransferJson;
import io.jenkins.plugins.systemtest.engine.run.PreflightOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The preflight as the agent runs it, against real loopback sockets, in a real workspace folder. */
class AgentPreflightTest {

    @Test
    void shouldCheckAServiceThatIsUpAndWriteTheTenantContextFile(@TempDir Path workspace) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            long before = System.currentTimeMillis();

            PreflightOutcome outcome = run(workspace, List.of("tcp://127.0.0.1:" + server.getLocalPort()), 5);

            assertThat(outcome.allUp()).isTrue();
            assertThat(outcome.results()).singleElement().satisfies(r -> {
                assertThat(r.target()).isEqualTo("tcp://127.0.0.1:" + server.getLocalPort());
                assertThat(r.cause()).isEqualTo(ProbeCause.OK);
            });
            assertThat(outcome.log()).singleElement().asString().contains(": up");
            assertThat(outcome.agentClock()).isBetween(before, System.currentTimeMillis());
            Path context = workspace.resolve(".system-tests/context/12-acme-e2e.json").toAbsolutePath();
            assertThat(outcome.contextFile()).isEqualTo(context.toString());
            JsonNode json = new ObjectMapper().readTree(Files.readString(context));
            assertThat(json.get("tenant").asText()).isEqualTo("acme");
            assertThat(json.get("tenantName").asText()).isEqualTo("ACME");
            assertThat(json.get("suite").asText()).isEqualTo("e2e");
            assertThat(json.get("attributes").get("teamId").asText()).isEqualTo("7");
        }
    }

    @Test
    void shouldReportAServiceThatIsDownAndWriteNoContextFile(@TempDir Path workspace) throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }

        PreflightOutcome outcome = run(workspace, List.of("tcp://127.0.0.1:" + port), 0);

        assertThat(outcome.allUp()).isFalse();
        assertThat(outcome.results()).extracting(ProbeResult::cause).containsExactly(ProbeCause.REFUSED);
        assertThat(outcome.log()).singleElement().asString().startsWith("WARNING: ").contains("DOWN");
        assertThat(outcome.contextFile()).isEmpty();
        assertThat(workspace.resolve(".system-tests")).doesNotExist();
    }

    @Test
    void shouldWriteTheContextFileWhenNoServiceIsRequired(@TempDir Path workspace) throws Exception {
        PreflightOutcome outcome = run(workspace, List.of(), 30);

        assertThat(outcome.allUp()).isTrue();
        assertThat(outcome.results()).isEmpty();
        assertThat(Path.of(outcome.contextFile())).isRegularFile();
    }

    private static PreflightOutcome run(Path workspace, List<String> requires, int wait) throws Exception {
        SystemTestStep step = new SystemTestStep("acme");
        step.setTenantName("ACME");
        step.setSuite("e2e");
        step.setAttributes(List.of("teamId=7"));
        step.setRequires(requires);
        step.setWaitForServices(wait);
        AgentPreflight callable = SystemTestStepConfigTest.roundTrip(new AgentPreflight(step.toConfig(),
                "12-acme-e2e"));
        String json = callable.invoke(workspace.toFile(), null);
        return new AgentTransferJson().readPreflight(json);
    }
}
