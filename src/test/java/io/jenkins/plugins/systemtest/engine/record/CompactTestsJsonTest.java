package io.jenkins.plugins.systemtest.engine.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompactTestsJsonTest {

    private final RunRecordJson json = new RunRecordJson();

    private static RunRecord withTests(int schema, List<TestCaseResult> tests) {
        RunRecord r = SampleRecords.full("17-acme-e2e");
        return new RunRecord(schema, r.id(), r.build(), r.tenant(), r.tenantName(), r.suite(), r.attributes(),
                r.verdict(), r.reasons(), r.counts(), r.startedAt(), r.endedAt(), r.trigger(), r.revision(),
                r.preflight(), r.parseProblems(), r.resultFiles(), r.failureGroups(), r.cascades(), r.newFailures(),
                r.fixedTests(), r.previousRunId(), tests, r.reports(), r.extra());
    }

    /** Tests whose suite, class and file change, come back, and become empty again. */
    private static List<TestCaseResult> mixedTests() {
        List<TestCaseResult> tests = new ArrayList<>(SampleRecords.full("x").tests());
        tests.add(new TestCaseResult("", "", "no suite, class or file", TestOutcome.PASSED, 0, "", "", "", "", "", 1,
                ""));
        tests.add(new TestCaseResult("Kassen-Suite", "de.acme.KasseIT", "back again", TestOutcome.SKIPPED, 0,
                "pytest.skip", "feature off", "", "", "", 1, "TEST-KasseIT.xml"));
        tests.add(new TestCaseResult("Kassen-Suite", "de.acme.OtherIT", "", TestOutcome.ERROR, 7, "", "", "",
                "", "only stderr", 1, "TEST-KasseIT.xml"));
        tests.add(TestCaseResult.passed("Kassen-Suite", "de.acme.OtherIT", "same class", 3));
        return tests;
    }

    @Test
    void shouldRoundTripTestsWhoseSuiteClassAndFileChangeComeBackAndBecomeEmpty() throws IOException {
        RunRecord record = withTests(RunRecord.SCHEMA_VERSION, mixedTests());

        RunRecord read = json.readRecord(json.toJson(record), "r.json");

        assertThat(read).isEqualTo(record);
        assertThat(read.tests()).isEqualTo(record.tests());
    }

    @Test
    void shouldStoreAPassingTestAsItsNameOutcomeAndTimeOnly() throws IOException {
        List<TestCaseResult> tests = List.of(
                new TestCaseResult("S", "com.acme.T", "first", TestOutcome.PASSED, 12, "", "", "", "", "", 1, "f.xml"),
                new TestCaseResult("S", "com.acme.T", "second", TestOutcome.PASSED, 3, "", "", "", "", "", 1, "f.xml"));

        JsonNode written = json.mapper().readTree(json.toJson(withTests(RunRecord.SCHEMA_VERSION, tests)));

        JsonNode second = written.get("tests").get(1);
        assertThat(second.properties()).extracting(Map.Entry::getKey)
                .containsExactly("name", "outcome", "durationMillis");
        assertThat(second.get("durationMillis").asLong()).isEqualTo(3);
        assertThat(written.get("tests").get(0).properties()).extracting(Map.Entry::getKey)
                .containsExactly("suite", "className", "name", "outcome", "durationMillis", "file");
        assertThat(written.get("schemaVersion").asInt()).isEqualTo(2);
    }

    @Test
    void shouldReadASchema1RecordWhoseTestsHaveEveryField() throws IOException {
        RunRecord schema1 = withTests(1, mixedTests());
        // Version 1 wrote the record with Jackson's default mapping of the records, indented.
        byte[] written = JsonMapper.builder().build().writer(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(schema1);
        assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"stderr\" : \"\"", "\"attempts\" : 1");

        RunRecord read = json.readRecord(written, "old.json");

        assertThat(read).isEqualTo(schema1);
    }

    @Test
    void shouldBeSmallerThanSchema1ForPassingTests() throws IOException {
        List<TestCaseResult> tests = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            tests.add(TestCaseResult.passed("com.acme.OrdersIT", "com.acme.OrdersIT", "shouldOrder" + i, i % 40));
        }
        byte[] schema1 = JsonMapper.builder().build().writer(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(withTests(1, tests));

        byte[] schema2 = json.toJson(withTests(RunRecord.SCHEMA_VERSION, tests));

        assertThat(schema2.length).isLessThan(schema1.length / 4);
    }

    @Test
    void shouldRefuseATestWithoutOutcomeOrWithAFieldOfTheWrongTypeNamingTheSource() {
        String noOutcome = "{\"schemaVersion\":2,\"id\":\"1-a-s\",\"tenant\":\"a\",\"verdict\":\"PASSED\","
                + "\"tests\":[{\"name\":\"x\",\"durationMillis\":1}]}";
        String wrongType = "{\"schemaVersion\":2,\"id\":\"1-a-s\",\"tenant\":\"a\",\"verdict\":\"PASSED\","
                + "\"tests\":[{\"name\":\"x\",\"outcome\":\"PASSED\",\"durationMillis\":\"soon\"}]}";
        String badOutcome = "{\"schemaVersion\":2,\"id\":\"1-a-s\",\"tenant\":\"a\",\"verdict\":\"PASSED\","
                + "\"tests\":[{\"name\":\"x\",\"outcome\":\"GREAT\"}]}";

        assertThatThrownBy(() -> json.readRecord(noOutcome.getBytes(StandardCharsets.UTF_8), "a.json"))
                .isInstanceOf(RunRecordFormatException.class).hasMessageContaining("a.json")
                .hasMessageContaining("without an outcome");
        assertThatThrownBy(() -> json.readRecord(wrongType.getBytes(StandardCharsets.UTF_8), "b.json"))
                .isInstanceOf(RunRecordFormatException.class).hasMessageContaining("b.json")
                .hasMessageContaining("'durationMillis' must be a whole number");
        assertThatThrownBy(() -> json.readRecord(badOutcome.getBytes(StandardCharsets.UTF_8), "c.json"))
                .isInstanceOf(RunRecordFormatException.class).hasMessageContaining("unknown outcome 'GREAT'");
    }

    @Test
    void shouldPassOverUnknownTestFieldsOfANewerWriter() throws IOException {
        String newer = "{\"schemaVersion\":2,\"id\":\"1-a-s\",\"tenant\":\"a\",\"verdict\":\"PASSED\","
                + "\"tests\":[{\"className\":\"C\",\"name\":\"x\",\"outcome\":\"PASSED\",\"durationMillis\":4,"
                + "\"labels\":{\"a\":[1,2]},\"owner\":\"team\"},{\"name\":\"y\",\"outcome\":\"FLAKY\",\"attempts\":2}]}";

        RunRecord read = json.readRecord(newer.getBytes(StandardCharsets.UTF_8), "n.json");

        assertThat(read.tests()).containsExactly(TestCaseResult.passed("", "C", "x", 4),
                new TestCaseResult("", "C", "y", TestOutcome.FLAKY, 0, "", "", "", "", "", 2, ""));
    }
}
