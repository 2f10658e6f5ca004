package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.record.SampleRecords;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobHistoryReservationTest {

    private static final TenantContext ACME = new TenantContext("Acme", "ACME", "E2E", Map.of());

    @Test
    void shouldReserveTheBaseIdFirstAndTheNextOnesWhileItIsHeld(@TempDir Path dir) throws IOException {
        JobHistory history = new JobHistory(dir);

        assertThat(history.reserveRunId(12, ACME)).isEqualTo("12-acme-e2e");
        assertThat(history.reserveRunId(12, ACME)).isEqualTo("12-acme-e2e-2");
        assertThat(history.reserveRunId(12, ACME)).isEqualTo("12-acme-e2e-3");
        assertThat(JobHistory.baseRunId(12, ACME)).isEqualTo("12-acme-e2e");
    }

    @Test
    void shouldSkipIdsThatHaveARecordAndReuseReleasedOnes(@TempDir Path dir) throws IOException {
        JobHistory history = new JobHistory(dir);
        String first = history.reserveRunId(7, ACME);
        history.save(SampleRecords.of(first, 7, "Acme", "E2E", 1_000, List.of()));
        history.releaseRunId(first);
        String second = history.reserveRunId(7, ACME);
        history.releaseRunId(second);

        assertThat(second).isEqualTo("7-acme-e2e-2");
        assertThat(history.reserveRunId(7, ACME)).isEqualTo("7-acme-e2e-2");
        assertThat(dir.resolve(JobHistory.RESERVED).resolve(first)).doesNotExist();
    }

    @Test
    void shouldGiveEveryOneOfManyConcurrentRunsAnIdOfItsOwn(@TempDir Path dir) throws Exception {
        int runs = 16;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> ids = new ArrayList<>();
        try {
            for (int i = 0; i < runs; i++) {
                // Each thread uses its own history object, as each Jenkins step call does.
                Callable<String> reserve = () -> {
                    go.await();
                    JobHistory history = new JobHistory(dir);
                    String id = history.reserveRunId(3, ACME);
                    history.save(SampleRecords.of(id, 3, "Acme", "E2E", 1_000, List.of()));
                    history.releaseRunId(id);
                    return id;
                };
                ids.add(pool.submit(reserve));
            }
            go.countDown();
            List<String> got = new ArrayList<>();
            for (Future<String> f : ids) {
                got.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(got).doesNotHaveDuplicates().hasSize(runs);
            assertThat(new JobHistory(dir).records().list()).hasSize(runs);
            try (var reserved = Files.list(dir.resolve(JobHistory.RESERVED))) {
                assertThat(reserved).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRefuseToReleaseAnIdThatNamesAnotherFile(@TempDir Path dir) {
        JobHistory history = new JobHistory(dir);

        assertThatThrownBy(() -> history.releaseRunId("../index.jsonl"))
                .hasMessageContaining("is not a valid run id");
    }
}
