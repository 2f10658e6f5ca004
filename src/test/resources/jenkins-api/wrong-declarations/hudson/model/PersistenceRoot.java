package hudson.model;

import java.io.File;

/** Wrong: an allow-listed type declaring a member nothing can confirm (getFullName is not on its allow-list). */
public interface PersistenceRoot extends Saveable {
    File getRootDir();

    String getFullName();
}
