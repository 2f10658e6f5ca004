package io.jenkins.plugins.systemtest.engine.rerun;

import io.jenkins.plugins.systemtest.engine.report.ReportCopier;
import io.jenkins.plugins.systemtest.engine.report.ReportScan;
import io.jenkins.plugins.systemtest.engine.report.ReportScanner;
import io.jenkins.plugins.systemtest.engine.report.ReportSpec;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps each attempt's HTML reports apart, as {@link AttemptFiles} does for the result files: right after an
 * attempt, each report directory is copied (secrets masked) into {@code <attempt>/reports/<name>/}, because the next
 * attempt usually wipes and rewrites it (Playwright does). At the end each kept copy is one report of its own,
 * named {@code "<name> - attempt <n>"}.
 */
public final class AttemptReports {

    /** Below an attempt's folder: the kept reports. */
    public static final String REPORTS = "reports";

    private final Path workspace;
    private final AttemptFiles attempts;

    public AttemptReports(Path workspace, AttemptFiles attempts) {
        this.workspace = workspace.toAbsolutePath().normalize();
        this.attempts = attempts;
    }

    /**
     * Copies attempt {@code n}'s reports.
     *
     * @return what could not be kept and why, one sentence each
     */
    public List<String> keep(int n, List<ReportSpec> specs, SecretMasker masker) throws IOException {
        List<String> warnings = new ArrayList<>();
        ReportScanner scanner = new ReportScanner();
        ReportCopier copier = new ReportCopier(masker);
        for (ReportSpec spec : specs) {
            ReportScan scan = scanner.scan(workspace, spec);
            if (scan.isEmpty()) {
                continue;
            }
            try {
                copier.copy(workspace, scan, attempts.dir(n), REPORTS + "/" + spec.name());
            } catch (IOException | RuntimeException e) {
                warnings.add("Attempt " + n + ": report '" + spec.name() + "' could not be kept: "
                        + masker.mask(String.valueOf(e.getMessage())));
            }
        }
        return warnings;
    }

    /**
     * The reports to archive for a run of {@code count} attempts: for each report asked for, its kept copy of each
     * attempt (in attempt order), as a report of its own whose directory is the copy, relative to the workspace.
     */
    public List<ReportSpec> specs(int count, List<ReportSpec> specs) {
        List<ReportSpec> all = new ArrayList<>();
        for (ReportSpec spec : specs) {
            for (int n = 1; n <= count; n++) {
                String dir = workspace.relativize(attempts.dir(n).resolve(REPORTS).resolve(spec.name())).toString()
                        .replace('\\', '/');
                all.add(new ReportSpec(nameOf(spec.name(), n), dir, spec.index()));
            }
        }
        return all;
    }

    /** {@code "<name> - attempt <n>"}, the name cut so that it stays a valid report name. */
    public static String nameOf(String name, int attempt) {
        String suffix = " - attempt " + attempt;
        String base = name.length() + suffix.length() > 64 ? name.substring(0, 64 - suffix.length()).strip() : name;
        return base + suffix;
    }
}
