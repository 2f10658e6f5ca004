package hudson.remoting;

/** Declaration of the remoting channel to where a file lives (as a type only). */
public interface VirtualChannel {
}
