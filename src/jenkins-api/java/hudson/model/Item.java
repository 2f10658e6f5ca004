package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;

/**
 * Declaration of Jenkins' item (a job, a folder). Simplified: the real one also extends
 * {@code hudson.search.SearchableModelObject} and {@code jenkins.util.io.OnMaster}, which the glue never uses.
 */
public interface Item extends PersistenceRoot, AccessControlled {
    /** Not a compile-time constant, so the glue reads the real field at run time. */
    Permission READ = null;

    String getFullName();

    String getDisplayName();

    String getUrl();
}
