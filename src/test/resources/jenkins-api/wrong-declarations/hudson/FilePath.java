package hudson;

import java.io.File;

/** Wrong: exists() lacks its checked exceptions, getRemote() is static. */
public final class FilePath {
    public FilePath(File localPath) {
    }

    public boolean exists() {
        return false;
    }

    public static String getRemote() {
        return "";
    }
}
