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
    static final long MTIME_SLACK_MILLIS = 2_000;

    private final JUnitXmlParser parser;
    private final ReportScanner scanner = new ReportScanner();

    public ResultCollector() {
        this(new JUnitXmlParser());
    }

    public ResultCollector(JUnitXmlParser parser) {
        this.parser = parser;
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
        for (Path file : files.files()) {
            if (notBefore > 0 && Files.getLastModifiedTime(workspace.resolve(file)).toMillis() < notBefore - MTIME_SLACK_MILLIS) {
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
        List<ReportScan> scans = new ArrayList<>();
        for (ReportSpec spec : reports) {
            ReportScan scan = scanner.scan(workspace, spec);
            warnings.addAll(scan.warnings());
            scans.add(scan);
        }
        return new CollectedResults(new RecordMasker(masker).mask(parsed), scans, warnings);
    }
}
