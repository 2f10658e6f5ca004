package io.jenkins.plugins.systemtest.history;

import hudson.model.Job;
import io.jenkins.plugins.systemtest.engine.history.HistoryIndexRegistry;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;

import java.io.File;
import java.nio.file.Path;

/**
 * Where a job's system test history lives: {@code <job root>/system-tests/}, with the run records in
 * {@code records/} and the index in {@code index.jsonl}. Builds are never loaded to read it.
 */
public final class JobHistories {

    /** The folder's name below the job's root directory. */
    public static final String FOLDER = "system-tests";

    private JobHistories() {
    }

    /** The history of a job. */
    public static JobHistory of(Job<?, ?> job) {
        return new JobHistory(directory(job));
    }

    /** The history of a job, reading its index through the shared index objects (and their caches). */
    public static JobHistory of(Job<?, ?> job, HistoryIndexRegistry indexes) {
        return new JobHistory(directory(job), indexes);
    }

    /** The history folder of a job, whether it exists or not. */
    public static Path directory(Job<?, ?> job) {
        return new File(job.getRootDir(), FOLDER).toPath();
    }
}
