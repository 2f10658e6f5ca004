package hudson.model;

import java.io.PrintStream;

/**
 * Declaration of Jenkins' build log sink. Simplified: the real one also extends
 * {@code org.jenkinsci.remoting.SerializableOnlyOverRemoting} (only default methods), which the glue never uses.
 */
public interface TaskListener {
    PrintStream getLogger();
}
