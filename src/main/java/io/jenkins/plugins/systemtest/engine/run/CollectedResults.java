package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestAttempt;
import io.jenkins.plugins.systemtest.engine.report.ReportScan;

import java.util.List;
import java.util.Objects;

/**
 * What was found on the machine that ran the tests once the suite ended: the parsed results (secrets already
 * masked) and the report directories to archive.
 *
 * @param results  the parsed results
 * @param reports  the scanned report directories, in the order asked for
 * @param warnings what was left out and why (result files of an earlier run, report files that link out of the
 *                 workspace); result files that could not be used are parse problems in {@code results}
 * @param attempts the attempts of a run whose failed tests were rerun, {@code results} being them merged; empty
 *                 when the suite ran once
 * @param attemptsNote what the reruns showed, one sentence, or empty
 */
public record CollectedResults(ParsedResults results, List<ReportScan> reports, List<String> warnings,
        List<TestAttempt> attempts, String attemptsNote) {

    public CollectedResults {
        reports = List.copyOf(reports);
        warnings = List.copyOf(warnings);
        attempts = List.copyOf(Objects.requireNonNullElse(attempts, List.of()));
        attemptsNote = Objects.requireNonNullElse(attemptsNote, "");
    }

    /** What a suite that ran once left. */
    public CollectedResults(ParsedResults results, List<ReportScan> reports, List<String> warnings) {
        this(results, reports, warnings, List.of(), "");
    }
}
