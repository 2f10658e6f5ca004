package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.record.AtomicFiles;
import io.jenkins.plugins.systemtest.engine.record.RunRecordFormatException;
import io.jenkins.plugins.systemtest.engine.record.RunRecordJson;
import io.jenkins.plugins.systemtest.engine.record.RunRecordStore;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The history index of one job: a JSON-lines file with one {@link RunSummary} per line, appended to at the end of
 * each run. Only complete lines are read, so a reader never sees half a write and a line torn by a crash is
 * ignored; the next append cuts it off first. Rewrites (remove, rebuild) replace the file atomically. Writers
 * are serialised by {@link IndexFileLock}; the last snapshot read is kept (softly) and only the lines added since
 * are parsed on the next {@link #load()}. Share one instance per file, see {@link HistoryIndexRegistry}.
 */
public final class HistoryIndex {

    /** The order {@link #rebuild} writes in: oldest first. */
    static final Comparator<RunSummary> CHRONOLOGICAL = Comparator.comparingLong(RunSummary::startedAt)
            .thenComparingLong(RunSummary::build).thenComparing(RunSummary::id);

    private static final int TAIL = 64;

    private final Path file;
    private final String name;
    private final RunRecordJson json;
    private final IndexFileLock lock;
    private SoftReference<Cache> cache = new SoftReference<>(null);

    /**
     * What the last read saw: the file (key, time, size), how far its complete lines go, the bytes just before that
     * point (to recognise the file) and what was read.
     */
    private record Cache(Object fileKey, FileTime modified, long size, long consumed, int lines, byte[] tail,
            List<ParseProblem> lineProblems, HistorySnapshot snapshot) {
    }

    public HistoryIndex(Path file) {
        this(file, new RunRecordJson());
    }

    public HistoryIndex(Path file, RunRecordJson json) {
        this.file = file.toAbsolutePath().normalize();
        this.name = this.file.toString();
        this.json = Objects.requireNonNull(json, "json");
        this.lock = new IndexFileLock(this.file.resolveSibling(this.file.getFileName() + ".lock"));
    }

    /** The index file. */
    public Path file() {
        return file;
    }

    /**
     * Reads the index: all complete lines, a line that cannot be read skipped and listed in
     * {@link HistorySnapshot#problems()}. A missing file is an empty index.
     *
     * @throws IOException naming the file when it cannot be read at all
     */
    public HistorySnapshot load() throws IOException {
        try (IndexFileLock.Held held = lock.shared()) {
            return loadHeld();
        }
    }

    /** The queries over the current index; see {@link HistorySnapshot#query()}. */
    public HistoryQuery query() throws IOException {
        return load().query();
    }

    /**
     * Reads the index, or rebuilds it from the records first when it is missing or cannot be read.
     *
     * @return the index; its problems include the records that could not be read when it was rebuilt
     */
    public HistorySnapshot openOrRebuild(RunRecordStore store) throws IOException {
        if (Files.exists(file)) {
            try {
                return load();
            } catch (IOException e) {
                // Unreadable: rebuilt below.
            }
        }
        List<ParseProblem> recordProblems = rebuild(store);
        HistorySnapshot loaded = load();
        if (recordProblems.isEmpty()) {
            return loaded;
        }
        List<ParseProblem> all = new ArrayList<>(recordProblems);
        all.addAll(loaded.problems());
        return new HistorySnapshot(loaded.summaries(), all);
    }

    /**
     * Appends one summary as one line and forces it to disk. An incomplete last line left by a crash is cut off
     * first. On failure (disk full, read-only) the file is left as it was.
     *
     * @throws IOException naming the file and the reason
     */
    public void append(RunSummary summary) throws IOException {
        byte[] body = json.toLine(summary);
        byte[] line = Arrays.copyOf(body, body.length + 1);
        line[body.length] = '\n';
        try (IndexFileLock.Held held = lockForWriting()) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                long size = ch.size();
                long end = size == 0 ? 0 : IndexLines.lastLineEnd(ch, size);
                if (end < size) {
                    ch.truncate(end);
                }
                try {
                    ByteBuffer bb = ByteBuffer.wrap(line);
                    while (bb.hasRemaining()) {
                        ch.write(bb, end + bb.position());
                    }
                    ch.force(true);
                } catch (IOException e) {
                    undo(ch, end);
                    throw e;
                }
                appended(end, line, summary);
            } catch (IOException e) {
                throw new IOException("Cannot append to the history index " + name + ": " + AtomicFiles.reason(e), e);
            }
        }
    }

    /**
     * Removes every line of one run, rewriting the file atomically. Lines that cannot be read are kept as they are.
     *
     * @return whether the run was in the index
     */
    public boolean remove(String id) throws IOException {
        try (IndexFileLock.Held held = lockForWriting()) {
            if (loadHeld().summaries().stream().noneMatch(s -> s.id().equals(id))) {
                return false;
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                AtomicFiles.write(file, out -> IndexLines.scan(ch, 0, 1, (buf, off, len, line) -> {
                    if (!id.equals(json.peekId(buf, off, len))) {
                        out.write(buf, off, len);
                        out.write('\n');
                    }
                }));
            } finally {
                cache.clear();
            }
            return true;
        }
    }

    /**
     * Replaces the whole index with these summaries, atomically, in the order given.
     *
     * @throws IOException naming the file; the previous index is then left as it was
     */
    public void replace(Collection<RunSummary> summaries) throws IOException {
        try (IndexFileLock.Held held = lockForWriting()) {
            replaceHeld(summaries);
        }
    }

    /**
     * Replaces the index, atomically, with the summaries of all readable records, oldest first. Appends wait
     * until it is done, so none is lost.
     *
     * @return the records that could not be read and are therefore missing from the index
     */
    public List<ParseProblem> rebuild(RunRecordStore store) throws IOException {
        try (IndexFileLock.Held held = lockForWriting()) {
            List<RunSummary> summaries = new ArrayList<>();
            List<ParseProblem> problems = store.readEach(r -> summaries.add(RunSummary.of(r)));
            summaries.sort(CHRONOLOGICAL);
            replaceHeld(summaries);
            return problems;
        }
    }

    private IndexFileLock.Held lockForWriting() throws IOException {
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("Cannot write the history index " + name + ": cannot create " + dir + ": "
                    + AtomicFiles.reason(e), e);
        }
        return lock.exclusive();
    }

    private void replaceHeld(Collection<RunSummary> summaries) throws IOException {
        try {
            AtomicFiles.write(file, out -> {
                for (RunSummary s : summaries) {
                    out.write(json.toLine(s));
                    out.write('\n');
                }
            });
        } finally {
            cache.clear();
        }
    }

    private static void undo(FileChannel ch, long end) {
        try {
            ch.truncate(end);
            ch.force(true);
        } catch (IOException e) {
            // The partial line has no line feed and is ignored by readers and cut off by the next append.
        }
    }

    /** Brings the cache up to date with a line just written at {@code start}, when it was up to date before. */
    private void appended(long start, byte[] line, RunSummary summary) {
        Cache c = cache.get();
        if (c == null || c.consumed != start) {
            return; // Still a valid prefix (or nothing): the next load reads the rest.
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            cache.clear(); // The line is written; the next load reads the file again.
            return;
        }
        if (!Objects.equals(attrs.fileKey(), c.fileKey)) {
            cache.clear();
            return;
        }
        List<RunSummary> all = new ArrayList<>(c.snapshot.summaries().size() + 1);
        all.addAll(c.snapshot.summaries());
        all.add(summary);
        byte[] joined = Arrays.copyOf(c.tail, c.tail.length + line.length);
        System.arraycopy(line, 0, joined, c.tail.length, line.length);
        byte[] tail = Arrays.copyOfRange(joined, Math.max(0, joined.length - TAIL), joined.length);
        cache = new SoftReference<>(new Cache(c.fileKey, attrs.lastModifiedTime(), attrs.size(), start + line.length,
                c.lines + 1, tail, c.lineProblems, new HistorySnapshot(all, c.lineProblems)));
    }

    private HistorySnapshot loadHeld() throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            cache.clear();
            return HistorySnapshot.empty();
        } catch (IOException e) {
            throw new IOException("Cannot read the history index " + name + ": " + AtomicFiles.reason(e), e);
        }
        if (!attrs.isRegularFile()) {
            throw new IOException("Cannot read the history index " + name + ": not a regular file");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Object key = attrs.fileKey();
            Cache c = cache.get();
            if (c != null && key != null && key.equals(c.fileKey) && attrs.size() >= c.consumed
                    && Arrays.equals(c.tail, IndexLines.before(ch, c.consumed, TAIL))) {
                if (attrs.size() == c.size && attrs.lastModifiedTime().equals(c.modified)) {
                    return c.snapshot;
                }
                return read(ch, attrs, c);
            }
            return read(ch, attrs, null);
        } catch (IOException e) {
            throw new IOException("Cannot read the history index " + name + ": " + AtomicFiles.reason(e), e);
        }
    }

    /** Reads from where {@code base} ended (or from the start) and caches the result. */
    private HistorySnapshot read(FileChannel ch, BasicFileAttributes attrs, Cache base) throws IOException {
        long from = base == null ? 0 : base.consumed;
        int firstLine = base == null ? 1 : base.lines + 1;
        List<RunSummary> all = new ArrayList<>(base == null ? List.of() : base.snapshot.summaries());
        List<ParseProblem> lineProblems = new ArrayList<>(base == null ? List.of() : base.lineProblems);
        IndexLines.Scan scan = IndexLines.scan(ch, from, firstLine, (buf, off, len, line) -> {
            try {
                all.add(json.readSummary(buf, off, len, name, line));
            } catch (RunRecordFormatException e) {
                lineProblems.add(e.problem());
            }
        });
        List<ParseProblem> shown = lineProblems;
        if (scan.tornBytes() > 0) {
            shown = new ArrayList<>(lineProblems);
            shown.add(new ParseProblem(name, firstLine + scan.lines(), 0, "the last line is incomplete ("
                    + scan.tornBytes() + " bytes, a write cut short) and is ignored; the next append removes it"));
        }
        HistorySnapshot snapshot = new HistorySnapshot(all, shown);
        long size = scan.end() + scan.tornBytes();
        byte[] tail = IndexLines.before(ch, scan.end(), TAIL);
        cache = new SoftReference<>(new Cache(attrs.fileKey(), attrs.lastModifiedTime(), size, scan.end(),
                firstLine - 1 + scan.lines(), tail, List.copyOf(lineProblems), snapshot));
        return snapshot;
    }
}
