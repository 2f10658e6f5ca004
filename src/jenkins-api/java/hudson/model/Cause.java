package hudson.model;

import org.kohsuke.stapler.export.ExportedBean;

/** Declaration of Jenkins' reason why a build started. */
@ExportedBean
public abstract class Cause {
    public Cause() {
    }

    public abstract String getShortDescription();
}
