package io.jenkins.plugins.systemtest.smoke;

import hudson.remoting.VirtualChannel;
import java.io.File;
import jenkins.MasterToSlaveFileCallable;

/** Test-only glue: a file callable as the plugin writes them, sized where the file lives. */
public final class SmokeSizeCallable extends MasterToSlaveFileCallable<Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Long invoke(File f, VirtualChannel channel) {
        return f.length();
    }
}
