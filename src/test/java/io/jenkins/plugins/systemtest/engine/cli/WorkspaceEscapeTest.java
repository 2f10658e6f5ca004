package io.jenkins.plugins.systemtest.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.report.ReportCopier;
import io.jenkins.plugins.systemtest.engine.report.ReportScan;
import io.jenkins.plugins.systemtest.engine.report.ReportSpec;
import io.jenkins.plugins.systemtest.engine.run.CollectedResults;
import io.jenkins.plugins.systemtest.engine.run.ResultCollector;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Result globs and report directories that try to leave the workspace: {@code ..}, absolute paths, symbolic links
 * to a file or a directory outside, names with control characters. Each is refused (bad input) or skipped with a
 * message, and no byte of the sentinel files outside the workspace reaches the results, the archive or the output
 * directory, through the engine ({@link ResultCollector}, {@link ReportCopier}) and through the command line.
 */
class WorkspaceEscapeTest {

    private static final String SENTINEL = "SENTINEL-" + UUID.randomUUID();

    private static final String LEAK_XML = "<testsuite name=\"Leak\" tests=\"1\"><testcase classname=\"Leak\" name=\""
            + SENTINEL + "\"><system-out>" + SENTINEL + "</system-out></testcase></testsuite>";
    private static final String OK_XML = "<testsuite name=\"com.acme.OkIT\" tests=\"1\"><testcase classname="
            + "\"com.acme.OkIT\" name=\"shouldWork\" time=\"0.1\"/></testsuite>";

    @TempDir
    Path root;

    private Path outside;
    private Path ws;

    @BeforeEach
    void buildTree() throws IOException {
        outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("TEST-leak.xml"), LEAK_XML);
        Files.writeString(outside.resolve("secret.html"), "<p>" + SENTINEL + "</p>");
        Files.createDirectories(outside.resolve("report"));
        Files.writeString(outside.resolve("report/index.html"), "<h1>" + SENTINEL + "</h1>");

