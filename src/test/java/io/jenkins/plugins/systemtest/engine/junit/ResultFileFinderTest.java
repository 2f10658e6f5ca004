package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultFileFinderTest {

    @TempDir
    Path workspace;
    @TempDir
    Path elsewhere;

    private List<String> find(String patterns) {
        return new ResultFileFinder(workspace).find(patterns).files().stream().map(Path::toString).toList();
    }

    private void touch(String... paths) throws IOException {
        for (String p : paths) {
            Path f = workspace.resolve(p);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "<testsuite/>");
        }
    }

    @Test
    void shouldFindGradleAndSurefireLayoutsInSortedOrder() throws IOException {
        touch("build/test-results/test/TEST-b.xml", "build/test-results/test/TEST-a.xml",
                "build/test-results/integrationTest/TEST-c.xml", "build/test-results/test/binary/output.bin",
                "target/surefire-reports/TEST-com.acme.XTest.xml", "target/surefire-reports/com.acme.XTest.txt");

        assertThat(find("build/test-results/**/*.xml")).containsExactly(
                "build/test-results/integrationTest/TEST-c.xml", "build/test-results/test/TEST-a.xml",
                "build/test-results/test/TEST-b.xml");
        assertThat(find("**/TEST-*.xml")).containsExactly("build/test-results/integrationTest/TEST-c.xml",
                "build/test-results/test/TEST-a.xml", "build/test-results/test/TEST-b.xml",
                "target/surefire-reports/TEST-com.acme.XTest.xml");
    }

    @Test
    void shouldTakeACommaSeparatedListWithoutDuplicates() throws IOException {
        touch("junit.xml", "reports/e2e.xml", "reports/api.xml");

        assertThat(find(" reports/*.xml , junit.xml,reports/e2e.xml,")).containsExactly("junit.xml",
                "reports/api.xml", "reports/e2e.xml");
    }

    @Test
    void shouldMatchSingleStarsWithinOneFolderOnly() throws IOException {
        touch("junit.xml", "sub/junit.xml", "a/b/c/junit.xml");

        assertThat(find("*.xml")).containsExactly("junit.xml");
        assertThat(find("*/junit.xml")).containsExactly("sub/junit.xml");
        assertThat(find("a/**/junit.xml")).containsExactly("a/b/c/junit.xml");
        assertThat(find("a/")).containsExactly("a/b/c/junit.xml");
        assertThat(find("**/jun?t.xml")).containsExactly("a/b/c/junit.xml", "junit.xml", "sub/junit.xml");
        assertThat(find("**/JUNIT.xml")).as("case-sensitive").isEmpty();
        assertThat(find("a\\b\\**\\*.xml")).as("backslashes read as slashes").containsExactly("a/b/c/junit.xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../other/*.xml", "reports/../../*.xml", "/etc/*.xml", "C:/results/*.xml",
            "C:\\results\\*.xml", "\\\\server\\share\\*.xml", "**/..", "reports/\n*.xml", "", " , "})
    void shouldRefusePatternsThatCouldLeaveTheWorkspace(String pattern) {
        assertThatThrownBy(() -> new ResultFileFinder(workspace).find(pattern))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("results: ")
                .satisfies(e -> assertThat(((InvalidInputException) e).getField()).isEqualTo("results"));
    }

    @Test
    void shouldSkipAndReportSymlinksThatLeaveTheWorkspace() throws IOException {
        touch("reports/TEST-inside.xml");
        Files.writeString(elsewhere.resolve("TEST-secret.xml"), "<testsuite/>");
        Files.createSymbolicLink(workspace.resolve("reports/TEST-link.xml"), elsewhere.resolve("TEST-secret.xml"));
        Files.createSymbolicLink(workspace.resolve("reports/outside"), elsewhere);
        Files.createSymbolicLink(workspace.resolve("reports/unrelated.txt"), elsewhere.resolve("TEST-secret.xml"));

        ResultFiles found = new ResultFileFinder(workspace).find("**/*.xml");

        assertThat(found.files()).extracting(Path::toString).containsExactly("reports/TEST-inside.xml");
        assertThat(found.skipped()).extracting(ParseProblem::file)
                .containsExactly("reports/TEST-link.xml", "reports/outside");
        assertThat(found.warnings()).allSatisfy(w -> assertThat(w).contains("outside the results directory"));
    }

    @Test
    void shouldFollowSymlinksThatStayInsideTheWorkspaceWithoutLooping() throws IOException {
        touch("real/TEST-a.xml", "real/deeper/TEST-b.xml");
        Files.createSymbolicLink(workspace.resolve("real/deeper/loop"), workspace.resolve("real"));
        Files.createSymbolicLink(workspace.resolve("zlink.xml"), workspace.resolve("real/TEST-a.xml"));

        ResultFiles found = new ResultFileFinder(workspace).find("**/*.xml");

        assertThat(found.files()).extracting(Path::toString)
                .containsExactly("real/TEST-a.xml", "real/deeper/TEST-b.xml", "zlink.xml");
        assertThat(found.skipped()).isEmpty();
    }

    @Test
    void shouldSkipAndReportNamesWithControlCharacters() throws IOException {
        touch("reports/TEST-ok.xml", "reports/TEST-bad\nname.xml");

        ResultFiles found = new ResultFileFinder(workspace).find("reports/*.xml");

        assertThat(found.files()).extracting(Path::toString).containsExactly("reports/TEST-ok.xml");
        assertThat(found.skipped()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("reports/TEST-bad\\u000aname.xml");
            assertThat(p.message()).contains("control characters");
        });
    }

    @Test
    void shouldReportAMissingBaseDirectoryInsteadOfFailing() {
        ResultFiles found = new ResultFileFinder(workspace.resolve("missing")).find("**/*.xml");

        assertThat(found.files()).isEmpty();
        assertThat(found.warnings()).singleElement().asString().contains("does not exist");
    }

    @Test
    void shouldNotEnterFoldersNoPatternCanReach() throws IOException {
        touch("reports/TEST-a.xml");
        Path locked = workspace.resolve("node_modules/pkg");
        Files.createDirectories(locked);
        Files.writeString(locked.resolve("TEST-x.xml"), "<testsuite/>");
        Files.createSymbolicLink(workspace.resolve("node_modules/escape"), elsewhere);

        ResultFiles found = new ResultFileFinder(workspace).find("reports/*.xml");

        assertThat(found.files()).extracting(Path::toString).containsExactly("reports/TEST-a.xml");
        assertThat(found.skipped()).as("the link out is never looked at").isEmpty();
    }
}
