package io.jenkins.plugins.systemtest.step;

import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.record.SampleRecords;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StepSummaryTest {

    private static final String URL = "https://ci.example.com/job/shop/17/system-tests/";

    @Test
    void shouldReturnAMapOfPlainValuesOnly() {
        RunRecord record = SampleRecords.full("17-acme-e2e");

        Map<String, Object> map = StepSummary.map(record, URL);

        assertThat(map).containsOnlyKeys("verdict", "tenant", "suite", "total", "passed", "failed", "errors",
                "skipped", "flaky", "passRate", "newFailures", "fixedTests", "url");
        assertThat(new ArrayList<>(map.keySet())).startsWith("verdict", "tenant", "suite", "total");
        assertThat(map).containsEntry("verdict", "FAILED").containsEntry("tenant", "acme").containsEntry("suite", "e2e")
                .containsEntry("total", 3).containsEntry("passed", 1).containsEntry("failed", 1)
                .containsEntry("errors", 0).containsEntry("skipped", 0).containsEntry("flaky", 1)
                .containsEntry("newFailures", List.of("de.acme.KasseIT.sollte_bezahlen_ü"))
                .containsEntry("fixedTests", List.of()).containsEntry("url", URL);
        assertThat((Double) map.get("passRate")).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(map.values()).allSatisfy(v -> assertThat(v).isInstanceOfAny(String.class, Number.class,
                Boolean.class, ArrayList.class));
        assertThat(map).isInstanceOf(LinkedHashMap.class);
    }

    @Test
    void shouldSayMinusOneForThePassRateWhenNoTestRan() {
        RunRecord none = SampleRecords.of("3-acme-e2e", 3, "acme", "e2e", 1_000, List.of());

        assertThat(StepSummary.map(none, URL)).containsEntry("verdict", "NO_TESTS").containsEntry("passRate", -1.0);
        assertThat(StepSummary.lines(none, URL).get(0)).doesNotContain("pass rate");
    }

    @Test
    void shouldLogVerdictCountsNewFailuresReasonsAndWhereToLook() {
        List<String> lines = StepSummary.lines(SampleRecords.full("17-acme-e2e"), URL);

        assertThat(lines).containsExactly(
                "[systemTest] ACME Händler GmbH — 東京 (acme) / e2e: FAILED - 3 tests: 1 passed, 1 failed, 0 errors, "
                        + "0 skipped, 1 flaky; pass rate 66.6%",
                "[systemTest] New failures (1): de.acme.KasseIT.sollte_bezahlen_ü",
                "[systemTest] 1 test failed",
                "[systemTest] pass rate 66.7 % is below 90 %",
                "[systemTest] Details: " + URL);
    }

    @Test
    void shouldListTenNamesAndCountTheRest() {
        List<String> many = new ArrayList<>();
        Map<String, TestOutcome> failing = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            failing.put("f" + i, TestOutcome.FAILED);
        }
        RunRecord r = SampleRecords.of("1-a-b", 1, "a", "b", 0, SampleRecords.tests(1, failing));
        RunRecord withNew = new RunRecord(r.schemaVersion(), r.id(), r.build(), r.tenant(), r.tenantName(), r.suite(),
                r.attributes(), r.verdict(), r.reasons(), r.counts(), r.startedAt(), r.endedAt(), r.trigger(),
                r.revision(), r.preflight(), r.parseProblems(), r.resultFiles(), r.failureGroups(), r.cascades(),
                r.tests().stream().filter(t -> t.outcome() == TestOutcome.FAILED).map(t -> t.id()).toList(),
                many, r.previousRunId(), r.tests(), r.reports(), r.extra());

        assertThat(StepSummary.lines(withNew, URL)).anySatisfy(line -> assertThat(line)
                .startsWith("[systemTest] New failures (12): com.acme.T.f0, com.acme.T.f1,")
                .endsWith("com.acme.T.f9 (and 2 more)"));
    }

    @Test
    void shouldPutTheVerdictAndReasonsIntoTheWarningAndTheFailure() {
        RunRecord record = SampleRecords.full("17-acme-e2e");

        assertThat(StepSummary.warning(record)).isEqualTo("System tests acme/e2e FAILED: 1 test failed");
        assertThat(StepSummary.failure(record))
                .isEqualTo("System tests acme/e2e FAILED: 1 test failed pass rate 66.7 % is below 90 %");
    }
}
