package hudson.model;

/** Declaration of Jenkins' build log sink of a whole build (as a type only). */
public interface BuildListener extends TaskListener {
}
