package io.jenkins.plugins.systemtest.engine.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jenkins.plugins.systemtest.engine.record.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes the dashboard's files: the Jenkins-wide summary ({@code $JENKINS_HOME/system-tests-dashboard.json})
 * and each job's own summary ({@code <job>/system-tests/dashboard.json}). Writes are atomic (a reader sees the old
 * file or the new one); a file that is missing, damaged or of another schema version reads as empty, so that the
 * caller computes it again instead of failing.
 */
public final class DashboardFiles {

    /** The format written by this version; any other version is computed again. */
    public static final int SCHEMA_VERSION = 1;

    /** The Jenkins-wide file. */
    record AllJobs(int schemaVersion, List<JobSummary> jobs) {
        AllJobs {
            jobs = List.copyOf(Objects.requireNonNullElse(jobs, List.<JobSummary>of()));
        }
    }

    /** One job's file. */
    record OneJob(int schemaVersion, JobSummary summary) {
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The summaries of the Jenkins-wide file; empty when it is missing, damaged or of another version. */
    public Optional<List<JobSummary>> readAll(Path file) {
        return read(file, AllJobs.class).filter(a -> a.schemaVersion() == SCHEMA_VERSION).map(AllJobs::jobs);
    }

    /** Replaces the Jenkins-wide file. */
    public void writeAll(Path file, List<JobSummary> jobs) throws IOException {
        byte[] json = mapper.writeValueAsBytes(new AllJobs(SCHEMA_VERSION, jobs));
        AtomicFiles.write(file, json);
    }

    /** A job's summary file; empty when it is missing, damaged or of another version. */
    public Optional<JobSummary> readJob(Path file) {
        return read(file, OneJob.class).filter(o -> o.schemaVersion() == SCHEMA_VERSION && o.summary() != null)
                .map(OneJob::summary);
    }

    /** Replaces a job's summary file (its folder must exist). */
    public void writeJob(Path file, JobSummary summary) throws IOException {
        if (!Files.isDirectory(file.getParent())) {
            return; // no history folder: nothing to summarise, and nothing is created
        }
        AtomicFiles.write(file, mapper.writeValueAsBytes(new OneJob(SCHEMA_VERSION, summary)));
    }

    private <T> Optional<T> read(Path file, Class<T> type) {
        try {
            return Optional.ofNullable(mapper.readValue(Files.readAllBytes(file), type));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty(); // damaged: computed again
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
