package io.jenkins.plugins.systemtest.engine.junit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the result-file glob ({@link AntGlob} through {@link ResultFileFinder}) over a real tree whose links point
 * inside, outside, in a loop and nowhere: a pattern is either refused with an {@link InvalidInputException} naming
 * the field {@code results}, or every file found is a relative path that, links resolved, stays inside the base.
 */
class ResultFileFinderFuzzTest {

    @TempDir
    static Path root;

    private static Path base;

    @BeforeAll
    static void buildTree() throws IOException {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("TEST-outside.xml"), "<testsuite/>");
        base = Files.createDirectories(root.resolve("workspace"));
        Path results = Files.createDirectories(base.resolve("build/test-results/nested/deep"));
        Files.writeString(base.resolve("TEST-top.xml"), "<testsuite/>");
        Files.writeString(base.resolve("build/test-results/TEST-b.xml"), "<testsuite/>");
        Files.writeString(results.resolve("TEST-c.xml"), "<testsuite/>");
        Files.writeString(base.resolve("build/bad\u0001name.xml"), "<testsuite/>");
        Files.createSymbolicLink(base.resolve("link-out-file.xml"), Path.of("../outside/TEST-outside.xml"));
        Files.createSymbolicLink(base.resolve("link-out-dir"), Path.of("../outside"));
        Files.createSymbolicLink(base.resolve("link-in-dir"), Path.of("build"));
        Files.createSymbolicLink(base.resolve("build/loop"), Path.of(".."));
        Files.createSymbolicLink(base.resolve("broken.xml"), Path.of("nowhere.xml"));
    }

    @FuzzTest(maxDuration = "2m")
    void shouldNeverFindAFileOutsideTheBase(byte[] data) throws IOException {
        String patterns = new String(data, StandardCharsets.UTF_8);
        ResultFiles found;
        try {
            found = new ResultFileFinder(base).find(patterns);
        } catch (InvalidInputException e) {
            assertThat(e.getField()).isEqualTo(AntGlob.FIELD);
            return;
        }
        Path realBase = base.toRealPath();
        for (Path p : found.files()) {
            assertThat(p.isAbsolute()).as(p.toString()).isFalse();
            Path resolved = base.resolve(p).normalize();
            assertThat(resolved).startsWith(base);
            assertThat(resolved.toRealPath()).startsWith(realBase);
            assertThat(p.toString()).doesNotContain("outside").doesNotContain("\u0001");
        }
    }
}
