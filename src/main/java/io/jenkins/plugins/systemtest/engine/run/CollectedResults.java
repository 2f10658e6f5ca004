package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.report.ReportScan;

import java.util.List;

/**
 * What was found on the machine that ran the tests once the suite ended: the parsed results (secrets already
 * masked) and the report directories to archive.
 *
 * @param results  the parsed results
 * @param reports  the scanned report directories, in the order asked for
 * @param warnings what was left out and why (result files of an earlier run, report files that link out of the
 *                 workspace); result files that could not be used are parse problems in {@code results}
 */
public record CollectedResults(ParsedResults results, List<ReportScan> reports, List<String> warnings) {

    public CollectedResults {
        reports = List.copyOf(reports);
        warnings = List.copyOf(warnings);
    }
}
