package io.jenkins.plugins.systemtest.engine.record;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jenkins.plugins.systemtest.engine.junit.JUnitXmlParser;
import io.jenkins.plugins.systemtest.engine.junit.SmallCasesFileGenerator;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.run.AgentTransferJson;
import io.jenkins.plugins.systemtest.engine.run.CollectedResults;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import io.jenkins.plugins.systemtest.engine.run.RunAssembler;
import io.jenkins.plugins.systemtest.engine.run.RunFacts;
import io.jenkins.plugins.systemtest.engine.run.StagedResults;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 10: the size of a run record and the time to assemble, write and read it, at 20,000 and 185,577 tests of the
 * many-small-cases shape ({@link SmallCasesFileGenerator}), next to what schema 1 (every field of every test,
 * passed tests' output kept, indented) wrote for the same run; and the agent's transfer JSON. Times are medians of
 * 7 after 3 warm-up rounds, in this JVM. Run: {@code mvn -Pbenchmark test-compile exec:exec@record}.
 */
public final class RunRecordBenchmark {

    private static final int WARMUP = 3;
    private static final int ROUNDS = 7;

    private RunRecordBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {20_000, SmallCasesFileGenerator.ISSUE_TESTS}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path dir = Files.createTempDirectory("record-bench");
        System.out.printf(Locale.ROOT, "%8s %12s %12s %10s %10s %10s %10s %12s %10s%n", "tests", "schema1 MB",
                "schema2 MB", "assemble", "write", "read", "transfer", "transfer MB", "(ms)");
        for (int tests : sizes) {
            Path file = dir.resolve("TEST-small.xml");
            SmallCasesFileGenerator.write(file, tests);
            ParsedResults parsed = new JUnitXmlParser().parseFile(dir, file.getFileName());
            Files.delete(file);
            JobHistory history = new JobHistory(dir.resolve("history-" + tests));
            RunAssembler assembler = new RunAssembler();
            SecretMasker masker = new SecretMasker(List.of("s3cr3t-token"));
            double[] assemble = new double[ROUNDS];
            double[] write = new double[ROUNDS];
            double[] read = new double[ROUNDS];
            double[] transfer = new double[ROUNDS];
            RunRecord record = null;
            AgentTransferJson transferJson = new AgentTransferJson();
            StagedResults staged = new StagedResults(new CollectedResults(parsed.withoutPassedOutput(), List.of(),
                    List.of()), List.of(), "junit/TEST-acme-e2e.xml", List.of());
            int transferBytes = 0;
            for (int round = 0; round < WARMUP + ROUNDS; round++) {
                String id = round + "-acme-e2e";
                RunFacts facts = new RunFacts(id, round, TenantContext.of("acme"), null, 1_700_000_000_000L,
                        1_700_000_060_000L, "timer", "", false, Map.of());
                long t0 = System.nanoTime();
                record = assembler.assemble(facts, List.of(), parsed, List.of(), Optional.empty(), masker).record();
                long t1 = System.nanoTime();
                history.save(record);
                long t2 = System.nanoTime();
                RunRecord back = history.records().read(id).orElseThrow();
                long t3 = System.nanoTime();
                String sent = transferJson.write(staged);
                StagedResults received = transferJson.readStaged(sent);
                long t4 = System.nanoTime();
                if (back.tests().size() != parsed.tests().size()
                        || received.collected().results().tests().size() != parsed.tests().size()) {
                    throw new IllegalStateException("lost tests");
                }
                transferBytes = sent.length();
                if (round >= WARMUP) {
                    assemble[round - WARMUP] = (t1 - t0) / 1e6;
                    write[round - WARMUP] = (t2 - t1) / 1e6;
                    read[round - WARMUP] = (t3 - t2) / 1e6;
                    transfer[round - WARMUP] = (t4 - t3) / 1e6;
                }
            }
            long schema2 = Files.size(history.records().file(record.id()));
            long schema1 = schema1Size(record, parsed);
            System.out.printf(Locale.ROOT, "%8d %12.2f %12.2f %10.1f %10.1f %10.1f %10.1f %12.2f   min-max write "
                            + "%.1f-%.1f, read %.1f-%.1f%n", tests, schema1 / 1e6, schema2 / 1e6, median(assemble),
                    median(write), median(read), median(transfer), transferBytes / 1e6, min(write), max(write),
                    min(read), max(read));
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** What version 1 wrote for the same run: every field of every test, passed tests' output kept, indented. */
    private static long schema1Size(RunRecord r, ParsedResults parsed) throws Exception {
        RunRecord old = new RunRecord(1, r.id(), r.build(), r.tenant(), r.tenantName(), r.suite(), r.attributes(),
                r.verdict(), r.reasons(), r.counts(), r.startedAt(), r.endedAt(), r.trigger(), r.revision(),
                r.preflight(), r.parseProblems(), r.resultFiles(), r.failureGroups(), r.cascades(), r.newFailures(),
                r.fixedTests(), r.previousRunId(), parsed.tests(), r.reports(), r.extra());
        return JsonMapper.builder().build().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(old).length;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
