package io.jenkins.plugins.systemtest.step;

import io.jenkins.plugins.systemtest.agent.AgentPreflight;

import hudson.AbortException;
import io.jenkins.plugins.systemtest.engine.gate.InfraErrorPolicy;
import io.jenkins.plugins.systemtest.engine.gate.QualityGate;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.preflight.ServiceTarget;
import io.jenkins.plugins.systemtest.engine.report.ReportSpec;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The step's settings as the Jenkinsfile gives them, turned into the engine's objects, and what bad ones say. */
public class SystemTestStepConfigTest {

    /** The example of the README and the step's help. */
    static SystemTestStep example() {
        SystemTestStep step = new SystemTestStep("askproai");
        step.setTenantName("AskProAI");
        step.setAttributes(List.of("teamId=39203", "eventIds=3664712,2563193"));
        step.setSuite("calcom-integration");
        step.setRequires(List.of("postgres://127.0.0.1:55432", "redis://127.0.0.1:6379"));
        step.setWaitForServices(30);
        step.setResults("build/test-results/**/*.xml");
        ReportTarget playwright = new ReportTarget("Playwright", "playwright-report");
        playwright.setIndex("index.html");
        step.setReports(List.of(playwright));
        step.setMinPassRate(95.0);
        step.setMaxFailures(0);
        step.setOnInfraError("fail");
        step.setFailOnFlaky(false);
        return step;
    }

    @Test
    void shouldTurnTheExampleIntoTheEngineObjects() {
        StepConfig config = example().toConfig();

        assertThat(config.tenant()).isEqualTo(new TenantContext("askproai", "AskProAI", "calcom-integration",
                Map.of("teamId", "39203", "eventIds", "3664712,2563193")));
        assertThat(config.tenant().attributes().keySet()).containsExactly("teamId", "eventIds");
        assertThat(config.targets()).extracting(ServiceTarget::display)
                .containsExactly("postgres://127.0.0.1:55432", "redis://127.0.0.1:6379");
        assertThat(config.requiredServices()).isEqualTo(2);
        assertThat(config.waitForServices()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.results()).isEqualTo("build/test-results/**/*.xml");
        assertThat(config.reports()).containsExactly(new ReportSpec("Playwright", "playwright-report", "index.html"));
        assertThat(config.gate()).isEqualTo(new QualityGate(95.0, 0, false, InfraErrorPolicy.FAIL));
    }

    @Test
    void shouldApplyTheDefaultsWhenOnlyTheTenantIsGiven() {
        StepConfig config = new SystemTestStep("acme").toConfig();

        assertThat(config.tenant()).isEqualTo(new TenantContext("acme", "acme", "default", Map.of()));
        assertThat(config.targets()).isEmpty();
        assertThat(config.waitForServices()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.results()).isEqualTo("**/TEST-*.xml");
        assertThat(config.reports()).isEmpty();
        assertThat(config.gate()).isEqualTo(QualityGate.DEFAULT);
    }

