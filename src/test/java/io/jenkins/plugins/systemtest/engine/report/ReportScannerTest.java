package io.jenkins.plugins.systemtest.engine.report;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportScannerTest {

    @TempDir
    Path root;

    private Path workspace() throws Exception {
        Path ws = Files.createDirectories(root.resolve("ws"));
        Path report = Files.createDirectories(ws.resolve("playwright-report/data"));
        Files.writeString(report.getParent().resolve("index.html"), "<html><script src=x.js></script></html>");
        Files.writeString(report.resolve("trace.json"), "{\"token\":\"hunter2\"}");
        Files.write(report.resolve("shot.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff});
        return ws;
    }

    @Test
    void shouldFindTheReportFilesAndSeeThatItNeedsJavaScript() throws Exception {
        ReportScan scan = new ReportScanner().scan(workspace(), new ReportSpec("Playwright", "playwright-report", null));

        assertThat(scan.files()).containsExactly("data/shot.png", "data/trace.json", "index.html");
        assertThat(scan.needsJavaScript()).isTrue();
        assertThat(scan.warnings()).isEmpty();
    }

    @Test
    void shouldNeverFollowLinksOutOfTheWorkspace() throws Exception {
        Path ws = workspace();
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("passwd"), "root:x:0:0");
        Path report = ws.resolve("playwright-report");
        Files.createSymbolicLink(report.resolve("passwd"), outside.resolve("passwd"));
        Files.createSymbolicLink(report.resolve("etc"), outside);
        Files.createSymbolicLink(report.resolve("inside.json"), report.resolve("data/trace.json"));

        ReportScan scan = new ReportScanner().scan(ws, new ReportSpec("Playwright", "playwright-report", null));

        assertThat(scan.files()).containsExactly("data/shot.png", "data/trace.json", "index.html", "inside.json");
        assertThat(scan.warnings()).containsExactlyInAnyOrder(
                "Report 'Playwright': skipped passwd because it links outside the workspace",
                "Report 'Playwright': skipped etc because it links to a directory, and links are not followed");
    }

    @Test
    void shouldRefuseAReportDirectoryThatIsALinkOutOfTheWorkspace() throws Exception {
        Path ws = workspace();
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("index.html"), "secret");
        Files.createSymbolicLink(ws.resolve("report"), outside);

        ReportScan scan = new ReportScanner().scan(ws, new ReportSpec("R", "report", null));

        assertThat(scan.files()).isEmpty();
        assertThat(scan.warnings()).singleElement().asString().contains("leads outside the workspace");
    }

    @Test
    void shouldSkipNamesWithControlCharacters() throws Exception {
        Path ws = workspace();
        Files.writeString(ws.resolve("playwright-report/bad\u001bname.html"), "x");

        ReportScan scan = new ReportScanner().scan(ws, new ReportSpec("Playwright", "playwright-report", null));

        assertThat(scan.files()).doesNotContain("bad\u001bname.html");
        assertThat(scan.warnings()).singleElement().asString().contains("bad\\u001bname.html")
                .contains("control characters");
    }

    @Test
    void shouldSayWhenTheDirectoryIsMissing() throws Exception {
        ReportScan scan = new ReportScanner().scan(workspace(), new ReportSpec("Cov", "coverage", "index.html"));

        assertThat(scan.isEmpty()).isTrue();
        assertThat(scan.warnings()).containsExactly("Report 'Cov': directory coverage does not exist, nothing archived");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside", "/etc", "a/../../b", "C:\\temp", "..\\x", "~/x", "a\u0007b"})
    void shouldRejectReportDirectoriesThatLeaveTheWorkspace(String dir) {
        assertThatThrownBy(() -> new ReportSpec("R", dir, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("reports.dir: ");
    }

    @Test
    void shouldReadTheCommandLineForm() {
        assertThat(ReportSpec.parse("Playwright=playwright-report:index.html"))
                .isEqualTo(new ReportSpec("Playwright", "playwright-report", "index.html"));
        assertThat(ReportSpec.parse("Coverage=build/cov")).isEqualTo(new ReportSpec("Coverage", "build/cov", null));
        assertThatThrownBy(() -> ReportSpec.parse("nodir")).hasMessageStartingWith("--report: ");
        assertThatThrownBy(() -> ReportSpec.parse("<b>=x")).hasMessageStartingWith("reports.name: ");
    }

    @Test
    void shouldCopyTheReportAndMaskSecretsInTextFilesOnly() throws Exception {
        Path ws = workspace();
        ReportScan scan = new ReportScanner().scan(ws, new ReportSpec("Playwright", "playwright-report", null));
        Path archive = root.resolve("archive");

        ReportLink link = new ReportCopier(new SecretMasker(List.of("hunter2"))).copy(ws, scan, archive,
                "acme/e2e/Playwright");

        assertThat(link.files()).isEqualTo(3);
        assertThat(link.needsJavaScript()).isTrue();
        Path copied = archive.resolve("acme/e2e/Playwright");
        assertThat(Files.readString(copied.resolve("data/trace.json"))).isEqualTo("{\"token\":\"****\"}");
        assertThat(Files.readAllBytes(copied.resolve("data/shot.png")))
                .isEqualTo(Files.readAllBytes(ws.resolve("playwright-report/data/shot.png")));
    }
}
