package hudson.tasks.junit;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.test.PipelineTestDetails;
import java.io.IOException;

/**
 * Declaration of the junit plugin's publisher, for its static parse-and-summarize entry point only. Simplified:
 * the real superclass {@code hudson.tasks.Recorder} and the interfaces {@code SimpleBuildStep} and
 * {@code JUnitTask} are left out; the glue never creates an instance (hence the private constructor).
 */
public class JUnitResultArchiver {
    private JUnitResultArchiver() {
    }

    public static TestResultSummary parseAndSummarize(JUnitTask task, PipelineTestDetails pipelineTestDetails,
            Run<?, ?> build, FilePath workspace, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        throw new UnsupportedOperationException("declaration only");
    }
}
