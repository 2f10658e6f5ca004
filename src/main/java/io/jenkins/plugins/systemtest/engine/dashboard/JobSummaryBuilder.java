package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.record.RunRecordStore;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes a job's {@link JobSummary} from its history folder: from the job's own summary file
 * ({@value #FILE}) when it matches the index, otherwise from the whole index (and the records of the latest runs
 * that did not pass, for their causes), writing the job's summary file again.
 */
public final class JobSummaryBuilder {

    /** The job's summary file in its history folder. */
    public static final String FILE = "dashboard.json";

    private final DashboardFiles files;

    public JobSummaryBuilder(DashboardFiles files) {
        this.files = files;
    }

    /** How a job's summary was obtained. */
    public enum Source { JOB_FILE, INDEX }

    /** A job's summary and where it came from. */
    public record Built(JobSummary summary, Source source) {
    }

    /** The job's summary: its file when up to date, else computed from the index (and the file written). */
    public Built build(String job, Path historyDir) throws IOException {
        long size = indexSize(historyDir);
        Optional<JobSummary> saved = files.readJob(historyDir.resolve(FILE));
        if (saved.isPresent() && saved.get().indexSize() == size) {
            return new Built(saved.get().job().equals(job) ? saved.get() : saved.get().renamed(job), Source.JOB_FILE);
        }
        return new Built(fromIndex(job, historyDir, -1), Source.INDEX);
    }

    /**
     * The job's summary computed from the whole index, leaving out the runs of build {@code skipBuild} (a deleted
     * build whose lines may not be removed yet; -1 for none), and written to the job's summary file.
     */
    public JobSummary fromIndex(String job, Path historyDir, long skipBuild) throws IOException {
        long size = indexSize(historyDir);
        Map<String, List<IndexScan.Line>> byKey = IndexScan.read(historyDir.resolve(JobHistory.INDEX), skipBuild);
        RunRecordStore records = new RunRecordStore(historyDir.resolve(JobHistory.RECORDS));
        List<DashboardEntry> entries = new ArrayList<>();
        for (List<IndexScan.Line> runs : byKey.values()) {
            Map<String, IndexScan.Line> byId = new HashMap<>();
            for (IndexScan.Line line : runs) {
                byId.put(line.mark().id(), line); // a run written twice: the later line wins
            }
            List<RunMark> marks = new ArrayList<>(byId.size());
            byId.values().forEach(line -> marks.add(line.mark()));
            marks.sort((a, b) -> a.isAfter(b) ? -1 : b.isAfter(a) ? 1 : 0);
            List<RunMark> recent = marks.subList(0, Math.min(DashboardEntry.RECENT, marks.size()));
            IndexScan.Line latest = byId.get(recent.get(0).id());
            entries.add(new DashboardEntry(job, latest.tenant(), latest.tenantName(), latest.suite(), recent,
                    causes(records, latest.mark())));
        }
        JobSummary summary = new JobSummary(job, size, entries);
        files.writeJob(historyDir.resolve(FILE), summary);
        return summary;
    }

    /** The size of the job's history index, 0 when there is none. */
    public static long indexSize(Path historyDir) throws IOException {
        try {
            return Files.size(historyDir.resolve(JobHistory.INDEX));
        } catch (NoSuchFileException e) {
            return 0;
        }
    }

    /** The causes of a run that did not pass, from its record; none when the record cannot be read. */
    static List<CauseNote> causes(RunRecordStore records, RunMark run) {
        if (run.verdict() == RunVerdict.PASSED) {
            return List.of();
        }
        try {
            return records.read(run.id()).map(RunRecord::failureGroups).map(CauseNote::of).orElse(List.of());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
