package io.jenkins.plugins.systemtest.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line, run in-process on real files with real child processes. */
class SystemTestCliTest {

    private static final String PASSING = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="com.acme.ApiIT" tests="2" failures="0" errors="0" skipped="0" time="0.5">
              <testcase name="shouldAnswer" classname="com.acme.ApiIT" time="0.2"/>
              <testcase name="shouldList" classname="com.acme.ApiIT" time="0.3"/>
            </testsuite>
            """;

    private static final String FAILING = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="com.acme.ApiIT" tests="2" failures="1" errors="0" skipped="0" time="0.5">
              <testcase name="shouldAnswer" classname="com.acme.ApiIT" time="0.2"/>
              <testcase name="shouldList" classname="com.acme.ApiIT" time="0.3">
                <failure message="expected 2 items but got 0 (token SECRET)" type="java.lang.AssertionError">java.lang.AssertionError: expected 2 items but got 0
                at com.acme.ApiIT.shouldList(ApiIT.java:42)</failure>
                <system-out>calling https://api.example/?token=SECRET</system-out>
              </testcase>
            </testsuite>
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(Map<String, String> env, String... args) {
        return SystemTestCli.run(List.of(args), dir, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String writeResultsCommand(String xml) throws IOException {
        Path source = dir.resolve("fixture-" + xml.hashCode() + ".xml.txt");
        Files.writeString(source, xml);
        return "mkdir -p build/test-results && cp " + source + " build/test-results/TEST-com.acme.ApiIT.xml"
                + " && echo tenant=$SYSTEM_TEST_TENANT team=$SYSTEM_TEST_ATTR_TEAMID";
    }

    @Test
    void shouldPassAndRecordARunWhoseTestsPass() throws Exception {
        int code = cli(Map.of(), "run", "--tenant", "acme", "--attr", "teamId=7", "--results",
                "build/test-results/*.xml", "--", "sh", "-c", writeResultsCommand(PASSING));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("tenant=acme team=7").contains(": PASSED")
                .contains("2 passed, 0 failed, 0 errors, 0 skipped, 0 flaky; pass rate 100% of 2 executed");
        Path history = dir.resolve(".system-tests");
        assertThat(history.resolve("records/1-acme-default.json")).isRegularFile();
        assertThat(history.resolve("index.jsonl")).isRegularFile();
        assertThat(history.resolve("index.html")).isRegularFile();
        assertThat(history.resolve("runs/1-acme-default/summary.html")).isRegularFile();
    }

    @Test
    void shouldExitOneWhenTheGateFailsAndCompareWithThePreviousRun() throws Exception {
        cli(Map.of(), "run", "--tenant", "acme", "--results", "build/test-results/*.xml", "--", "sh", "-c",
                writeResultsCommand(PASSING));
        out.reset();

        int code = cli(Map.of(), "run", "--tenant", "acme", "--results", "build/test-results/*.xml", "--", "sh", "-c",
                writeResultsCommand(FAILING) + "; exit 1");

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(out.toString()).contains(": FAILED").contains("New failures: com.acme.ApiIT.shouldList");
        JsonNode record = new ObjectMapper().readTree(dir.resolve(".system-tests/records/2-acme-default.json").toFile());
        assertThat(record.get("previousRunId").asText()).isEqualTo("1-acme-default");
        assertThat(record.get("verdict").asText()).isEqualTo("FAILED");
    }

    @Test
    void shouldFailAndShowASuiteThatCouldNotBeLoaded() throws Exception {
        String unloadable = """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite errors="1" failures="0" name="com.acme.ApiIT" tests="1" time="0">
                  <error message="com/acme/client/ApiClient" type="java.lang.NoClassDefFoundError">java.lang.NoClassDefFoundError: com/acme/client/ApiClient
                at java.lang.Class.getDeclaredMethods0(Native Method)</error>
                </testsuite>
                """;

        int code = cli(Map.of(), "run", "--tenant", "acme", "--results", "build/test-results/*.xml", "--", "sh", "-c",
                writeResultsCommand(unloadable));

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(out.toString()).contains(": FAILED").contains("0 passed, 0 failed, 1 errors");
        String summary = Files.readString(dir.resolve(".system-tests/runs/1-acme-default/summary.html"));
        assertThat(summary).contains("com.acme.ApiIT.&lt;init&gt;").contains("java.lang.NoClassDefFoundError");
    }

    @Test
    void shouldNeverWriteAMaskedSecretAnywhere() throws Exception {
        int code = cli(Map.of("API_TOKEN", "SECRET"), "run", "--tenant", "acme", "--mask-env", "API_TOKEN",
                "--min-pass-rate", "40", "--results", "build/test-results/*.xml", "--report", "Out=build",
                "--", "sh", "-c", writeResultsCommand(FAILING) + " && echo the token is SECRET"
                        + " && echo SECRET > build/token.txt");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("SECRET").contains("the token is ****");
        List<Path> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir.resolve(".system-tests"))) {
            files.filter(Files::isRegularFile).forEach(written::add);
        }
        assertThat(written).hasSizeGreaterThan(5);
        for (Path f : written) {
            assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain("SECRET");
        }
    }

    @Test
    void shouldNotRunTheTestsWhenARequiredServiceIsDown() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }

        int code = cli(Map.of(), "run", "--tenant", "acme", "--require", "tcp://127.0.0.1:" + port, "--wait", "1",
                "--results", "*.xml", "--", "sh", "-c", "touch ran");

        assertThat(code).isEqualTo(2);
        assertThat(dir.resolve("ran")).doesNotExist();
        assertThat(out.toString()).contains(": INFRA_ERROR").contains("nothing listens on 127.0.0.1:" + port);
    }

    @Test
    void shouldIgnoreResultFilesOfAnEarlierRun() throws Exception {
        Files.createDirectories(dir.resolve("build/test-results"));
        Path old = Files.writeString(dir.resolve("build/test-results/TEST-old.xml"), PASSING);
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()
                - 3_600_000));

        int code = cli(Map.of(), "run", "--tenant", "acme", "--results", "build/test-results/*.xml", "--", "true");

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).contains(": NO_TESTS");
        assertThat(err.toString()).contains("were written before this run started");
    }

    @Test
    void shouldLetTheTeamsRulesFileDecideAndReportABadOneWithoutLosingTheResults() throws Exception {
        String sealed = FAILING.replace("expected 2 items but got 0 (token SECRET)", "Vault is sealed")
                .replace("java.lang.AssertionError: expected 2 items but got 0", "hvac.VaultDown: Vault is sealed")
                .replace("type=\"java.lang.AssertionError\"", "type=\"hvac.VaultDown\"");
        Files.createDirectories(dir.resolve("ci"));
        Files.writeString(dir.resolve("ci/failure-rules.yaml"), """
                rules:
                  - name: vault-sealed
                    kind: infrastructure
                    pattern: 'Vault is sealed'
                """);

        int code = cli(Map.of(), "run", "--tenant", "acme", "--failure-rules", "ci/failure-rules.yaml",
                "--results", "build/test-results/*.xml", "--", "sh", "-c", writeResultsCommand(sealed));

        assertThat(code).as(err.toString()).isEqualTo(2);
        assertThat(out.toString()).contains(": INFRA_ERROR").contains("vault-sealed");
        JsonNode first = new ObjectMapper().readTree(dir.resolve(".system-tests/records/1-acme-default.json")
                .toFile());
        assertThat(first.at("/failureGroups/0/evidence").asText()).isEqualTo("matched `Vault is sealed` in the"
                + " message");

        Files.writeString(dir.resolve("ci/failure-rules.yaml"), "rules:\n  - name: vault-sealed\n    kind: infra\n"
                + "    pattern: 'Vault is sealed'\n");
        out.reset();
        code = cli(Map.of(), "run", "--tenant", "acme", "--failure-rules", "ci/failure-rules.yaml",
                "--results", "build/test-results/*.xml", "--", "sh", "-c", writeResultsCommand(sealed));

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(err.toString() + out.toString()).contains("failure rules ci/failure-rules.yaml:3: kind 'infra' is"
                + " not one of infrastructure, product, assertion, follow-on; the built-in rules were used");
        JsonNode second = new ObjectMapper().readTree(dir.resolve(".system-tests/records/2-acme-default.json")
                .toFile());
        assertThat(second.get("verdict").asText()).isEqualTo("FAILED");
        assertThat(second.get("tests")).hasSize(2);
        assertThat(second.at("/parseProblems/0/file").asText()).isEqualTo("ci/failure-rules.yaml");
        assertThat(second.get("reasons").toString()).contains("1 problem reading a file of the run: "
                + "ci/failure-rules.yaml:3");
        assertThat(cli(Map.of(), "run", "--tenant", "a", "--failure-rules", "../rules.yaml", "--results", "x", "--",
                "true")).isEqualTo(64);
        assertThat(err.toString()).contains("--failure-rules: '../rules.yaml' must be a path inside the working"
                + " directory");
    }

    @Test
    void shouldNameTheBadOptionAndExitWithUsage() {
        assertThat(cli(Map.of(), "run", "--tenant", "bad tenant", "--results", "x", "--", "true")).isEqualTo(64);
        assertThat(err.toString()).contains("error: tenant: 'bad tenant' is not a valid tenant key");
        err.reset();
        assertThat(cli(Map.of(), "run", "--tenant", "a", "--results", "x")).isEqualTo(64);
        assertThat(err.toString()).contains("COMMAND: is missing");
        err.reset();
        assertThat(cli(Map.of(), "run", "--tenant", "a", "--require", "ftp://x:1", "--results", "x", "--", "true"))
                .isEqualTo(64);
        assertThat(err.toString()).contains("requires");
        assertThat(cli(Map.of(), "help")).isZero();
        assertThat(out.toString()).contains("run --tenant KEY");
    }

    @Test
    void shouldRunTheDemoForTwoTenants() throws Exception {
        int code = cli(Map.of(), "demo", "--history", "demo-out");

        assertThat(code).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("System tests Initech (initech) / booking-api: INFRA_ERROR")
                .contains("System tests Globex Corporation (globex) / booking-api: FAILED")
                .contains("4 passed, 1 failed, 2 errors, 1 skipped, 1 flaky");
        JsonNode globex = new ObjectMapper().readTree(dir.resolve("demo-out/records/2-globex-booking-api.json").toFile());
        assertThat(globex.get("cascades").get(0).get("rootTest").asText())
                .isEqualTo("com.example.booking.BookingFlowTest.createBooking");
        assertThat(globex.get("cascades").get(0).get("followers")).hasSize(2);
        assertThat(dir.resolve("demo-out/index.html")).isRegularFile();
        assertThat(dir.resolve("demo-out/runs/2-globex-booking-api/reports/Demo report/index.html")).isRegularFile();
    }
}
