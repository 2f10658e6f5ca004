package io.jenkins.plugins.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the facts about the real Jenkins API ({@code shared/jenkins-api}) and the compiled declarations
 * ({@code target/jenkins-api-classes}), and loads the declared classes.
 */
final class SharedJenkinsApi {
    static final String SIGNATURES = "signatures.txt";

    private SharedJenkinsApi() {
    }

    /** The folder with signatures.txt: system property {@code sharedJenkinsApi}, else upward from the work dir. */
    static Path directory() {
        return locate(System.getProperty("sharedJenkinsApi"), Path.of("").toAbsolutePath());
    }

    /** Looks in {@code configured}, then in {@code shared/jenkins-api} of {@code start} and each parent. */
    static Path locate(String configured, Path start) {
        List<Path> tried = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            Path candidate = Path.of(configured).toAbsolutePath().normalize();
            tried.add(candidate);
            if (Files.isRegularFile(candidate.resolve(SIGNATURES))) {
                return candidate;
            }
        }
        // The project folder and its parent only: CI keeps shared/ beside the repository; looking further up
        // would find any shared/ folder of the machine's (a /tmp/shared left by someone) instead of failing.
        Path project = start.toAbsolutePath().normalize();
        for (Path dir : project.getParent() == null ? List.of(project) : List.of(project, project.getParent())) {
            Path candidate = dir.resolve("shared").resolve("jenkins-api");
            tried.add(candidate);
            if (Files.isRegularFile(candidate.resolve(SIGNATURES))) {
                return candidate;
            }
        }
        throw new AssertionError("Cannot check the Jenkins API declarations: " + SIGNATURES + " of the real"
                + " Jenkins API not found in " + tried + ". Set the system property sharedJenkinsApi to the folder"
                + " holding signatures.txt and classes.txt (CI keeps it in shared/jenkins-api beside the repository).");
    }

    /** The folder the {@code jenkins-api-declarations} compiler execution writes. */
    static Path declarationClasses() {
        String configured = System.getProperty("jenkinsApiClasses");
        Path dir = configured == null || configured.isBlank()
                ? Path.of("target", "jenkins-api-classes").toAbsolutePath()
                : Path.of(configured);
        if (!Files.isDirectory(dir)) {
            throw new AssertionError("Compiled Jenkins API declarations not found in " + dir
                    + " (run the build through the process-classes phase first)");
        }
        return dir;
    }

    /** Every class compiled into {@code dir}, loaded (not initialized) through {@code loader}, sorted by name. */
    static List<Class<?>> loadAll(Path dir, ClassLoader loader) throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String relative = dir.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".");
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                try {
                    classes.add(Class.forName(name, false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("Cannot load declared class " + name + " from " + file + ": " + e, e);
                }
            }
        }
        return classes;
    }

    /** A loader that prefers the classes in {@code dir} over same-named ones of {@code parent}. */
    static URLClassLoader childFirst(Path dir, ClassLoader parent) {
        try {
            return new URLClassLoader(new URL[] {dir.toUri().toURL()}, parent) {
                @Override
                protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> type = findLoadedClass(name);
                        if (type == null) {
                            try {
                                type = findClass(name);
                            } catch (ClassNotFoundException e) {
                                return super.loadClass(name, resolve);
                            }
                        }
                        if (resolve) {
                            resolveClass(type);
                        }
                        return type;
                    }
                }
            };
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
