package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.gate.BuildOutcome;
import io.jenkins.plugins.systemtest.engine.gate.QualityGate;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The run decision when the suite's command ended: stopped, failed, or left nothing. */
class RunAssemblerInterruptionTest {

    private static final ParsedResults TWO_WRITTEN = new ParsedResults(List.of("target/TEST-early.xml"), List.of(
            TestCaseResult.passed("S", "com.acme.BookingIT", "books", 10),
            TestCaseResult.passed("S", "com.acme.BookingIT", "cancels", 10).withOutcome(TestOutcome.FAILED)),
            List.of());

    private static AssembledRun assemble(Interruption interruption, ParsedResults results) {
        RunFacts facts = new RunFacts("7-acme-slow", 7, new TenantContext("acme", "Acme", "slow", Map.of()),
                QualityGate.DEFAULT, 1_000, 16_000, "user", "", interruption, Map.of());
        return new RunAssembler().assemble(facts, List.of(), results, List.of(), Optional.empty(),
                new SecretMasker(List.of()));
    }

    @Test
    void shouldRecordATimedOutRunAbortedWithItsCauseAndKeepTheResultsItWrote() {
        AssembledRun run = assemble(Interruption.timeout(15), TWO_WRITTEN);

        assertThat(run.record().verdict()).isEqualTo(RunVerdict.ABORTED);
        assertThat(run.decision().outcome()).isEqualTo(BuildOutcome.ABORTED);
        assertThat(run.record().reasons()).first().isEqualTo("The run was aborted: timeout after 15 s.");
        assertThat(run.record().tests()).hasSize(2);
        assertThat(run.record().counts().failed()).isEqualTo(1);
    }

    @Test
    void shouldRecordAStoppedRunWithoutResultsAbortedNotNoTests() {
        AssembledRun run = assemble(Interruption.byUser("alice"), ParsedResults.empty());

        assertThat(run.record().verdict()).isEqualTo(RunVerdict.ABORTED);
        assertThat(run.record().reasons()).containsExactly("The run was aborted: aborted by the user alice.");
        assertThat(run.record().reasons()).noneMatch(r -> r.contains("No test result"));
    }

    @Test
    void shouldJudgeARunThatWasNotStoppedByItsResults() {
        assertThat(assemble(null, TWO_WRITTEN).record().verdict()).isEqualTo(RunVerdict.FAILED);
        assertThat(assemble(null, ParsedResults.empty()).record().verdict()).isEqualTo(RunVerdict.NO_TESTS);
    }

    @Test
    void shouldKeepTheOldBooleanFactsWorking() {
        RunFacts aborted = new RunFacts("1-a-b", 1, TenantContext.of("a"), null, 0, 0, "", "", true, Map.of());

        assertThat(aborted.aborted()).isTrue();
        assertThat(aborted.interruption().reason()).isEqualTo("The run was aborted: stopped before it ended.");
        assertThat(new RunFacts("1-a-b", 1, TenantContext.of("a"), null, 0, 0, "", "", false, Map.of()).aborted())
                .isFalse();
    }
}
