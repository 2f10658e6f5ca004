package hudson.model;

import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Declaration of Jenkins' metadata singleton of a {@link Describable}. Simplified: the real one also implements
 * {@code Loadable}, {@code Saveable} and {@code OnMaster}, which the glue never uses.
 */
public abstract class Descriptor<T extends Describable<T>> {
    protected Descriptor(Class<? extends T> clazz) {
    }

    protected Descriptor() {
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("declaration only");
    }

    public T newInstance(StaplerRequest2 req, JSONObject formData) throws FormException {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of the form error the step's descriptor may throw from {@code newInstance}. */
    public static final class FormException extends Exception {
        private static final long serialVersionUID = 1L;

        public FormException(String message, String formField) {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
