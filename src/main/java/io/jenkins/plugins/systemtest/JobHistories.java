package io.jenkins.plugins.systemtest;

import hudson.model.Job;
import io.jenkins.plugins.systemtest.engine.run.JobHistory;

import java.io.File;

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
        return new JobHistory(new File(job.getRootDir(), FOLDER).toPath());
    }
}
