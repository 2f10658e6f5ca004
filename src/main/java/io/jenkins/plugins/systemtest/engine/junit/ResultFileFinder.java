package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds result files under a base directory by Ant-style patterns ({@link AntGlob}) without ever leaving it:
 * patterns with {@code ..} or an absolute path are refused, links are followed only when they resolve inside the
 * base directory (each one that does not is reported and skipped), names with control characters are reported and
 * skipped, and directories no pattern can reach are not entered. The order is sorted and does not depend on the
 * file system.
 */
public final class ResultFileFinder {

    private final Path baseDir;

    public ResultFileFinder(Path baseDir) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
    }

    /**
     * Checks the comma-separated patterns without looking at any file, so that a bad pattern is reported before the
     * tests run rather than after.
     *
     * @throws InvalidInputException (field {@code results}) for an empty, absolute or {@code ..} pattern
     */
    public static void check(String patterns) {
        AntGlob.compile(patterns);
    }

    /**
     * Finds the files the comma-separated patterns select.
     *
     * @throws InvalidInputException (field {@code results}) for an empty, absolute or {@code ..} pattern
     */
    public ResultFiles find(String patterns) {
        AntGlob glob = AntGlob.compile(patterns);
        List<ParseProblem> skipped = new ArrayList<>();
        Path realBase;
        try {
            realBase = baseDir.toRealPath();
        } catch (IOException e) {
            skipped.add(new ParseProblem("", 0, 0, "the results directory " + baseDir + " does not exist or cannot "
                    + "be read: " + e.getMessage()));
            return new ResultFiles(List.of(), skipped);
        }
        Map<String, Path> found = new TreeMap<>(Comparator.naturalOrder());
        Set<Path> visited = new HashSet<>();
        visited.add(realBase);
        Deque<List<String>> dirs = new ArrayDeque<>();
        dirs.push(List.of());
        while (!dirs.isEmpty()) {
            List<String> dir = dirs.pop();
            for (Path entry : list(baseDir.resolve(String.join("/", dir)), dir, skipped)) {
                List<String> segments = append(dir, entry.getFileName().toString());
                visit(entry, segments, glob, realBase, visited, dirs, found, skipped);
            }
        }
        skipped.sort(Comparator.comparing(ParseProblem::file));
        return new ResultFiles(new ArrayList<>(found.values()), skipped);
    }

    private void visit(Path entry, List<String> segments, AntGlob glob, Path realBase, Set<Path> visited,
            Deque<List<String>> dirs, Map<String, Path> found, List<ParseProblem> skipped) {
        String name = String.join("/", segments);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return;
        }
        boolean link = attrs.isSymbolicLink();
        // A link is judged by what it points to (a stat only, nothing is read), so that links elsewhere in the
        // workspace that no pattern selects raise no warning.
        boolean directory = link ? Files.isDirectory(entry) : attrs.isDirectory();
        boolean file = link ? Files.isRegularFile(entry) : attrs.isRegularFile();
        boolean relevant = directory ? glob.couldMatchBelow(segments) : glob.matches(segments);
        if (!relevant || !(directory || file || link)) {
            return;
        }
        if (hasControl(segments.get(segments.size() - 1))) {
            skipped.add(new ParseProblem(Printable.of(name), 0, 0,
                    "the name contains control characters; skipped"));
            return;
        }
        Path real = entry;
        if (link || directory) {
            try {
                real = entry.toRealPath();
            } catch (IOException e) {
                skipped.add(new ParseProblem(name, 0, 0, link ? "is a broken symbolic link; skipped"
                        : "cannot be resolved: " + e.getMessage()));
                return;
            }
        }
        if (link && !real.startsWith(realBase)) {
            skipped.add(new ParseProblem(name, 0, 0, "is a symbolic link to " + real
                    + ", outside the results directory; skipped"));
            return;
        }
        if (directory) {
            // Each directory once, under the first name met in sorted order: no loops through links.
            if (visited.add(real)) {
                dirs.push(segments);
            }
        } else if (file) {
            found.put(name, Path.of(name));
        }
    }

    private static List<Path> list(Path dir, List<String> segments, List<ParseProblem> skipped) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
            entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            skipped.add(new ParseProblem(String.join("/", segments), 0, 0, "cannot be listed: " + e.getMessage()));
        }
        return entries;
    }

    private static List<String> append(List<String> dir, String name) {
        List<String> s = new ArrayList<>(dir.size() + 1);
        s.addAll(dir);
        s.add(name);
        return s;
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The path relative to the base, {@code /}-separated, as results and problems name it. */
    static String relativeName(Path base, Path file) {
        Path rel = file.startsWith(base) ? base.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }
}
