package hudson.model;

import java.io.File;

/**
 * Declaration of Jenkins' object that owns a directory on the controller. Not in signatures.txt (listed in
 * classes.txt): declared because real {@code Item} and {@code Run} extend it and the glue calls
 * {@code getRootDir()} on a job.
 */
public interface PersistenceRoot extends Saveable {
    File getRootDir();
}
