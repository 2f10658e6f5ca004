package io.jenkins.plugins.systemtest.pages;

import hudson.Util;
import io.jenkins.plugins.systemtest.engine.history.LiveRun;

/** A run going on now, as the build's pages show it: tenant, suite, and since when (as Jenkins says times). */
public final class RunningRow {

    private final LiveRun live;
    private final long now;

    RunningRow(LiveRun live, long now) {
        this.live = live;
        this.now = now;
    }

    public String getId() {
        return live.id();
    }

    public String getTenantName() {
        return live.tenantName();
    }

    public String getSuite() {
        return live.suite();
    }

    /** "3 min 4 sec ago". */
    public String getStartedText() {
        return Util.getTimeSpanString(Math.max(0, now - live.startedAt())) + " ago";
    }
}
