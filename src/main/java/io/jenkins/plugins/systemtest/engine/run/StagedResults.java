package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.record.ReportLink;

import java.util.List;
import java.util.Objects;

/**
 * What was collected after a suite ran, and what was staged for archiving next to it: the reports copied (secrets
 * masked) into a staging directory and the results written there as one JUnit XML file.
 *
 * @param collected the parsed results and scanned reports
 * @param reports   one link per report asked for, in order; its path is the staged copy's folder relative to the
 *                  staging directory, empty when nothing was staged (the link's problem says why)
 * @param junitFile the staged JUnit XML file relative to the staging directory, '/' separated; empty when there
 *                  was no test to write
 * @param warnings  what could not be staged and why
 */
public record StagedResults(CollectedResults collected, List<ReportLink> reports, String junitFile,
        List<String> warnings) {

    public StagedResults {
        Objects.requireNonNull(collected, "collected");
        reports = List.copyOf(Objects.requireNonNullElse(reports, List.of()));
        junitFile = Objects.requireNonNullElse(junitFile, "");
        warnings = List.copyOf(Objects.requireNonNullElse(warnings, List.of()));
    }
}
