package hudson;

import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;

/** Wrong: the constructor is public where Jenkins has it protected. */
public abstract class Launcher {
    public Launcher(TaskListener listener, VirtualChannel channel) {
    }
}
