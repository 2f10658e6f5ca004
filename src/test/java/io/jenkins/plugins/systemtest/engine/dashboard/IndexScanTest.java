package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IndexScanTest {

    @TempDir
    Path dir;

    private final RunRecordJson json = new RunRecordJson();

    private static RunSummary summary(String id, long build, String tenant, RunVerdict verdict, RunCounts counts) {
        return new RunSummary(id, build, tenant, tenant.toUpperCase(), "e2e", verdict, counts, 1000 * build, 50,
                "timer", "", Map.of("com.acme.T.t" + build, TestOutcome.FAILED, "x", TestOutcome.FLAKY));
    }

    @Test
    void shouldReadWhatTheHistoryIndexWritesAsTheHistoryIndexReadsIt() throws IOException {
        RunCounts counts = new RunCounts(40, 30, 3, 2, 4, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (RunSummary s : List.of(summary("1-acme-e2e", 1, "acme", RunVerdict.FAILED, counts),
                summary("2-acme-e2e", 2, "acme", RunVerdict.PASSED, RunCounts.NONE),
                summary("1-globex-e2e", 1, "globex", RunVerdict.PASSED, counts))) {
            out.write(json.toLine(s));
            out.write('\n');
        }
        out.write("{\"id\": \"broken\", \"verdict\": \"GREEN\"}\n\n{\"id\":\"3-acme-e2e\",\"bui".getBytes(
                StandardCharsets.UTF_8));
        Path index = Files.write(dir.resolve("index.jsonl"), out.toByteArray());

        Map<String, List<IndexScan.Line>> lines = IndexScan.read(index, -1);

        assertThat(lines).containsOnlyKeys(DashboardEntry.key("acme", "e2e"), DashboardEntry.key("globex", "e2e"));
        List<IndexScan.Line> acme = lines.get(DashboardEntry.key("acme", "e2e"));
        assertThat(acme).extracting(l -> l.mark().id()).containsExactly("1-acme-e2e", "2-acme-e2e");
        assertThat(acme.get(0).mark()).isEqualTo(RunMark.of(summary("1-acme-e2e", 1, "acme", RunVerdict.FAILED,
                counts)));
        assertThat(acme.get(1).mark().passRate()).isEqualTo(-1);
        assertThat(acme.get(0).tenantName()).isEqualTo("ACME");
        assertThat(IndexScan.read(index, 1).get(DashboardEntry.key("acme", "e2e"))).extracting(l -> l.mark().id())
                .containsExactly("2-acme-e2e");
        assertThat(IndexScan.read(dir.resolve("missing.jsonl"), -1)).isEmpty();
    }

    @Test
    void shouldFindTheTenantAndSuiteOfUnusualLinesAsTheJsonReaderDoes() {
        String escaped = "{\"id\":\"1\",\"tenant\":\"a\\\"b\",\"suite\":\"e2e\",\"verdict\":\"PASSED\"}";
        String reordered = "{\"notPassed\":{\"tenant\":\"FAILED\"},\"suite\":\"api\",\"tenant\":\"acme\","
                + "\"id\":\"2\",\"verdict\":\"FAILED\"}";
        String noSuite = "{\"id\":\"3\",\"tenant\":\"acme\",\"verdict\":\"PASSED\"}";

        assertThat(key(escaped)).isEqualTo(DashboardEntry.key("a\"b", "e2e"));
        assertThat(key(reordered)).isEqualTo(DashboardEntry.key("acme", "api"));
        assertThat(key(noSuite)).isEqualTo(DashboardEntry.key("acme", "default"));
        assertThat(key("   ")).isNull();
        assertThat(key("{\"tenant\":\"x\"}")).as("not a run summary").isNull();
    }

    @Test
    void shouldParseOnlyTheLastLinesOfEachTenantAndSuite() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b = 1; b <= 25; b++) {
            out.write(json.toLine(summary(b + "-acme-e2e", b, "acme", RunVerdict.PASSED, RunCounts.NONE)));
            out.write('\n');
        }
        Path index = Files.write(dir.resolve("index.jsonl"), out.toByteArray());

        List<IndexScan.Line> lines = IndexScan.read(index, 25).get(DashboardEntry.key("acme", "e2e"));

        assertThat(lines).extracting(l -> l.mark().build()).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(25 - IndexScan.KEEP + 1, 24).boxed().toList());
    }

    private static String key(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return IndexScan.key(bytes, 0, bytes.length);
    }
}