    @Test
    void shouldSplitATextAreaFromTheFormIntoEntriesButKeepListEntriesAsGiven() {
        SystemTestStep step = new SystemTestStep("acme");
        step.setAttributes(List.of("teamId=7\r\n\n  region=eu  \n"));
        step.setRequires(List.of("tcp://127.0.0.1:1 ", "tcp://127.0.0.1:2"));

        assertThat(step.getAttributes()).containsExactly("teamId=7", "region=eu");
        assertThat(step.getAttributesText()).isEqualTo("teamId=7\nregion=eu");
        assertThat(step.getRequires()).containsExactly("tcp://127.0.0.1:1 ", "tcp://127.0.0.1:2");
        assertThat(step.toConfig().tenant().attributes()).containsEntry("region", "eu");
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                bad("tenant", "'ask pro' is not a valid tenant key", s -> { }, "ask pro"),
                bad("tenantName", "must be at most 200", s -> s.setTenantName("x".repeat(201)), "acme"),
                bad("suite", "'../up' is not a valid suite name", s -> s.setSuite("../up"), "acme"),
                bad("attributes[1]", "'eventIds' is not KEY=VALUE", s -> s.setAttributes(List.of("teamId=1",
                        "eventIds")), "acme"),
                bad("attributes", "would both become SYSTEM_TEST_ATTR_TEAMID", s -> s.setAttributes(List.of(
                        "teamId=1", "TEAMID=2")), "acme"),
                bad("requires", "entry 2, 'ftp://files:21' the scheme 'ftp' is not supported",
                        s -> s.setRequires(List.of("tcp://127.0.0.1:1", "ftp://files:21")), "acme"),
                bad("requires", "entry 1, 'postgres://db:5432 x' contains spaces", s -> s.setRequires(List.of(
                        "postgres://admin:pw@db:5432 x")), "acme"),
                bad("waitForServices", "must be between 0 and 3600 seconds, not -1", s -> s.setWaitForServices(-1),
                        "acme"),
                bad("results", "'/var/results/*.xml' is an absolute path", s -> s.setResults("/var/results/*.xml"),
                        "acme"),
                bad("reports[0].dir", "'../elsewhere' must not contain '..'",
                        s -> s.setReports(List.of(new ReportTarget("Playwright", "../elsewhere"))), "acme"),
                bad("reports[1].name", "'a/b' is not a valid report name",
                        s -> s.setReports(List.of(new ReportTarget("ok", "r"), new ReportTarget("a/b", "r"))), "acme"),
                bad("reports[1].name", "the report name 'playwright' is given twice",
                        s -> s.setReports(List.of(new ReportTarget("Playwright", "a"),
                                new ReportTarget("playwright", "b"))), "acme"),
                bad("minPassRate", "must be between 0 and 100, not 101.0", s -> s.setMinPassRate(101.0), "acme"),
                bad("maxFailures", "must be 0 or more, not -2", s -> s.setMaxFailures(-2), "acme"),
                bad("onInfraError", "'ignore' is neither 'fail' nor 'unstable'", s -> s.setOnInfraError("ignore"),
                        "acme"),
                bad("failureRules", "'../rules.yaml' must be a path inside the workspace",
                        s -> s.setFailureRules("../rules.yaml"), "acme"),
                bad("failureRules", "'/etc/rules.yaml' must be a path inside the workspace",
                        s -> s.setFailureRules("/etc/rules.yaml"), "acme"));
    }

    private static Arguments bad(String field, String message, Consumer<SystemTestStep> setting, String tenant) {
        return Arguments.of(field, message, setting, tenant);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void shouldNameTheFieldOfABadSetting(String field, String message, Consumer<SystemTestStep> setting,
            String tenant) {
        SystemTestStep step = new SystemTestStep(tenant);
        setting.accept(step);

        assertThatThrownBy(step::toConfig).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getField()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith(field + ": ").contains(message);
        });
    }

    @Test
    void shouldNeverShowThePasswordOfARequiredService() {
        SystemTestStep step = new SystemTestStep("acme");
        step.setRequires(List.of("postgres://admin:hunter2@db:5432 x"));

        assertThatThrownBy(step::toConfig).message().doesNotContain("hunter2");
    }

    @Test
    void shouldRefuseABadSettingWhenTheStepStartsWithoutCreatingAnExecution() {
        SystemTestStep step = new SystemTestStep("not a key");

        assertThatThrownBy(() -> step.start(null)).isInstanceOf(AbortException.class);
    }

    @Test
    void shouldKeepOnlyPlainSerializableValuesInTheExecutionsSavedState() throws Exception {
        SystemTestStepExecution execution = (SystemTestStepExecution) example().start(null);

        SystemTestStepExecution copy = roundTrip(execution);

        assertThat(copy.getStatus()).isEqualTo(execution.getStatus())
                .isEqualTo("checking 2 required service(s) (tenant askproai, suite calcom-integration)");
        for (Class<?> type = SystemTestStepExecution.class; type != Object.class; type = type.getSuperclass()) {
            for (Field f : type.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) && !Modifier.isTransient(m)) {
                    assertThat(f.getType().getName()).as(f.getName())
                            .doesNotStartWith("io.jenkins.plugins.systemtest.engine.");
                }
            }
        }
    }

    @Test
    void shouldSendTheSettingsToTheAgentAndBuildTheSameObjectsThere() throws Exception {
        StepConfig config = example().toConfig();

        StepConfig copy = roundTrip(config);

        assertThat(copy.tenant()).isEqualTo(config.tenant());
        assertThat(copy.targets()).extracting(ServiceTarget::display)
                .containsExactlyElementsOf(config.targets().stream().map(ServiceTarget::display).toList());
        assertThat(copy.reports()).isEqualTo(config.reports());
        assertThat(copy.gate()).isEqualTo(config.gate());
        assertThat(roundTrip(new AgentPreflight(config, "1-a-b"))).isNotNull();
        assertThat(roundTrip(new TenantEnvironmentExpander(Map.of("SYSTEM_TEST_TENANT", "acme")))).isNotNull();
    }

    @SuppressWarnings("unchecked")
    public static <T> T roundTrip(T object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
