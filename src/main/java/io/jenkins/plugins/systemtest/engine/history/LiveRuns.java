package io.jenkins.plugins.systemtest.engine.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.record.AtomicFiles;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The runs of one history that are running now: one small marker file per run in {@value #FOLDER}/, written
 * atomically when the run's block starts and deleted once its record is saved (record, then index line, then
 * marker). The index is never touched: it stays append-only, and a RUNNING row exists only as long as its marker.
 * A marker whose run is gone (the controller was killed, the build deleted) is settled by
 * {@code JobHistory#settleLiveRuns}: recorded ABORTED, then deleted. A crash at any point leaves either the marker
 * (settled later) or the record (the marker is then dropped), never a run that stays RUNNING for ever.
 */
public final class LiveRuns {

    /** The markers' folder in the history directory. */
    public static final String FOLDER = "running";

    private static final String SUFFIX = ".json";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,250}");

    private final Path dir;
    private final ObjectMapper mapper = new ObjectMapper();

    /** The markers of the history in {@code historyDir}. */
    public LiveRuns(Path historyDir) {
        this.dir = historyDir.resolve(FOLDER);
    }

    /** The markers' folder. */
    public Path directory() {
        return dir;
    }

    /** Marks a run as running (replacing an older marker of the same id). */
    public void start(LiveRun run) throws IOException {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", run.id());
        node.put("build", run.build());
        node.put("tenant", run.tenant());
        node.put("tenantName", run.tenantName());
        node.put("suite", run.suite());
        node.put("startedAt", run.startedAt());
        node.put("trigger", run.trigger());
        node.put("buildUrl", run.buildUrl());
        Files.createDirectories(dir);
        AtomicFiles.write(marker(run.id()), mapper.writeValueAsBytes(node));
    }

    /** Removes a run's marker; nothing happens when there is none. Returns whether there was one. */
    public boolean finish(String id) throws IOException {
        return Files.deleteIfExists(marker(id));
    }

    /** Whether a run has a marker. */
    public boolean isMarked(String id) {
        return Files.exists(marker(id));
    }

    /**
     * The marked runs, oldest first. A marker that cannot be read is reported to {@code problems} and left out
     * (it is kept on disk for a person to look at).
     */
    public List<LiveRun> list(Consumer<ParseProblem> problems) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<LiveRun> runs = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                if (f.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)) {
                    continue;
                }
                try {
                    runs.add(read(Files.readAllBytes(f)));
                } catch (NoSuchFileException e) {
                    // Finished while listing.
                } catch (IOException | RuntimeException e) {
                    problems.accept(new ParseProblem(f.toString(), 0, 0, "unreadable live-run marker: "
                            + e.getMessage()));
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        runs.sort(Comparator.comparingLong(LiveRun::startedAt).thenComparing(LiveRun::id));
        return runs;
    }

    /** The marked runs, oldest first; unreadable markers left out. */
    public List<LiveRun> list() throws IOException {
        return list(p -> { });
    }

    private LiveRun read(byte[] bytes) throws IOException {
        JsonNode n = mapper.readTree(bytes);
        if (n == null || !n.path("id").isTextual() || !n.path("tenant").isTextual()) {
            throw new IOException("no id or tenant");
        }
        return new LiveRun(n.path("id").asText(), n.path("build").asLong(), n.path("tenant").asText(),
                n.path("tenantName").asText(null), n.path("suite").asText(null), n.path("startedAt").asLong(),
                n.path("trigger").asText(""), n.path("buildUrl").asText(""));
    }

    private Path marker(String id) {
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a run id: " + id);
        }
        return dir.resolve(id + SUFFIX);
    }
}
