package io.jenkins.plugins.systemtest.engine.history;

import java.io.IOException;
import java.util.Arrays;

/** The benchmark commands' timer (never used by a test): the median time of an action, after warming it up. */
public final class MedianTimer {

    private MedianTimer() {
    }

    /** What is timed. */
    @FunctionalInterface
    public interface Action {
        void run() throws IOException;
    }

    /** The median time of {@code repetitions} runs of the action in milliseconds, after {@code warmUp} runs. */
    public static double median(int repetitions, int warmUp, Action action) throws IOException {
        for (int i = 0; i < warmUp; i++) {
            action.run();
        }
        double[] times = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            action.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return repetitions % 2 == 1 ? times[repetitions / 2]
                : (times[repetitions / 2 - 1] + times[repetitions / 2]) / 2;
    }
}
