package io.jenkins.plugins.systemtest.engine.record;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The run records of one job: one JSON file per run, {@code <id>.json}, in one directory. Writes are atomic
 * ({@link AtomicFiles}); an id can never name a file outside the directory; record files that are symbolic links
 * are not followed. A corrupt record is reported and skipped by the operations that go over all records.
 */
public final class RunRecordStore {

    /** The longest id accepted, so that the file name stays within common file system limits. */
    public static final int MAX_ID_LENGTH = 200;

    private static final String SUFFIX = ".json";

    private final Path dir;
    private final RunRecordJson json;

    public RunRecordStore(Path dir) {
        this(dir, new RunRecordJson());
    }

    public RunRecordStore(Path dir, RunRecordJson json) {
        this.dir = dir.toAbsolutePath().normalize();
        this.json = json;
    }

    /** The directory the records are in. */
    public Path directory() {
        return dir;
    }

    /** Whether an id can name a record: 1 to 200 of {@code [A-Za-z0-9._-]}, not starting with '.'. */
    public static boolean isValidId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH || id.charAt(0) == '.') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The file of a record. */
    public Path file(String id) {
        if (!isValidId(id)) {
            throw new InvalidInputException("id", "'" + printable(id) + "' is not a valid run id: use 1 to "
                    + MAX_ID_LENGTH + " letters, digits, '.', '_' or '-', not starting with '.'");
        }
        Path file = dir.resolve(id + SUFFIX).normalize();
        if (!dir.equals(file.getParent())) {
            throw new InvalidInputException("id", "'" + id + "' would leave the runs directory");
        }
        return file;
    }

    /** Writes (or replaces) a record atomically, creating the directory when needed; returns its file. */
    public Path write(RunRecord record) throws IOException {
        Path file = file(record.id());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("Cannot create the runs directory " + dir + ": " + AtomicFiles.reason(e), e);
        }
        AtomicFiles.write(file, json.toJson(record));
        return file;
    }

    /**
     * Reads a record.
     *
     * @return the record, or empty when there is none with this id
     * @throws RunRecordFormatException when the file is not a readable record (naming file, line and column)
     * @throws IOException              when the file cannot be read, or is a symbolic link
     */
    public Optional<RunRecord> read(String id) throws IOException {
        Path file = file(id);
        byte[] bytes;
        try (SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                InputStream in = Channels.newInputStream(ch)) {
            bytes = in.readAllBytes();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IOException("Cannot read the run record " + file + ": " + AtomicFiles.reason(e), e);
        }
        return Optional.of(json.readRecord(bytes, file.toString()));
    }

    /** The ids of all records, sorted; temporary files and other files are left out. */
    public List<String> list() throws IOException {
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return ids;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    String id = name.substring(0, name.length() - SUFFIX.length());
                    if (isValidId(id)) {
                        ids.add(id);
                    }
                }
            }
        } catch (IOException e) {
            throw new IOException("Cannot list the runs directory " + dir + ": " + AtomicFiles.reason(e), e);
        }
        Collections.sort(ids);
        return ids;
    }

    /**
     * Reads every record in turn. A record that cannot be read is skipped and reported; one that vanished since
     * the listing is skipped silently.
     *
     * @return the records that could not be read, each with file, line and column where known
     * @throws IOException only when the directory itself cannot be listed
     */
    public List<ParseProblem> readEach(Consumer<RunRecord> action) throws IOException {
        List<ParseProblem> problems = new ArrayList<>();
        for (String id : list()) {
            try {
                read(id).ifPresent(action);
            } catch (RunRecordFormatException e) {
                problems.add(e.problem());
            } catch (IOException e) {
                IOException why = e.getCause() instanceof IOException c ? c : e;
                problems.add(new ParseProblem(file(id).toString(), 0, 0, AtomicFiles.reason(why)));
            }
        }
        return problems;
    }

    /** Deletes a record; returns whether there was one. */
    public boolean delete(String id) throws IOException {
        Path file = file(id);
        boolean deleted;
        try {
            deleted = Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IOException("Cannot delete the run record " + file + ": " + AtomicFiles.reason(e), e);
        }
        if (deleted) {
            AtomicFiles.forceDirectory(dir);
        }
        return deleted;
    }

    private static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 80; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return s.length() > 80 ? b + "..." : b.toString();
    }
}
