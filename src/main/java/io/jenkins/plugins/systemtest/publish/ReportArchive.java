package io.jenkins.plugins.systemtest.publish;

import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.report.ReportScan;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;
import io.jenkins.plugins.systemtest.engine.run.StagedResults;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a run's reports go among the build's artifacts: {@code system-tests/<tenant>/<suite>/<report>/<file>};
 * when the same tenant and suite run again in the build, {@code system-tests/<tenant>/<suite>/run-<n>/<report>/}.
 *
 * @param prefix the run's folder among the artifacts, without a trailing '/'
 */
public record ReportArchive(String prefix) {

    /** The artifacts folder all runs share. */
    static final String ROOT = "system-tests";

    /** The folder of the run with this id. */
    public static ReportArchive of(long build, TenantContext tenant, String runId) {
        String base = JobHistory.baseRunId(build, tenant);
        String folder = ROOT + "/" + tenant.key() + "/" + tenant.suite();
        if (runId.equals(base)) {
            return new ReportArchive(folder);
        }
        String repeat = runId.startsWith(base + "-") ? "run-" + runId.substring(base.length() + 1) : runId;
        return new ReportArchive(folder + "/" + repeat);
    }

    /**
     * What to archive: the path among the artifacts of every staged report file, mapped to its path relative to
     * the staging folder.
     */
    Map<String, String> artifacts(StagedResults staged) {
        Map<String, String> artifacts = new LinkedHashMap<>();
        List<ReportScan> scans = staged.collected().reports();
        for (int i = 0; i < scans.size() && i < staged.reports().size(); i++) {
            ReportLink link = staged.reports().get(i);
            if (link.path().isEmpty()) {
                continue;
            }
            for (String file : scans.get(i).files()) {
                artifacts.put(reportFolder(link) + "/" + file, link.path() + "/" + file);
            }
        }
        return artifacts;
    }

    /**
     * The links to record: each staged report pointing at its folder among the artifacts, or, when archiving
     * failed ({@code archiveProblem} not empty), at nothing, with the problem.
     */
    List<ReportLink> links(StagedResults staged, String archiveProblem) {
        List<ReportLink> links = new ArrayList<>();
        for (ReportLink link : staged.reports()) {
            if (link.path().isEmpty()) {
                links.add(link);
            } else if (!archiveProblem.isEmpty()) {
                links.add(new ReportLink(link.name(), "", link.index(), 0, link.needsJavaScript(), archiveProblem));
            } else {
                links.add(new ReportLink(link.name(), reportFolder(link), link.index(), link.files(),
                        link.needsJavaScript(), link.problem()));
            }
        }
        return links;
    }

    private String reportFolder(ReportLink link) {
        return prefix + "/" + link.name();
    }
}
