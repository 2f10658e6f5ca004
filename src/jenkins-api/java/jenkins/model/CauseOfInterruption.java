package jenkins.model;

import java.io.Serializable;
import org.kohsuke.stapler.export.ExportedBean;

/** Declaration of Jenkins' reason why a build or a step was interrupted. */
@ExportedBean
public abstract class CauseOfInterruption implements Serializable {
    public CauseOfInterruption() {
    }

    public abstract String getShortDescription();
}
