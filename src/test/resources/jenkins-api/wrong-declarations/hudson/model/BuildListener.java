package hudson.model;

/** Right: a correct declaration among the wrong ones, which must not be reported. */
public interface BuildListener extends TaskListener {
}
