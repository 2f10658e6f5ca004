package io.jenkins.plugins.systemtest.engine.log;

/** Where the engine tells a person what it does: the build log in Jenkins, standard error on the command line. */
public interface RunLog {

    /** A log that drops everything. */
    RunLog NONE = new RunLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }
    };

    /** Something worth knowing. */
    void info(String message);

    /** Something that went wrong but did not stop the run. */
    void warn(String message);
}
