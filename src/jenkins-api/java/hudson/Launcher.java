package hudson;

import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;

/** Declaration of Jenkins' process launcher (as a type only). */
public abstract class Launcher {
    protected Launcher(TaskListener listener, VirtualChannel channel) {
    }
}
