package io.jenkins.plugins.systemtest.engine.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the files of a report directory that may be archived: regular files inside the workspace. Symbolic links
 * are followed only to files that stay inside the workspace; linked directories are never followed; names with
 * control characters are skipped. Each skipped entry becomes a warning.
 */
public final class ReportScanner {

    /** The most files one report may have. */
    public static final int MAX_FILES = 200_000;

    private static final int SCRIPT_SNIFF_BYTES = 512 * 1024;

    /** Scans {@code spec.dir()} below {@code workspace}. */
    public ReportScan scan(Path workspace, ReportSpec spec) throws IOException {
        Path base = workspace.toAbsolutePath().normalize();
        Path dir = base.resolve(spec.dir()).normalize();
        List<String> warnings = new ArrayList<>();
        if (!dir.startsWith(base) || !Files.exists(dir)) {
            warnings.add("Report '" + spec.name() + "': directory " + spec.dir() + " does not exist, nothing archived");
            return new ReportScan(spec, List.of(), 0, false, warnings);
        }
        if (!WorkspacePaths.isInside(base, dir)) {
            warnings.add("Report '" + spec.name() + "': directory " + spec.dir() + " leads outside the workspace "
                    + "(symbolic link), nothing archived");
            return new ReportScan(spec, List.of(), 0, false, warnings);
        }
        if (!Files.isDirectory(dir)) {
            warnings.add("Report '" + spec.name() + "': " + spec.dir() + " is not a directory, nothing archived");
            return new ReportScan(spec, List.of(), 0, false, warnings);
        }
        Path realDir = dir.toRealPath();
        List<String> files = new ArrayList<>();
        long[] bytes = {0};
        Files.walkFileTree(realDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (!d.equals(realDir) && hasControl(d.getFileName().toString())) {
                    warnings.add(skip(spec, realDir, d, "its name contains control characters"));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                String rel = realDir.relativize(f).toString().replace('\\', '/');
                if (hasControl(f.getFileName().toString())) {
                    warnings.add(skip(spec, realDir, f, "its name contains control characters"));
                } else if (attrs.isSymbolicLink()) {
                    if (Files.isDirectory(f)) {
                        warnings.add(skip(spec, realDir, f, "it links to a directory, and links are not followed"));
                    } else if (!WorkspacePaths.isInside(base, f)) {
                        warnings.add(skip(spec, realDir, f, "it links outside the workspace"));
                    } else if (Files.isRegularFile(f)) {
                        files.add(rel);
                        bytes[0] += Files.size(f);
                    }
                } else if (attrs.isRegularFile()) {
                    files.add(rel);
                    bytes[0] += attrs.size();
                }
                if (files.size() > MAX_FILES) {
                    warnings.add("Report '" + spec.name() + "': more than " + MAX_FILES + " files, the rest skipped");
                    return FileVisitResult.TERMINATE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                warnings.add(skip(spec, realDir, f, "it cannot be read (" + e.getMessage() + ")"));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        if (files.isEmpty()) {
            warnings.add("Report '" + spec.name() + "': directory " + spec.dir() + " has no files, nothing archived");
        } else if (!files.contains(spec.index())) {
            warnings.add("Report '" + spec.name() + "': the index page " + spec.index() + " is not in " + spec.dir());
        }
        boolean js = files.contains(spec.index()) && loadsScripts(realDir.resolve(spec.index()));
        return new ReportScan(spec, files, bytes[0], js, warnings);
    }

    private static String skip(ReportSpec spec, Path dir, Path f, String why) {
        return "Report '" + spec.name() + "': skipped " + WorkspacePaths.printable(dir.relativize(f).toString())
                + " because " + why;
    }

    private static boolean hasControl(String name) {
        return name.chars().anyMatch(Character::isISOControl);
    }

    private static boolean loadsScripts(Path index) {
        try (InputStream in = Files.newInputStream(index)) {
            String head = new String(in.readNBytes(SCRIPT_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            return head.toLowerCase(Locale.ROOT).contains("<script");
        } catch (IOException e) {
            return false;
        }
    }
}
