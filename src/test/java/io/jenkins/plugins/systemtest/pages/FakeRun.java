package io.jenkins.plugins.systemtest.pages;

import hudson.model.Action;
import hudson.model.Run;
import hudson.security.ACL;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A build for tests of the glue: a number, a job, actions kept in a list and a count of saves. */
final class FakeRun extends Run<FakeJob, FakeRun> {

    private final FakeJob job;
    private final int number;
    private final List<Action> actions = new ArrayList<>();
    private int saves;

    FakeRun(FakeJob job, int number) throws IOException {
        super(job);
        this.job = job;
        this.number = number;
    }

    int saves() {
        return saves;
    }

    @Override
    public FakeJob getParent() {
        return job;
    }

    @Override
    public int getNumber() {
        return number;
    }

    @Override
    public String getFullDisplayName() {
        return "shop #" + number;
    }

    @Override
    public <T extends Action> T getAction(Class<T> type) {
        for (Action a : actions) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }

    @Override
    public void addAction(Action a) {
        actions.add(a);
    }

    @Override
    public File getRootDir() {
        return new File(job.getRootDir(), "builds/" + number);
    }

    @Override
    public synchronized void save() {
        saves++;
    }

    @Override
    public ACL getACL() {
        return null;
    }
}
