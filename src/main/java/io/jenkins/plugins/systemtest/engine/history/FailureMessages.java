package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.record.RunRecordStore;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The failure message of one test in given runs, read from the run records (the index has no messages). Reads
 * at most {@code maxRecords} records per call, the runs given first; a run whose record is missing or unreadable
 * gets a message saying so instead.
 */
public final class FailureMessages {

    /** Messages are cut to this many characters. */
    public static final int MAX_MESSAGE = 500;

    private final RunRecordStore store;

    public FailureMessages(RunRecordStore store) {
        this.store = store;
    }

    /** Run id to the test's failure message (type and message), for the first {@code maxRecords} run ids. */
    public Map<String, String> of(String testId, List<String> runIds, int maxRecords) {
        Map<String, String> messages = new HashMap<>();
        for (String id : runIds.subList(0, Math.min(maxRecords, runIds.size()))) {
            messages.put(id, message(testId, id));
        }
        return messages;
    }

    private String message(String testId, String runId) {
        Optional<RunRecord> record;
        try {
            record = store.read(runId);
        } catch (IOException e) {
            return "(the run record cannot be read: " + clip(String.valueOf(e.getMessage())) + ")";
        }
        if (record.isEmpty()) {
            return "(no run record)";
        }
        for (TestCaseResult t : record.get().tests()) {
            if (t.id().equals(testId) && t.outcome() != TestOutcome.PASSED) {
                String type = t.failureType().isEmpty() ? "" : t.failureType() + ": ";
                String text = type + t.failureMessage();
                return text.isBlank() ? "(no message)" : clip(text);
            }
        }
        return "(not in the run record)";
    }

    private static String clip(String s) {
        return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE - 1) + "\u2026";
    }
}
