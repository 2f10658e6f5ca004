package hudson.model;

import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;
import java.util.List;
import jenkins.model.ArtifactManager;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * Declaration of Jenkins' build. Simplified: the real one also implements {@code Comparable<RunT>},
 * {@code DescriptorByNameOwner}, {@code OnMaster}, {@code StaplerProxy}, {@code HistoricalBuild} and
 * {@code WithConsoleUrl}, which the glue never uses; it keeps {@link Actionable} (actions) and
 * {@link AccessControlled} (permission checks).
 */
@ExportedBean
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements ExtensionPoint, AccessControlled, PersistenceRoot {
    protected Run(JobT job) throws IOException {
    }

    public Result getResult() {
        throw new UnsupportedOperationException("declaration only");
    }

    public void setResult(Result r) {
        throw new UnsupportedOperationException("declaration only");
    }

    public List<Cause> getCauses() {
        throw new UnsupportedOperationException("declaration only");
    }

    public JobT getParent() {
        throw new UnsupportedOperationException("declaration only");
    }

    public final long getTimeInMillis() {
        throw new UnsupportedOperationException("declaration only");
    }

    public final long getStartTimeInMillis() {
        throw new UnsupportedOperationException("declaration only");
    }

    public long getDuration() {
        throw new UnsupportedOperationException("declaration only");
    }

    public String getFullDisplayName() {
        throw new UnsupportedOperationException("declaration only");
    }

    public boolean isBuilding() {
        throw new UnsupportedOperationException("declaration only");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("declaration only");
    }

    public String getUrl() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public File getRootDir() {
        throw new UnsupportedOperationException("declaration only");
    }

    public final ArtifactManager getArtifactManager() {
        throw new UnsupportedOperationException("declaration only");
    }

    public final synchronized ArtifactManager pickArtifactManager() throws IOException {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("declaration only");
    }

    public String getExternalizableId() {
        throw new UnsupportedOperationException("declaration only");
    }
}
