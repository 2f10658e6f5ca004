package hudson.model;

import hudson.ExtensionPoint;
import hudson.util.RunList;
import java.io.File;

/**
 * Declaration of Jenkins' job. Simplified: the real one also implements {@code StaplerOverridable},
 * {@code ModelObjectWithChildren} and {@code HasWidgets}, which the glue never uses; names, URLs, the root
 * directory and permission checks come from {@link AbstractItem} / {@link Item} as in the real hierarchy.
 */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem
        implements ExtensionPoint {
    protected Job(ItemGroup parent, String name) {
        super(parent, name);
    }

    public RunList<RunT> getBuilds() {
        throw new UnsupportedOperationException("declaration only");
    }

    public RunT getBuildByNumber(int n) {
        throw new UnsupportedOperationException("declaration only");
    }

    public File getBuildDir() {
        throw new UnsupportedOperationException("declaration only");
    }

    public RunT getLastBuild() {
        throw new UnsupportedOperationException("declaration only");
    }
}
