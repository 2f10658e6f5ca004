package io.jenkins.plugins.systemtest.engine.log;

import java.util.function.Consumer;

/** Where the engine tells a person what it does: the build log in Jenkins, standard error on the command line. */
public interface RunLog {

    /** A log that drops everything. */
    RunLog NONE = of(message -> { }, message -> { });

    /** Something worth knowing. */
    void info(String message);

    /** Something that went wrong but did not stop the run. */
    void warn(String message);

    /** A log that hands info and warning lines to the given consumers. */
    static RunLog of(Consumer<String> info, Consumer<String> warn) {
        return new RunLog() {
            @Override
            public void info(String message) {
                info.accept(message);
            }

            @Override
            public void warn(String message) {
                warn.accept(message);
            }
        };
    }
}
