package io.jenkins.plugins.systemtest.history;

import hudson.Extension;
import hudson.ExtensionList;
import io.jenkins.plugins.systemtest.engine.history.HistoryIndexRegistry;

/**
 * The one {@link HistoryIndexRegistry} of this Jenkins, so that the pages and the listeners share one index object
 * (its lock and its cache of the last snapshot) per job. Without it every page view would parse the whole index.
 */
@Extension
public final class SystemTestHistoryIndexes {

    private final HistoryIndexRegistry registry = new HistoryIndexRegistry();

    /** The registry. */
    public HistoryIndexRegistry registry() {
        return registry;
    }

    /** The registry of the running Jenkins. */
    public static HistoryIndexRegistry get() {
        return ExtensionList.lookupSingleton(SystemTestHistoryIndexes.class).registry();
    }
}
