package hudson.model;

import java.io.IOException;

/** Declaration of Jenkins' object that persists itself. */
public interface Saveable {
    void save() throws IOException;
}
