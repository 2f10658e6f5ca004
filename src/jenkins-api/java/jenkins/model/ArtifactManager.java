package jenkins.model;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.BuildListener;
import java.io.IOException;
import java.util.Map;
import jenkins.util.VirtualFile;

/** Declaration of Jenkins' storage of the archived files of a build. */
public abstract class ArtifactManager {
    public ArtifactManager() {
    }

    public abstract void archive(FilePath workspace, Launcher launcher, BuildListener listener,
            Map<String, String> artifacts) throws IOException, InterruptedException;

    public abstract VirtualFile root();
}
