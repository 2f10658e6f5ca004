package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.record.RunRecordStore;
import io.jenkins.plugins.systemtest.engine.record.SampleRecords;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The writer that {@link HistoryIndexCrashTest} kills: writes a run's record, then appends its summary, over and
 * over until it is killed; prints "ready" once the first run is written. Arguments: the runs directory, the index
 * file, the round (a prefix for the ids).
 */
public final class HistoryAppendChild {

    private HistoryAppendChild() {
    }

    public static void main(String[] args) throws Exception {
        RunRecordStore store = new RunRecordStore(Path.of(args[0]));
        HistoryIndex index = new HistoryIndex(Path.of(args[1]));
        String round = args[2];
        for (int i = 0; ; i++) {
            Map<String, TestOutcome> bad = new LinkedHashMap<>();
            for (int t = 0; t < 150; t++) {
                bad.put("failing_test_with_a_rather_long_name_" + t, t % 7 == 0 ? TestOutcome.ERROR : TestOutcome.FAILED);
            }
            RunRecord r = SampleRecords.of("r" + round + "-" + i, i, "t" + (i % 3), "s", System.currentTimeMillis(),
                    SampleRecords.tests(20, bad));
            store.write(r);
            index.append(RunSummary.of(r));
            if (i == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
