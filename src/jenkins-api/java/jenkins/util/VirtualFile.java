package jenkins.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;

/**
 * Declaration of Jenkins' read-only view of archived files. Simplified: the real one also implements
 * {@code Comparable<VirtualFile>}, which the glue never uses.
 */
public abstract class VirtualFile implements Serializable {
    public VirtualFile() {
    }

    public abstract String getName();

    public abstract URI toURI();

    public abstract boolean isDirectory() throws IOException;

    public abstract boolean isFile() throws IOException;

    public abstract boolean exists() throws IOException;

    public abstract VirtualFile[] list() throws IOException;

    public abstract VirtualFile child(String name);

    public abstract long length() throws IOException;

    public abstract InputStream open() throws IOException;
}
