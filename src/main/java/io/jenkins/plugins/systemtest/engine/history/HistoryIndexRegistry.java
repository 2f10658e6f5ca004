package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.record.RunRecordJson;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link HistoryIndex} per index file, so that all threads of an application share its lock and its cache.
 * The application (the plugin, the command line) holds one registry.
 */
public final class HistoryIndexRegistry {

    private final Map<Path, HistoryIndex> indexes = new ConcurrentHashMap<>();
    private final RunRecordJson json;

    public HistoryIndexRegistry() {
        this(new RunRecordJson());
    }

    public HistoryIndexRegistry(RunRecordJson json) {
        this.json = json;
    }

    /** The index of this file, the same object for every call with the same (normalised, absolute) path. */
    public HistoryIndex index(Path file) {
        return indexes.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new HistoryIndex(f, json));
    }

    /** Forgets the index of a file (a deleted job); a later call makes a new one. */
    public void forget(Path file) {
        indexes.remove(file.toAbsolutePath().normalize());
    }
}
