package io.jenkins.plugins.systemtest.smoke;

import hudson.model.InvisibleAction;
import hudson.model.Run;
import jenkins.model.RunAction2;

/** Test-only glue: an invisible build action that remembers its build, as the plugin's actions do. */
public final class SmokeAction extends InvisibleAction implements RunAction2 {
    private transient Run<?, ?> run;

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    public Run<?, ?> getRun() {
        return run;
    }
}
