package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.ParseProblem;

import java.util.List;

/**
 * The history index as read at one moment: its summaries in file order and the lines that could not be read.
 * Immutable; its {@link #query()} is built once, on first use.
 */
public final class HistorySnapshot {

    private final List<RunSummary> summaries;
    private final List<ParseProblem> problems;
    private volatile HistoryQuery query;

    /** An index with no runs. */
    public static HistorySnapshot empty() {
        return new HistorySnapshot(List.of(), List.of());
    }

    public HistorySnapshot(List<RunSummary> summaries, List<ParseProblem> problems) {
        this.summaries = List.copyOf(summaries);
        this.problems = List.copyOf(problems);
    }

    /** The summaries in the order they were written; a run written twice appears twice (the later wins). */
    public List<RunSummary> summaries() {
        return summaries;
    }

    /** Lines that could not be read (skipped) and an incomplete last line (ignored), with their line numbers. */
    public List<ParseProblem> problems() {
        return problems;
    }

    /** The queries over these summaries. */
    public HistoryQuery query() {
        HistoryQuery q = query;
        if (q == null) {
            synchronized (this) {
                q = query;
                if (q == null) {
                    q = new HistoryQuery(summaries);
                    query = q;
                }
            }
        }
        return q;
    }
}
