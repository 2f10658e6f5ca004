package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.history.HistoryIndex;
import io.jenkins.plugins.systemtest.engine.history.HistoryIndexRegistry;
import io.jenkins.plugins.systemtest.engine.history.HistoryQuery;
import io.jenkins.plugins.systemtest.engine.history.LiveRun;
import io.jenkins.plugins.systemtest.engine.history.LiveRuns;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.record.RunRecordStore;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The history of one job (Jenkins) or one output directory (command line): the run records in {@code records/}
 * and the index of their summaries in {@code index.jsonl}. The record is always written before the index line, so
 * that a crash between the two leaves a record the next rebuild picks up, never an index line without a record.
 */
public final class JobHistory {

    /** The index file's name in the history directory. */
    public static final String INDEX = "index.jsonl";
    /** The records folder's name in the history directory. */
    public static final String RECORDS = "records";
    /** The folder of the ids reserved by runs that have started and not been saved yet. */
    public static final String RESERVED = "reserved";

    private final Path dir;
    private final RunRecordStore store;
    private final HistoryIndex index;
    private final LiveRuns live;

    /** The history in {@code dir}, with an index object of its own (no cache shared with other objects). */
    public JobHistory(Path dir) {
        this.dir = dir;
        this.store = new RunRecordStore(dir.resolve(RECORDS));
        this.index = new HistoryIndex(dir.resolve(INDEX));
        this.live = new LiveRuns(dir);
    }

    /**
     * The history in {@code dir}, with the index object the registry holds for its index file, so that its cache
     * (the last snapshot read and its queries) is shared by every caller that uses the same registry.
     */
    public JobHistory(Path dir, HistoryIndexRegistry indexes) {
        this.dir = dir;
        this.store = new RunRecordStore(dir.resolve(RECORDS));
        this.index = indexes.index(dir.resolve(INDEX));
        this.live = new LiveRuns(dir);
    }

    /** The history directory. */
    public Path directory() {
        return dir;
    }

    /** The records. */
    public RunRecordStore records() {
        return store;
    }

    /** The runs marked as running now (see {@link LiveRuns}); settle stale ones with {@link LiveRunSettler}. */
    public LiveRuns live() {
        return live;
    }

    /** Saves a finished run: its record, then its line in the index. */
    public void save(RunRecord record) throws IOException {
        store.write(record);
        index.append(RunSummary.of(record));
    }

    /**
     * Queries the index; a missing or unreadable index is rebuilt from the records first.
     */
    public HistoryQuery query() throws IOException {
        if (!Files.exists(index.file())) {
            if (!Files.isDirectory(store.directory())) {
                return new HistoryQuery(List.of());
            }
            index.rebuild(store);
        }
        try {
            return index.query();
        } catch (IOException e) {
            index.rebuild(store);
            return index.query();
        }
    }

    /** Rebuilds the index from the records; returns the records that could not be read. */
    public List<ParseProblem> rebuild() throws IOException {
        return index.rebuild(store);
    }

    /** The run of the same tenant and suite that started last before {@code startedAt}. */
    public Optional<RunSummary> previousRun(String tenant, String suite, long startedAt) throws IOException {
        return query().previousRun(tenant, suite, startedAt);
    }

    /** Removes every run of a build (a deleted build): records and index lines. Returns how many. */
    public int removeBuild(long build) throws IOException {
        List<String> ids = new ArrayList<>();
        for (RunSummary s : query().newestFirst()) {
            if (s.build() == build) {
                ids.add(s.id());
            }
        }
        for (String id : ids) {
            index.remove(id);
            store.delete(id);
        }
        for (LiveRun running : live.list()) {
            if (running.build() == build) {
                live.finish(running.id());
            }
        }
        return ids.size();
    }

    /** The next free sequence number, for the command line: one more than the highest so far. */
    public long nextBuildNumber() throws IOException {
        return query().newestFirst().stream().mapToLong(RunSummary::build).max().orElse(0) + 1;
    }

    /**
     * A run id not used yet: {@code <build>-<tenant>-<suite>}, with {@code -2}, {@code -3}... when the same tenant
     * and suite run more than once in one build. Tenant keys and suite names are limited to id-safe characters.
     */
    public String newRunId(long build, TenantContext tenant) throws IOException {
        String base = baseRunId(build, tenant);
        String id = base;
        for (int n = 2; Files.exists(store.file(id)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The id of the first run of a tenant and suite in a build: {@code <build>-<tenant>-<suite>}, lower case. */
    public static String baseRunId(long build, TenantContext tenant) {
        return (build + "-" + tenant.key() + "-" + tenant.suite()).toLowerCase(Locale.ROOT);
    }

    /**
     * Reserves a run id for a run that has only started, as {@link #newRunId} names them, skipping ids that have a
     * record or are reserved already. The reservation is a file in {@value #RESERVED}/, created atomically, so
     * that runs starting at the same time (parallel branches, other threads or processes) never get the same id.
     * Release it with {@link #releaseRunId} once the record is saved (or the run is given up).
     */
    public String reserveRunId(long build, TenantContext tenant) throws IOException {
        String base = baseRunId(build, tenant);
        Path reserved = dir.resolve(RESERVED);
        Files.createDirectories(reserved);
        for (int n = 1; ; n++) {
            String id = n == 1 ? base : base + "-" + n;
            if (Files.exists(store.file(id))) {
                continue;
            }
            try {
                Files.createFile(reserved.resolve(id));
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            // A run that held this id may have saved its record and released the id in the meantime.
            if (Files.exists(store.file(id))) {
                Files.deleteIfExists(reserved.resolve(id));
                continue;
            }
            return id;
        }
    }

    /**
     * Gives up the reservation of a run id and its live-run marker (the run is recorded, or will not be); nothing
     * happens when there is none.
     */
    public void releaseRunId(String id) throws IOException {
        store.file(id); // refuses an id that could name a file elsewhere
        live.finish(id);
        Files.deleteIfExists(dir.resolve(RESERVED).resolve(id));
    }
}
