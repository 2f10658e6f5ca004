package jenkins.model;

import java.io.Serializable;
import org.kohsuke.stapler.export.ExportedBean;

/** Declaration of Jenkins' reason why a build or a step was interrupted. */
@ExportedBean
public abstract class CauseOfInterruption implements Serializable {
    public CauseOfInterruption() {
    }

    public abstract String getShortDescription();

    /** Declaration of the cause of a build or step stopped by a user (the Stop button). */
    public static final class UserInterruption extends CauseOfInterruption {
        public UserInterruption(String userId) {
        }

        public String getUserId() {
            throw new UnsupportedOperationException("declaration only");
        }

        @Override
        public String getShortDescription() {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
