package io.jenkins.plugins.systemtest.engine.rerun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class RerunFilesTest {

    @TempDir
    Path dir;

    @Test
    void shouldListOneTestALineAndAllOfThemInTheJsonFile() throws Exception {
        TestCaseResult surefire = RerunPolicyTest.test("shouldList", TestOutcome.FAILED, "AssertionError", "x");
        TestCaseResult pytest = new TestCaseResult("pytest", "tests.test_api.TestOrders", "test_list[eu-\"west\"]",
                TestOutcome.ERROR, 1, "", "", "", "", "", 1, "reports/junit.xml");
        TestCaseResult noClass = new TestCaseResult("", "", "checkout works", TestOutcome.FAILED, 1, "", "", "", "",
                "", 1, "results.xml");
        TestCaseResult lineBreak = new TestCaseResult("", "c", "two\nlines", TestOutcome.FAILED, 1, "", "", "", "", "",
                1, "results.xml");

        RerunFiles.write(dir.resolve("2"), List.of(surefire, pytest, noClass, lineBreak));

        assertThat(Files.readString(dir.resolve("2/rerun-tests.txt"))).isEqualTo("""
                com.acme.ApiIT.shouldList
                tests.test_api.TestOrders.test_list[eu-"west"]
                checkout works
                """);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("2/rerun-tests.json").toFile());
        assertThat(json).hasSize(4);
        assertThat(json.get(1).get("class").asText()).isEqualTo("tests.test_api.TestOrders");
        assertThat(json.get(1).get("name").asText()).isEqualTo("test_list[eu-\"west\"]");
        assertThat(json.get(1).get("file").asText()).isEqualTo("reports/junit.xml");
        assertThat(json.get(3).get("name").asText()).isEqualTo("two\nlines");
        try (var files = Files.list(dir.resolve("2"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("rerun-tests.txt", "rerun-tests.json");
        }
    }

    @Test
    void shouldSetTheAttemptAlwaysAndTheFilesFromTheSecondAttemptOn() {
        assertThat(RerunFiles.variables(1, null)).containsExactly(entry("SYSTEM_TEST_ATTEMPT", "1"));
        assertThat(RerunFiles.variables(2, "/ws/.system-tests/attempts/7-acme-e2e/1")).containsExactly(
                entry("SYSTEM_TEST_ATTEMPT", "2"),
                entry("SYSTEM_TEST_RERUN_FILE", "/ws/.system-tests/attempts/7-acme-e2e/1/rerun-tests.txt"),
                entry("SYSTEM_TEST_RERUN_JSON", "/ws/.system-tests/attempts/7-acme-e2e/1/rerun-tests.json"));
        assertThat(RerunFiles.variables(3, "C:\\ws\\.system-tests\\attempts\\x\\2")).containsEntry(
                "SYSTEM_TEST_RERUN_FILE", "C:\\ws\\.system-tests\\attempts\\x\\2\\rerun-tests.txt");
    }
}
