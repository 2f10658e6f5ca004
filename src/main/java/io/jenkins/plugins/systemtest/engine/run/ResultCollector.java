package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.junit.JUnitXmlParser;
import io.jenkins.plugins.systemtest.engine.junit.ResultFileFinder;
import io.jenkins.plugins.systemtest.engine.junit.ResultFiles;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.report.ReportScan;
import io.jenkins.plugins.systemtest.engine.report.ReportScanner;
import io.jenkins.plugins.systemtest.engine.report.ReportSpec;
import io.jenkins.plugins.systemtest.engine.secret.RecordMasker;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a suite's results on the machine that ran it (in Jenkins: on the agent): finds and parses the JUnit XML
 * files, masks secrets in them, and scans the report directories. Result files older than the run are left out, so
 * that a loop over tenants in one workspace never counts the previous tenant's files.
 */
public final class ResultCollector {

    /** File systems with coarse modification times (FAT, some network shares) round down by up to 2 s. */
    public static final long MTIME_SLACK_MILLIS = 2_000;

    /**
     * The runner's own folder in a workspace (the Jenkins step's context files and staging, the command line's
     * default output): never read as results, or a run would count a staged or archived copy of another run's
     * results as its own.
     */
    public static final String OWN_FOLDER = ".system-tests";

    private final JUnitXmlParser parser;
    private final List<String> excluded;
    private final ReportScanner scanner = new ReportScanner();

    public ResultCollector() {
        this(new JUnitXmlParser());
    }

    public ResultCollector(JUnitXmlParser parser) {
        this(parser, List.of(OWN_FOLDER));
    }

    private ResultCollector(JUnitXmlParser parser, List<String> excluded) {
        this.parser = parser;
        this.excluded = List.copyOf(excluded);
    }

    /**
     * A collector that also leaves out the result files below {@code folder} (relative to the workspace,
     * '/'-separated), such as the command line's output directory when it is given elsewhere.
     */
    public ResultCollector excluding(String folder) {
        List<String> all = new ArrayList<>(excluded);
        all.add(folder.replace('\\', '/').replaceAll("/+$", ""));
        return new ResultCollector(parser, all);
    }

    /**
     * Collects everything.
     *
     * @param workspace where the suite ran; every path is relative to it and never leaves it
     * @param results   the glob(s) of the JUnit XML files
     * @param reports   the report directories to scan
     * @param notBefore files last modified before this time (epoch ms, this machine's clock) are left out;
     *                  0 keeps every file
     * @param masker    the secrets to mask in the parsed results
     */
    public CollectedResults collect(Path workspace, String results, List<ReportSpec> reports, long notBefore,
            SecretMasker masker) throws IOException {
        List<String> warnings = new ArrayList<>();
        ResultFiles files = new ResultFileFinder(workspace).find(results);
        List<String> read = new ArrayList<>();
        List<TestCaseResult> tests = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>(files.skipped());
        int old = 0;
        int own = 0;
        for (Path file : files.files()) {
            if (isExcluded(file)) {
                own++;
                continue;
            }
            long modified = Files.getLastModifiedTime(workspace.resolve(file)).toMillis();
            if (notBefore > 0 && modified < notBefore - MTIME_SLACK_MILLIS) {
                old++;
                continue;
            }
            ParsedResults one = parser.parseFile(workspace, file);
            read.addAll(one.files());
            tests.addAll(one.tests());
            problems.addAll(one.problems());
        }
        ParsedResults parsed = new ParsedResults(read, tests, problems);
        if (old > 0) {
            warnings.add(old + " result file(s) matching '" + results + "' were written before this run started and "
                    + "were left out (results of an earlier run)");
        }
        if (own > 0) {
            warnings.add(own + " result file(s) matching '" + results + "' are in the runner's own folders ("
                    + String.join(", ", excluded) + ") and were left out");
        }
        List<ReportScan> scans = new ArrayList<>();
        for (ReportSpec spec : reports) {
            ReportScan scan = scanner.scan(workspace, spec);
            warnings.addAll(scan.warnings());
            scans.add(scan);
        }
        return new CollectedResults(new RecordMasker(masker).mask(parsed), scans, warnings);
    }

    /** Whether a file (relative to the workspace) is in one of the folders this collector leaves out. */
    public boolean isExcluded(Path relative) {
        String path = relative.toString().replace('\\', '/');
        return excluded.stream().anyMatch(folder -> path.equals(folder) || path.startsWith(folder + "/"));
    }
}
