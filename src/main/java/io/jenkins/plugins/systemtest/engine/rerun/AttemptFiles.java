package io.jenkins.plugins.systemtest.engine.rerun;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.systemtest.engine.junit.ResultFileFinder;
import io.jenkins.plugins.systemtest.engine.junit.ResultFiles;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.run.CollectedResults;
import io.jenkins.plugins.systemtest.engine.run.ResultCollector;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Keeps each attempt's result files apart, so that a rerun that writes the same files never overwrites the
 * evidence of the attempt before it: right after an attempt, the result files it wrote are copied into
 * {@code <attempts>/<n>/results/} (same relative paths), and only those copies are read for the attempt.
 *
 * <p>A file belongs to attempt n when it was modified after the attempt started (with the usual slack for coarse
 * file system clocks) and, from the second attempt on, when it changed since the attempt before (modification
 * time, size or content): so a file the first attempt wrote a moment before the rerun started is not counted again
 * for the rerun. Each attempt leaves a list of the stamps of every matching file ({@value #STAMPS}) for the next.
 */
public final class AttemptFiles {

    /** Below an attempt's folder: the kept result files. */
    public static final String RESULTS = "results";
    /** Below an attempt's folder: the stamps of the matching files when the attempt was kept. */
    public static final String STAMPS = "stamps.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> STAMP_MAP = new TypeReference<>() {
    };

    private final Path workspace;
    private final Path attemptsDir;
    private final ResultCollector collector;

    /**
     * @param workspace   where the suite runs and the globs start
     * @param attemptsDir the run's attempts folder; must be one the collector leaves out when it is in the workspace
     * @param collector   the collector (with its left-out folders) that reads the kept files
     */
    public AttemptFiles(Path workspace, Path attemptsDir, ResultCollector collector) {
        this.workspace = workspace.toAbsolutePath().normalize();
        this.attemptsDir = attemptsDir.toAbsolutePath().normalize();
        this.collector = collector;
    }

    /** The folder of attempt {@code n}: its kept results, its stamps, the rerun files written after it. */
    public Path dir(int n) {
        return attemptsDir.resolve(Integer.toString(n));
    }

    /**
     * Copies attempt {@code n}'s result files into its folder.
     *
     * @param notBefore when the attempt started (epoch ms, this machine's clock)
     * @return what was left out and why, one sentence each
     */
    public List<String> keep(int n, String glob, long notBefore) throws IOException {
        Map<String, String> before = n > 1 ? stamps(n - 1) : Map.of();
        Path target = dir(n).resolve(RESULTS);
        Files.createDirectories(target);
        ResultFiles files = new ResultFileFinder(workspace).find(glob);
        Map<String, String> now = new TreeMap<>();
        int old = 0;
        int unchanged = 0;
        for (Path file : files.files()) {
            if (collector.isExcluded(file)) {
                continue;
            }
            Path source = workspace.resolve(file);
            String name = file.toString().replace('\\', '/');
            long modified = Files.getLastModifiedTime(source).toMillis();
            String stamp = modified + ":" + Files.size(source) + ":" + crc(source);
            now.put(name, stamp);
            if (notBefore > 0 && modified < notBefore - ResultCollector.MTIME_SLACK_MILLIS) {
                old++;
            } else if (stamp.equals(before.get(name))) {
                unchanged++;
            } else {
                Path copy = target.resolve(name).normalize();
                if (!copy.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.write(dir(n).resolve(STAMPS), MAPPER.writeValueAsBytes(now));
        List<String> notes = new ArrayList<>();
        if (old > 0) {
            notes.add("Attempt " + n + ": " + old + " result file(s) matching '" + glob + "' were written before the "
                    + "attempt started and were left out");
        }
        if (unchanged > 0) {
            notes.add("Attempt " + n + ": " + unchanged + " result file(s) matching '" + glob + "' were not rewritten "
                    + "since attempt " + (n - 1) + " and were left out (they are that attempt's)");
        }
        return notes;
    }

    /** Reads attempt {@code n}'s kept result files (secrets masked); paths are the workspace's. */
    public ParsedResults read(int n, String glob, SecretMasker masker) throws IOException {
        Path results = dir(n).resolve(RESULTS);
        if (!Files.isDirectory(results)) {
            return ParsedResults.empty();
        }
        CollectedResults collected = new ResultCollector().collect(results, glob, List.of(), 0, masker);
        return collected.results();
    }

    private Map<String, String> stamps(int n) throws IOException {
        Path file = dir(n).resolve(STAMPS);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Map<String, String> read = MAPPER.readValue(Files.readAllBytes(file), STAMP_MAP);
        return read == null ? Map.of() : read;
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int r = in.read(buf); r > 0; r = in.read(buf)) {
                crc.update(buf, 0, r);
            }
        }
        return crc.getValue();
    }
}
