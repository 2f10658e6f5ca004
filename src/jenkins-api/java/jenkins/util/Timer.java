package jenkins.util;

import java.util.concurrent.ScheduledExecutorService;

/** Declaration of Jenkins' shared scheduled executor. */
public class Timer {
    private Timer() {
    }

    public static synchronized ScheduledExecutorService get() {
        throw new UnsupportedOperationException("declaration only");
    }
}
