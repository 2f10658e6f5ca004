package io.jenkins.plugins.systemtest.engine.report;

import java.util.List;
import java.util.Objects;

/**
 * The files of one report directory that may be archived, found on the machine that ran the tests.
 *
 * @param spec            the report asked for
 * @param files           the files to archive, relative to the report directory, '/' separated, sorted
 * @param totalBytes      their size together
 * @param needsJavaScript whether the index page loads scripts (Playwright's does)
 * @param warnings        what was skipped and why (links out of the workspace, odd names), or why nothing was found
 */
public record ReportScan(ReportSpec spec, List<String> files, long totalBytes, boolean needsJavaScript,
        List<String> warnings) {

    public ReportScan {
        Objects.requireNonNull(spec, "spec");
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** Whether there is anything to archive. */
    public boolean isEmpty() {
        return files.isEmpty();
    }
}
