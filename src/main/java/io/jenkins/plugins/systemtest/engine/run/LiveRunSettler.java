package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.gate.QualityGate;
import io.jenkins.plugins.systemtest.engine.history.LiveRun;
import io.jenkins.plugins.systemtest.engine.history.LiveRuns;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The settle rule of live runs: a run marked RUNNING whose run is no longer going on (its build ended or is gone,
 * its command-line process died) is recorded {@code ABORTED} with the reason "the controller stopped during the
 * run", then its marker is deleted, so that it never stays RUNNING. Each marker is settled once, even by
 * several settlers at the same time (a claim file created atomically); a marker whose run already has a record (a
 * crash between saving the record and deleting the marker) is only deleted.
 */
public final class LiveRunSettler {

    /** A claim older than this was left by a settler that died; it is given up and the marker settled later. */
    static final long STALE_CLAIM_MILLIS = 60_000;

    private final JobHistory history;

    public LiveRunSettler(JobHistory history) {
        this.history = history;
    }

    /**
     * Settles every marked run that {@code stillRunning} says is over.
     *
     * @param stillRunning whether a marked run is still going on
     * @param now          the time of settlement (epoch milliseconds), the end of the settled runs
     * @return the records written, oldest first
     */
    public List<RunRecord> settle(Predicate<LiveRun> stillRunning, long now) throws IOException {
        List<RunRecord> written = new ArrayList<>();
        for (LiveRun run : history.live().list()) {
            if (!stillRunning.test(run)) {
                settleOne(run, now).ifPresent(written::add);
            }
        }
        return written;
    }

    private Optional<RunRecord> settleOne(LiveRun run, long now) throws IOException {
        LiveRuns live = history.live();
        Path claim = live.directory().resolve(run.id() + ".settling");
        try {
            Files.createFile(claim);
        } catch (FileAlreadyExistsException e) {
            dropStaleClaim(claim, now);
            return Optional.empty();
        }
        try {
            if (!live.isMarked(run.id())) {
                return Optional.empty(); // Finished or settled in the meantime.
            }
            if (history.records().read(run.id()).isPresent()) {
                live.finish(run.id());
                return Optional.empty();
            }
            RunRecord record = aborted(run, now);
            history.save(record);
            history.releaseRunId(run.id());
            return Optional.of(record);
        } finally {
            Files.deleteIfExists(claim);
        }
    }

    /** The ABORTED record of a run that stopped with its controller: no results, the reason, its facts. */
    static RunRecord aborted(LiveRun run, long now) {
        Map<String, String> extra = new LinkedHashMap<>();
        if (!run.buildUrl().isEmpty()) {
            extra.put("buildUrl", run.buildUrl());
        }
        extra.put("settled", "marked RUNNING, found without a running build or process");
        RunFacts facts = new RunFacts(run.id(), run.build(),
                new TenantContext(run.tenant(), run.tenantName(), run.suite(), Map.of()), QualityGate.DEFAULT,
                run.startedAt(), Math.max(run.startedAt(), now), run.trigger(), "", Interruption.CONTROLLER_STOPPED,
                extra);
        return new RunAssembler().assemble(facts, List.of(), ParsedResults.empty(), List.of(), Optional.empty(),
                new SecretMasker(List.of())).record();
    }

    private static void dropStaleClaim(Path claim, long now) throws IOException {
        try {
            if (now - Files.getLastModifiedTime(claim).toMillis() > STALE_CLAIM_MILLIS) {
                Files.deleteIfExists(claim);
            }
        } catch (NoSuchFileException e) {
            // Released in the meantime.
        }
    }
}
