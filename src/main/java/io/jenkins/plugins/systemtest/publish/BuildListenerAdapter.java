package io.jenkins.plugins.systemtest.publish;

import hudson.model.BuildListener;
import hudson.model.TaskListener;

import java.io.PrintStream;
import java.io.Serializable;

/**
 * A step's log as the {@link BuildListener} an artifact manager asks for. Serializable, because artifact managers
 * that upload from the agent send their listener there (the Jenkins listener it wraps can travel).
 */
public final class BuildListenerAdapter implements BuildListener, Serializable {

    private static final long serialVersionUID = 1L;

    private final TaskListener listener;

    BuildListenerAdapter(TaskListener listener) {
        this.listener = listener;
    }

    @Override
    public PrintStream getLogger() {
        return listener.getLogger();
    }
}
