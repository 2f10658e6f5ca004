package hudson.model;

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
}
