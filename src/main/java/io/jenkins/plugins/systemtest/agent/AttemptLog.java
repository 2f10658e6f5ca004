package io.jenkins.plugins.systemtest.agent;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.rerun.AttemptRun;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The attempts of a {@code systemTest} call with {@code rerunFailed}, as plain values that are saved with the step
 * (so a controller restart between attempts loses none) and travel to the agent for the final merge: when each
 * attempt started and ended (controller clock, for the pages), the agent's clock at its start (for leaving out
 * older files) and how its block ended. Not thread-safe: the step changes it on one thread at a time.
 */
public final class AttemptLog implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ArrayList<Long> startedAt = new ArrayList<>();
    private final ArrayList<Long> agentStartedAt = new ArrayList<>();
    private final ArrayList<Long> endedAt = new ArrayList<>();
    private final ArrayList<String> endings = new ArrayList<>();

    /** An attempt starts now; returns its number. */
    public int start(long now, long agentClock) {
        startedAt.add(now);
        agentStartedAt.add(agentClock);
        endedAt.add(0L);
        endings.add("");
        return startedAt.size();
    }

    /** The current attempt ended. */
    public void end(long now, String ending) {
        int last = startedAt.size() - 1;
        if (last >= 0) {
            endedAt.set(last, now);
            endings.set(last, ending == null ? "" : ending);
        }
    }

    /** How many attempts started. */
    public int count() {
        return startedAt.size();
    }

    /** The agent's clock when attempt {@code n} (1-based) started. */
    public long agentStart(int n) {
        return agentStartedAt.get(n - 1);
    }

    /** Attempt {@code n} with these results, for the merge. */
    AttemptRun run(int n, ParsedResults results) {
        return new AttemptRun(n, startedAt.get(n - 1), endedAt.get(n - 1), endings.get(n - 1), results);
    }

    /** A copy, to send to the agent while the step goes on. */
    public AttemptLog copy() {
        AttemptLog c = new AttemptLog();
        c.startedAt.addAll(startedAt);
        c.agentStartedAt.addAll(agentStartedAt);
        c.endedAt.addAll(endedAt);
        c.endings.addAll(endings);
        return c;
    }

    /** The attempts' numbers, 1 to {@link #count()}. */
    List<Integer> numbers() {
        List<Integer> n = new ArrayList<>();
        for (int i = 1; i <= count(); i++) {
            n.add(i);
        }
        return n;
    }
}
