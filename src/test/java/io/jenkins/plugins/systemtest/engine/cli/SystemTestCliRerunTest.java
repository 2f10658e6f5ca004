package io.jenkins.plugins.systemtest.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run --rerun-failed N} with a real suite script: it writes its JUnit XML file to the same path in every
 * attempt, reads {@code SYSTEM_TEST_RERUN_FILE} on a rerun and reruns only the tests listed there.
 */
class SystemTestCliRerunTest {

    /**
     * A suite of two tests, {@code com.acme.ApiIT.shouldAnswer} always passing and {@code shouldList} failing
     * until attempt {@code $PASS_FROM} (never when unset); a rerun runs only the tests of the rerun file, and the
     * script keeps a copy of what it was given.
     */
    private static final String SUITE = """
            set -e
            mkdir -p build/test-results
            echo "attempt $SYSTEM_TEST_ATTEMPT" >> attempts.log
            if [ -n "$SYSTEM_TEST_RERUN_FILE" ]; then
              cp "$SYSTEM_TEST_RERUN_FILE" "rerun-$SYSTEM_TEST_ATTEMPT.txt"
              cp "$SYSTEM_TEST_RERUN_JSON" "rerun-$SYSTEM_TEST_ATTEMPT.json"
              tests=$(cat "$SYSTEM_TEST_RERUN_FILE")
            else
              tests="com.acme.ApiIT.shouldAnswer com.acme.ApiIT.shouldList"
            fi
            out=build/test-results/TEST-com.acme.ApiIT.xml
            echo "<testsuite name=\\"com.acme.ApiIT\\" timestamp=\\"attempt-$SYSTEM_TEST_ATTEMPT\\">" > $out
            failed=0
            for t in $tests; do
              name=${t##*.}
              if [ "$name" = shouldList ] && { [ -z "$PASS_FROM" ] || [ "$SYSTEM_TEST_ATTEMPT" -lt "$PASS_FROM" ]; }; then
                echo "<testcase classname=\\"com.acme.ApiIT\\" name=\\"$name\\" time=\\"0.1\\"><failure message=\\"expected 2 items but got 0 in attempt $SYSTEM_TEST_ATTEMPT\\" type=\\"AssertionError\\">at ApiIT.java:42</failure></testcase>" >> $out
                failed=1
              else
                echo "<testcase classname=\\"com.acme.ApiIT\\" name=\\"$name\\" time=\\"0.1\\"/>" >> $out
              fi
            done
            echo "</testsuite>" >> $out
            exit $failed
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(Map<String, String> env, String... args) throws IOException {
        Files.writeString(dir.resolve("suite.sh"), SUITE);
        return SystemTestCli.run(List.of(args), dir, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode record(String id) throws IOException {
        return new ObjectMapper().readTree(dir.resolve(".system-tests/records/" + id + ".json").toFile());
    }

    @Test
    void shouldRerunOnlyTheFailedTestAndCallItFlakyWhenItPassesOnTheRerun() throws Exception {
        int code = cli(Map.of(), "run", "--tenant", "acme", "--rerun-failed", "2", "--results",
                "build/test-results/*.xml", "--", "env", "PASS_FROM=2", "sh", "suite.sh");

        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(dir.resolve("attempts.log"))).containsExactly("attempt 1", "attempt 2");
        assertThat(Files.readString(dir.resolve("rerun-2.txt"))).isEqualTo("com.acme.ApiIT.shouldList\n");
        JsonNode rerunJson = new ObjectMapper().readTree(dir.resolve("rerun-2.json").toFile());
        assertThat(rerunJson).hasSize(1);
        assertThat(rerunJson.get(0).get("class").asText()).isEqualTo("com.acme.ApiIT");
        assertThat(rerunJson.get(0).get("name").asText()).isEqualTo("shouldList");
        assertThat(rerunJson.get(0).get("file").asText()).isEqualTo("build/test-results/TEST-com.acme.ApiIT.xml");
        assertThat(out.toString()).contains(": PASSED").contains("1 passed, 0 failed, 0 errors, 0 skipped, 1 flaky")
                .contains("2 attempts: 1 test(s) failed and then passed on a rerun (flaky)");
        JsonNode record = record("1-acme-default");
        assertThat(record.get("verdict").asText()).isEqualTo("PASSED");
        JsonNode attempts = record.get("attempts");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).get("counts").get("failed").asInt()).isEqualTo(1);
        assertThat(attempts.get(0).get("counts").get("total").asInt()).isEqualTo(2);
        assertThat(attempts.get(0).get("tests").get(0).get("outcome").asText()).isEqualTo("FAILED");
        assertThat(attempts.get(0).get("tests").get(0).get("message").asText())
                .isEqualTo("expected 2 items but got 0 in attempt 1");
        assertThat(attempts.get(1).get("counts").get("total").asInt()).as("the rerun ran one test").isEqualTo(1);
        assertThat(attempts.get(1).get("tests").get(0).get("outcome").asText()).isEqualTo("PASSED");
        assertThat(attempts.get(1).get("ending").asText()).isEqualTo("exit code 0");
        // Each attempt's file is kept apart, although the suite wrote the same path twice.
        Path kept = dir.resolve(".system-tests/runs/1-acme-default/attempts");
        assertThat(Files.readString(kept.resolve("1/results/build/test-results/TEST-com.acme.ApiIT.xml")))
                .contains("attempt-1").contains("<failure");
        assertThat(Files.readString(kept.resolve("2/results/build/test-results/TEST-com.acme.ApiIT.xml")))
                .contains("attempt-2").doesNotContain("<failure");
        JsonNode shouldList = findTest(record, "shouldList");
        assertThat(shouldList.get("outcome").asText()).isEqualTo("FLAKY");
        assertThat(shouldList.get("attempts").asInt()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve(".system-tests/runs/1-acme-default/summary.html")))
                .contains("Attempts").contains("com.acme.ApiIT.shouldList");
    }

    @Test
    void shouldRunNPlusOneAttemptsAndFailWhenATestFailsEveryTime() throws Exception {
        int code = cli(Map.of(), "run", "--tenant", "acme", "--rerun-failed", "2", "--results",
                "build/test-results/*.xml", "--", "sh", "suite.sh");

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("attempts.log")))
                .containsExactly("attempt 1", "attempt 2", "attempt 3");
        assertThat(err.toString()).contains("No rerun left: 1 failed and 0 errored test(s) in attempt 3 of 3.");
        JsonNode record = record("1-acme-default");
        assertThat(record.get("verdict").asText()).isEqualTo("FAILED");
        assertThat(record.get("attempts")).hasSize(3);
        JsonNode shouldList = findTest(record, "shouldList");
        assertThat(shouldList.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(shouldList.get("failureMessage").asText()).isEqualTo("expected 2 items but got 0 in attempt 3");
        assertThat(shouldList.get("attempts").asInt()).isEqualTo(3);
        assertThat(findTest(record, "shouldAnswer").get("outcome").asText()).isEqualTo("PASSED");
        assertThat(record.get("counts").get("total").asInt()).isEqualTo(2);
    }

    @Test
    void shouldNotRerunAfterATimeout() throws Exception {
        int code = cli(Map.of(), "run", "--tenant", "acme", "--rerun-failed", "3", "--timeout", "1", "--results",
                "build/test-results/*.xml", "--", "sh", "-c", "sh suite.sh; sleep 30");

        assertThat(code).as(err.toString()).isEqualTo(130);
        assertThat(Files.readAllLines(dir.resolve("attempts.log"))).containsExactly("attempt 1");
        assertThat(err.toString()).contains("No rerun: the run was aborted during attempt 1.");
        JsonNode record = record("1-acme-default");
        assertThat(record.get("verdict").asText()).isEqualTo("ABORTED");
        assertThat(record.get("counts").get("failed").asInt()).as("results written before the stop are kept")
                .isEqualTo(1);
    }

    @Test
    void shouldRunOnceWhenTheFirstAttemptPasses() throws Exception {
        int code = cli(Map.of(), "run", "--tenant", "acme", "--rerun-failed", "2", "--results",
                "build/test-results/*.xml", "--", "env", "PASS_FROM=1", "sh", "suite.sh");

        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(dir.resolve("attempts.log"))).containsExactly("attempt 1");
        assertThat(record("1-acme-default").has("attempts")).as("no attempts for a run that ran once").isFalse();
    }

    @Test
    void shouldRefuseMoreThanTenReruns() throws Exception {
        assertThat(cli(Map.of(), "run", "--tenant", "acme", "--rerun-failed", "11", "--results", "x", "--", "true"))
                .isEqualTo(SystemTestCli.USAGE);
        assertThat(err.toString()).contains("--rerun-failed: must be between 0 and 10, not 11");
    }

    private static JsonNode findTest(JsonNode record, String name) {
        for (JsonNode t : record.get("tests")) {
            if (t.get("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no test " + name);
    }
}