        ws = Files.createDirectories(root.resolve("workspace"));
        Path results = Files.createDirectories(ws.resolve("results"));
        Files.createSymbolicLink(results.resolve("TEST-link-file.xml"), Path.of("../../outside/TEST-leak.xml"));
        Files.createSymbolicLink(results.resolve("TEST-absolute-link.xml"), outside.resolve("TEST-leak.xml"));
        Files.createSymbolicLink(results.resolve("linked"), Path.of("../../outside"));
        Files.writeString(results.resolve("TEST-bad\u0007name.xml"), OK_XML);
        Path report = Files.createDirectories(ws.resolve("report"));
        Files.writeString(report.resolve("index.html"), "<h1>Report</h1>");
        Files.createSymbolicLink(report.resolve("leak.html"), outside.resolve("secret.html"));
        Files.createSymbolicLink(report.resolve("linked-dir"), Path.of("../../outside/report"));
        Files.writeString(report.resolve("bad\nname.html"), "<p>odd name</p>");
        Files.createSymbolicLink(ws.resolve("linked-report"), Path.of("../outside/report"));
        Files.writeString(ws.resolve("ok.xml.txt"), OK_XML);
    }

    @Test
    void shouldSkipLinksOutAndOddNamesInTheCollectorAndArchiveNothingFromOutside() throws Exception {
        Files.writeString(ws.resolve("results/TEST-ok.xml"), OK_XML);
        List<ReportSpec> reports = List.of(new ReportSpec("Main", "report", null),
                new ReportSpec("Linked", "linked-report", null));

        CollectedResults collected = new ResultCollector().collect(ws, "results/**/*.xml, **/TEST-*.xml", reports,
                0, SecretMasker.NONE);

        assertThat(collected.results().files()).containsExactly("results/TEST-ok.xml");
        assertThat(collected.results().tests()).extracting(t -> t.name()).containsExactly("shouldWork");
        assertThat(collected.results().problems()).extracting(ParseProblem::message)
                .anyMatch(m -> m.startsWith("is a symbolic link to ") && m.endsWith("outside the results directory; "
                        + "skipped"))
                .contains("the name contains control characters; skipped");
        assertThat(collected.results().problems()).extracting(ParseProblem::file)
                .contains("results/TEST-link-file.xml", "results/TEST-absolute-link.xml", "results/linked",
                        "results/TEST-bad\\u0007name.xml");
        assertThat(collected.warnings())
                .contains("Report 'Main': skipped leak.html because it links outside the workspace",
                        "Report 'Main': skipped linked-dir because it links to a directory, and links are not followed",
                        "Report 'Main': skipped bad\\u000aname.html because its name contains control characters",
                        "Report 'Linked': directory linked-report leads outside the workspace (symbolic link), "
                                + "nothing archived");
        assertThat(collected.toString()).doesNotContain(SENTINEL);

        Path archive = Files.createDirectories(root.resolve("archive"));
        List<ReportLink> links = new ArrayList<>();
        for (ReportScan scan : collected.reports()) {
            links.add(new ReportCopier(SecretMasker.NONE).copy(ws, scan, archive, "reports/" + scan.spec().name()));
        }
        assertThat(links).extracting(ReportLink::files).containsExactly(1, 0);
        assertThat(archive.resolve("reports/Main/index.html")).hasContent("<h1>Report</h1>");
        assertNoSentinelBelow(archive);
    }

    @Test
    void shouldRefuseGlobsAndReportDirectoriesThatLeaveTheWorkspace() {
        ResultCollector collector = new ResultCollector();
        for (String glob : List.of("../outside/*.xml", "results/../../outside/*.xml", outside + "/*.xml",
                "..\\outside\\*.xml", "C:\\outside\\*.xml", "results/\u0000*.xml")) {
            assertThatThrownBy(() -> collector.collect(ws, glob, List.of(), 0, SecretMasker.NONE)).as(glob)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).getField()).isEqualTo("results"));
        }
        for (String dir : List.of("../outside", "report/../../outside", outside.toString(), "~/outside",
                "..\\outside", "rep\u0001ort")) {
            assertThatThrownBy(() -> new ReportSpec("Main", dir, null)).as(dir)
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("reports.dir: ");
        }
        assertThatThrownBy(() -> new ReportSpec("Main", "report", "../../outside/secret.html"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("reports.index: ");
    }

    @Test
    void shouldKeepEveryByteFromOutsideOutOfTheCommandLinesOutputDirectory() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = cli(out, err, "run", "--tenant", "acme", "--results", "results/**/*.xml, **/TEST-*.xml",
                "--report", "Main=report", "--report", "Linked=linked-report", "--history", "out",
                "--", "sh", "-c", "cp ok.xml.txt results/TEST-ok.xml");

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("skipped leak.html because it links outside the workspace")
                .contains("skipped linked-dir because it links to a directory")
                .contains("linked-report leads outside the workspace")
                .contains("control characters");
        assertThat(out.toString()).contains("1 passed, 0 failed").containsPattern("problems? reading (a file|files) of the run: ");
        JsonNode record = new ObjectMapper().readTree(ws.resolve("out/records/1-acme-default.json").toFile());
        List<String> problems = new ArrayList<>();
        record.path("parseProblems").forEach(p -> problems.add(p.path("file").asText() + ": "
                + p.path("message").asText()));
        assertThat(problems).as("the links out that **/TEST-*.xml could follow, and the odd name").hasSize(6)
                .anyMatch(m -> m.startsWith("linked-report: is a symbolic link to "))
                .anyMatch(m -> m.startsWith("report/linked-dir: is a symbolic link to "))
                .anyMatch(m -> m.startsWith("results/TEST-link-file.xml: is a symbolic link to "))
                .anyMatch(m -> m.startsWith("results/TEST-absolute-link.xml: is a symbolic link to "))
                .anyMatch(m -> m.startsWith("results/linked: is a symbolic link to "))
                .contains("results/TEST-bad\\u0007name.xml: the name contains control characters; skipped");
        List<String[]> refused = List.of(
                new String[] {"--results", "../outside/*.xml"},
                new String[] {"--results", outside + "/*.xml"},
                new String[] {"--results", "results/\u0001*.xml"},
                new String[] {"--report", "Out=../outside/report"},
                new String[] {"--report", "Out=" + outside.resolve("report")},
                new String[] {"--report", "Out=report:../../outside/secret.html"});
        for (String[] option : refused) {
            List<String> args = new ArrayList<>(List.of("run", "--tenant", "acme", "--history", "out",
                    "--results", "results/*.xml", "--report", "Main=report"));
            args.addAll(List.of(option));
            args.addAll(List.of("--", "sh", "-c", "cat " + outside.resolve("secret.html")));
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            assertThat(cli(out, e, args.toArray(String[]::new))).as(String.join(" ", option))
                    .isEqualTo(SystemTestCli.USAGE);
            // Refused while reading the options: the command never runs, nothing is written.
            assertThat(e.toString()).as(String.join(" ", option)).startsWith("error: ")
                    .containsAnyOf("results: ", "reports.dir: ", "reports.index: ");
        }
        assertThat(out.toString()).doesNotContain(SENTINEL);
        assertThat(err.toString()).doesNotContain(SENTINEL);
        assertNoSentinelBelow(ws.resolve("out"));
        try (Stream<Path> runs = Files.list(ws.resolve("out/runs"))) {
            assertThat(runs).hasSize(1);
        }
    }

    private int cli(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return SystemTestCli.run(List.of(args), ws, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Every regular file below the directory, read as bytes, and every name in it: no sentinel. */
    private static void assertNoSentinelBelow(Path dir) throws IOException {
        byte[] sentinel = SENTINEL.getBytes(StandardCharsets.US_ASCII);
        List<Path> all;
        try (Stream<Path> files = Files.walk(dir)) {
            all = files.toList();
        }
        assertThat(all.stream().filter(Files::isRegularFile)).isNotEmpty();
        for (Path p : all) {
            assertThat(Files.isSymbolicLink(p)).as(p + " is a link").isFalse();
            assertThat(p.toString()).doesNotContain(SENTINEL);
            if (Files.isRegularFile(p)) {
                assertThat(indexOf(Files.readAllBytes(p), sentinel)).as(p.toString()).isEqualTo(-1);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
