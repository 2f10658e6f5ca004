package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Jenkins-wide summary, kept in memory and in one file, up to date as runs are recorded and builds and jobs
 * are deleted, renamed or moved. Readers take {@link #summary()} (a snapshot, never locked); changes are
 * serialised. The file is written atomically in the background, at most one write queued at a time; when it is
 * missing, damaged or out of date for a job, {@link #open} computes that job again from the job's own summary
 * file or, failing that, from its history index, in parallel.
 */
public final class DashboardStore implements AutoCloseable {

    /** A job to summarise: its full name and its history folder. */
    public record JobDir(String job, Path historyDir) {
    }

    /**
     * What {@link #open} did.
     *
     * @param fromFile  jobs taken from the Jenkins-wide file (it matched their index)
     * @param fromJob   jobs taken from their own summary file
     * @param fromIndex jobs computed from their whole index
     * @param failed    jobs whose history could not be read (left out), with the reason
     * @param millis    how long it took
     */
    public record OpenReport(int fromFile, int fromJob, int fromIndex, List<String> failed, long millis) {
    }

    private final Path file;
    private final DashboardFiles files;
    private final JobSummaryBuilder builder;
    private final int threads;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "system-tests-dashboard-writer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean writeQueued = new AtomicBoolean();
    private volatile DashboardSummary summary = DashboardSummary.empty();
    private volatile String lastWriteProblem;

    /** A store in {@code file}, computing jobs on as many threads as there are processors. */
    public DashboardStore(Path file) {
        this(file, Runtime.getRuntime().availableProcessors());
    }

    public DashboardStore(Path file, int threads) {
        this.file = file;
        this.files = new DashboardFiles();
        this.builder = new JobSummaryBuilder(files);
        this.threads = Math.max(1, threads);
    }

    /** The summary now. */
    public DashboardSummary summary() {
        return summary;
    }

    /** Why the last write of the file failed, or null. */
    public String lastWriteProblem() {
        return lastWriteProblem;
    }

    /**
     * Loads the summary for these jobs (every job of the installation that has a history folder): from the file
     * for jobs whose index has not changed since, otherwise from the job's own file or its index. Jobs not listed
     * are dropped. Writes the file when anything differed.
     */
    public synchronized OpenReport open(List<JobDir> jobs) throws InterruptedException {
        long start = System.nanoTime();
        Map<String, JobSummary> saved = new HashMap<>();
        files.readAll(file).orElse(List.of()).forEach(j -> saved.put(j.job(), j));
        List<JobSummary> result = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<JobDir> todo = new ArrayList<>();
        for (JobDir job : jobs) {
            JobSummary s = saved.get(job.job());
            if (s != null && sizeOr(job.historyDir()) == s.indexSize()) {
                result.add(s);
            } else {
                todo.add(job);
            }
        }
        int fromFile = result.size();
        int fromJob = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, todo.size())));
        try {
            List<Future<JobSummaryBuilder.Built>> futures = new ArrayList<>();
            todo.forEach(j -> futures.add(pool.submit(() -> builder.build(j.job(), j.historyDir()))));
            for (int i = 0; i < todo.size(); i++) {
                try {
                    JobSummaryBuilder.Built built = futures.get(i).get();
                    result.add(built.summary());
                    fromJob += built.source() == JobSummaryBuilder.Source.JOB_FILE ? 1 : 0;
                } catch (ExecutionException e) {
                    failed.add(todo.get(i).job() + ": " + e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        summary = new DashboardSummary(result);
        if (!todo.isEmpty() || saved.size() != fromFile) {
            writeSoon();
        }
        return new OpenReport(fromFile, fromJob, todo.size() - fromJob - failed.size(), List.copyOf(failed),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** A run was recorded in a job's history (record and index line written). */
    public synchronized void recorded(String job, Path historyDir, RunRecord record) throws IOException {
        JobSummary current = summary.job(job);
        long size = JobSummaryBuilder.indexSize(historyDir);
        JobSummary next;
        if (current == null) {
            next = builder.fromIndex(job, historyDir, -1); // a new job, or one not summarised yet
        } else {
            RunSummary s = RunSummary.of(record);
            next = current.plus(s.tenant(), s.tenantName(), s.suite(), RunMark.of(s),
                    CauseNote.of(record.failureGroups()), size);
            files.writeJob(historyDir.resolve(JobSummaryBuilder.FILE), next);
        }
        summary = summary.with(next);
        writeSoon();
    }

    /** A build was deleted: its job is computed again from its index, without that build's runs. */
    public synchronized void buildDeleted(String job, Path historyDir, long build) throws IOException {
        if (summary.job(job) == null) {
            return;
        }
        summary = summary.with(builder.fromIndex(job, historyDir, build));
        writeSoon();
    }

    /** An item (a job, or a folder and all its jobs) was deleted. */
    public synchronized void deleted(String itemFullName) {
        DashboardSummary next = summary.without(itemFullName);
        if (next != summary) {
            summary = next;
            writeSoon();
        }
    }

    /** An item (a job, or a folder and all its jobs) was renamed or moved. */
    public synchronized void moved(String oldFullName, String newFullName) {
        DashboardSummary next = summary.moved(oldFullName, newFullName);
        if (next != summary) {
            summary = next;
            writeSoon();
        }
    }

    /** Writes the file now, waiting for it. */
    public void flush() throws IOException {
        files.writeAll(file, new ArrayList<>(summary.jobs().values()));
    }

    /** Queues one write of the file unless one is queued already (it writes the latest summary). */
    private void writeSoon() {
        if (writeQueued.compareAndSet(false, true)) {
            writer.execute(() -> {
                writeQueued.set(false);
                try {
                    flush();
                    lastWriteProblem = null;
                } catch (IOException | RuntimeException e) {
                    lastWriteProblem = e.getMessage();
                }
            });
        }
    }

    /** Waits for a queued write (tests, shutdown). */
    public void awaitWrites() throws InterruptedException {
        try {
            writer.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the writer after the queued write (if any) is done, waiting up to ten seconds for it. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long sizeOr(Path historyDir) {
        try {
            return JobSummaryBuilder.indexSize(historyDir);
        } catch (IOException e) {
            return -1;
        }
    }
}
