package hudson;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;

/**
 * Declaration of Jenkins' file path on the controller or an agent. Simplified: the real one also implements
 * {@code org.jenkinsci.remoting.SerializableOnlyOverRemoting}; the glue never serializes a FilePath itself.
 */
public final class FilePath {
    public FilePath(File localPath) {
    }

    public String getRemote() {
        throw new UnsupportedOperationException("declaration only");
    }

    public <T> T act(FileCallable<T> callable) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("declaration only");
    }

    public void mkdirs() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("declaration only");
    }

    public void deleteRecursive() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("declaration only");
    }

    public String getName() {
        throw new UnsupportedOperationException("declaration only");
    }

    public FilePath child(String relOrAbsolute) {
        throw new UnsupportedOperationException("declaration only");
    }

    public FilePath getParent() {
        throw new UnsupportedOperationException("declaration only");
    }

    public boolean exists() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("declaration only");
    }

    public boolean isDirectory() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("declaration only");
    }

    public void write(String content, String encoding) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of the code that {@link FilePath#act} runs where the file lives. */
    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
